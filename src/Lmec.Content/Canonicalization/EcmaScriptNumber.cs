using System.Globalization;
using System.Text;

namespace Lmec.Content.Canonicalization;

/// <summary>
/// Writes a double as ECMAScript's <c>Number.prototype.toString</c> does (ECMA-262, Number::toString),
/// which RFC 8785 section 3.2.2.3 prescribes for canonical JSON: the shortest digits that read back as
/// the same double, in plain notation from 1e-7 up to 1e21 and in exponent notation outside it.
/// </summary>
internal static class EcmaScriptNumber
{
    /// <summary>Formats a finite double.</summary>
    /// <param name="value">The value; negative zero is written as <c>0</c>.</param>
    /// <returns>The text, such as <c>333333333.3333333</c>, <c>1e+21</c> or <c>1e-7</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no representation for NaN or infinity.");
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET writes the shortest round-trip digits, as ECMAScript requires; only the layout differs.
        var (digits, exponent) = Decompose(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        var text = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            text.Append('-');
        }

        var k = digits.Length;
        var n = exponent;
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            text.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// Splits .NET's round-trip text of a positive number into its significant digits <c>d1…dk</c>
    /// (no leading or trailing zeros) and the exponent <c>n</c> such that the value is <c>0.d1…dk × 10^n</c>.
    /// </summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? mantissa.Length : point;
        var digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        return (digits.Trim('0'), integerDigits + exponent - leadingZeros);
    }
}
