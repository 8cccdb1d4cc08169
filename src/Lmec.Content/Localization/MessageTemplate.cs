using System.Globalization;
using System.Text;

namespace Lmec.Content.Localization;

/// <summary>
/// The text of one message, parsed once when its file is read: literal text around placeholders
/// <c>{0}</c>, <c>{1}</c> … that stand for the values the message names. A brace that does not start
/// such a placeholder is literal text, so that translators never have to double braces.
/// </summary>
internal sealed class MessageTemplate
{
    private const int MaxIndexDigits = 2;

    private readonly string[] _literals;
    private readonly int[] _indices;

    private MessageTemplate(string text, string[] literals, int[] indices)
    {
        Text = text;
        _literals = literals;
        _indices = indices;
        Placeholders = [.. indices.Distinct().Order()];
    }

    /// <summary>Gets the text as written in the file.</summary>
    internal string Text { get; }

    /// <summary>Gets the distinct placeholder numbers the text uses, in ascending order.</summary>
    internal IReadOnlyList<int> Placeholders { get; }

    /// <summary>Parses a message text.</summary>
    /// <param name="text">The text, such as <c>The member '{0}' is missing.</c>.</param>
    /// <returns>The template.</returns>
    internal static MessageTemplate Parse(string text)
    {
        var literals = new List<string>();
        var indices = new List<int>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            var digits = 0;
            while (i + 1 + digits < text.Length && char.IsAsciiDigit(text[i + 1 + digits]) && digits <= MaxIndexDigits)
            {
                digits++;
            }

            if (digits is 0 or > MaxIndexDigits || i + 1 + digits >= text.Length || text[i + 1 + digits] != '}')
            {
                continue;
            }

            literals.Add(text[start..i]);
            indices.Add(int.Parse(text.AsSpan(i + 1, digits), NumberStyles.None, CultureInfo.InvariantCulture));
            i += digits + 1;
            start = i + 1;
        }

        literals.Add(text[start..]);
        return new MessageTemplate(text, [.. literals], [.. indices]);
    }

    /// <summary>Writes the message with its values, each formatted in the invariant culture.</summary>
    /// <param name="arguments">The values, by placeholder number.</param>
    /// <returns>The message.</returns>
    /// <exception cref="FormatException">The text names a value beyond those given.</exception>
    internal string Format(ReadOnlySpan<object?> arguments)
    {
        if (_indices.Length == 0)
        {
            return Text;
        }

        var message = new StringBuilder(Text.Length + (16 * _indices.Length));
        for (var i = 0; i < _indices.Length; i++)
        {
            var index = _indices[i];
            if (index >= arguments.Length)
            {
                throw new FormatException($"The message \"{Text}\" names {{{index}}}, but {arguments.Length} value(s) were given.");
            }

            message.Append(_literals[i]).Append(Convert.ToString(arguments[index], CultureInfo.InvariantCulture));
        }

        return message.Append(_literals[^1]).ToString();
    }
}
