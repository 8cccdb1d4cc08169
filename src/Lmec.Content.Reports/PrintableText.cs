using System.Globalization;
using System.Text;

namespace Lmec.Content.Reports;

/// <summary>
/// Text from the inputs (file names, member names, document lines) made safe to show: control characters are written
/// as <c>\uXXXX</c>, so that no input can restyle or rewrite a terminal, nor put colour codes into captured output.
/// </summary>
public static class PrintableText
{
    /// <summary>Writes the control characters of a text as <c>\uXXXX</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, safe to print; the same instance when it holds no control character.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var printable = new StringBuilder(value.Length + 16);
        foreach (var character in value)
        {
            if (char.IsControl(character))
            {
                printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}");
            }
            else
            {
                printable.Append(character);
            }
        }

        return printable.ToString();
    }
}
