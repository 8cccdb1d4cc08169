using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lmec.Content.Schemas.Checking;

/// <summary>The messages of the schema layer, in English and in Simplified Chinese (<c>zh-Hans</c>).</summary>
internal static class Messages
{
    private const int MaxQuotedLength = 60;

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the message of every code, by code or code and variant (<c>LMEC302.bom</c>): composite formats in English and Chinese.</summary>
    internal static IReadOnlyDictionary<string, (string English, string Chinese)> Templates { get; } = new Dictionary<string, (string English, string Chinese)>(StringComparer.Ordinal)
    {
        [SchemaErrorCodes.DocumentTooLarge] = ("The document is {0} bytes long; the limit is {1} bytes.", "文档长度为 {0} 字节，超过了 {1} 字节的上限。"),
        [SchemaErrorCodes.NestingTooDeep] = ("Objects and arrays nest deeper than {0} levels here.", "此处对象和数组的嵌套超过了 {0} 层的上限。"),
        [SchemaErrorCodes.InvalidEncoding] = ("The document is not valid UTF-8: the bytes here are no UTF-8 character.", "文档不是有效的 UTF-8：此处的字节不构成 UTF-8 字符。"),
        [SchemaErrorCodes.InvalidEncoding + ".bom"] = ("The document starts with a UTF-16 or UTF-32 byte order mark; documents must be UTF-8.", "文档以 UTF-16 或 UTF-32 字节顺序标记开头；文档必须使用 UTF-8 编码。"),
        [SchemaErrorCodes.InvalidSyntax] = ("The text is not valid JSON: {0}", "文本不是有效的 JSON：{0}"),
        [SchemaErrorCodes.DuplicateMember] = ("The member {0} occurs more than once in this object.", "此对象中的成员 {0} 出现了不止一次。"),
        [SchemaErrorCodes.InvalidString] = ("The string escapes a lone UTF-16 surrogate, which is no Unicode text.", "字符串转义了孤立的 UTF-16 代理项，不是有效的 Unicode 文本。"),
        [SchemaErrorCodes.NumberOutOfRange] = ("The number {0} is not finite or lies beyond ±(2^53 − 1), where JSON parsers lose its value.", "数字 {0} 不是有限数，或超出 ±(2^53 − 1) 的范围，JSON 解析器无法准确表示。"),
    };

    /// <summary>Finds whether messages are to be in Chinese: for <c>zh-Hans</c> and the cultures under it, such as <c>zh-CN</c>.</summary>
    /// <param name="culture">The culture asked for.</param>
    /// <returns><see langword="true"/> for Chinese, <see langword="false"/> for English.</returns>
    internal static bool IsChinese(CultureInfo culture)
    {
        for (var current = culture; !string.IsNullOrEmpty(current.Name); current = current.Parent)
        {
            if (current.Name == "zh-Hans")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the message of a finding.</summary>
    /// <param name="key">The code, or the code and a variant after a dot.</param>
    /// <param name="chinese">Whether to write Chinese rather than English.</param>
    /// <param name="arguments">What the message names, already quoted or described.</param>
    /// <returns>The message.</returns>
    internal static string Format(string key, bool chinese, params object?[] arguments)
    {
        var (english, chineseTemplate) = Templates[key];
        return string.Format(CultureInfo.InvariantCulture, chinese ? chineseTemplate : english, arguments);
    }

    /// <summary>Quotes a value for a message as a JSON string, shortened when long.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quoted value, such as <c>"liu qing"</c>.</returns>
    internal static string Quote(string value)
    {
        if (value.Length > MaxQuotedLength)
        {
            var length = char.IsHighSurrogate(value[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
            value = string.Concat(value.AsSpan(0, length), "…");
        }

        return JsonSerializer.Serialize(value, QuoteOptions);
    }
}
