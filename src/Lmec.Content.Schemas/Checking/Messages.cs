using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lmec.Content.Schemas.Checking;

/// <summary>The messages of the schema layer, in English and in Simplified Chinese (<c>zh-Hans</c>).</summary>
internal static class Messages
{
    private const int MaxQuotedLength = 60;

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the message of every code, by code or code and variant (<c>LMEC321.max</c>): composite formats in English and Chinese.</summary>
    internal static IReadOnlyDictionary<string, (string English, string Chinese)> Templates { get; } = new Dictionary<string, (string English, string Chinese)>(StringComparer.Ordinal)
    {
        [SchemaErrorCodes.UnknownDocumentKind] = ("A document must be a JSON object whose member \"kind\" is one of {0}.", "文档必须是 JSON 对象，且其成员 \"kind\" 为 {0} 之一。"),
        [SchemaErrorCodes.MissingMember] = ("The required member {0} is missing.", "缺少必需的成员 {0}。"),
        [SchemaErrorCodes.UnknownMember] = ("The member {0} is not defined here.", "此处未定义成员 {0}。"),
        [SchemaErrorCodes.WrongType] = ("Expected {0} but found {1}.", "应为{0}，实际为{1}。"),
        [SchemaErrorCodes.ValueNotAllowed] = ("The value {0} is not allowed; expected one of {1}.", "不允许值 {0}；应为以下之一：{1}。"),
        [SchemaErrorCodes.StringTooShort] = ("The string must hold at least {0} character(s).", "字符串至少应包含 {0} 个字符。"),
        [SchemaErrorCodes.StringTooLong] = ("The string holds {0} characters; at most {1} are allowed.", "字符串包含 {0} 个字符，最多允许 {1} 个。"),
        [SchemaErrorCodes.PatternMismatch] = ("The string {0} is not {1}.", "字符串 {0} 不是{1}。"),
        [SchemaErrorCodes.InvalidFormat] = ("The string {0} is not {1}.", "字符串 {0} 不是{1}。"),
        [SchemaErrorCodes.ValueOutOfRange] = ("The value {0} is outside the range from {1} to {2}.", "值 {0} 超出了 {1} 至 {2} 的范围。"),
        [SchemaErrorCodes.DuplicateItem] = ("The array holds the same value more than once.", "数组中有重复的值。"),
        [SchemaErrorCodes.WrongMemberCount] = ("The object has {0} member(s); it must have at least {1}.", "对象有 {0} 个成员，至少应有 {1} 个。"),
        [SchemaErrorCodes.WrongMemberCount + ".max"] = ("The object has {0} member(s); it may have at most {1}.", "对象有 {0} 个成员，至多只能有 {1} 个。"),
        [SchemaErrorCodes.InvalidLanguageTag] = ("{0} is not a well-formed BCP 47 language tag, such as \"en\" or \"zh-Hans\".", "{0} 不是格式正确的 BCP 47 语言标记（如 \"en\" 或 \"zh-Hans\"）。"),
        [SchemaErrorCodes.SchemaViolation] = ("The value breaks the schema rule {0}.", "值违反了模式规则 {0}。"),
        [SchemaErrorCodes.ValidatorFailure] = ("The document could not be checked against its schema: {0}", "无法根据模式检查文档：{0}"),
    };

    private static readonly Dictionary<string, (string English, string Chinese)> Descriptions = new(StringComparer.Ordinal)
    {
        [WireFormat.IdentifierPattern] = ("an id: lowercase ASCII letters and digits in groups joined by single hyphens, such as \"liu-qing\"", "有效的标识符：由单个连字符连接的小写 ASCII 字母和数字组，如 \"liu-qing\""),
        [WireFormat.LanguageTagPattern] = ("a well-formed BCP 47 language tag, such as \"en\" or \"zh-Hans\"", "格式正确的 BCP 47 语言标记，如 \"en\" 或 \"zh-Hans\""),
        [WireFormat.CountryCodePattern] = ("an ISO 3166-1 alpha-2 country code, such as \"CN\"", "ISO 3166-1 二位字母国家代码，如 \"CN\""),
        [WireFormat.E164Pattern] = ("a telephone number in E.164 form, such as \"+861082268242\"", "E.164 格式的电话号码，如 \"+861082268242\""),
        [WireFormat.DatePattern] = ("a date in the form yyyy-MM-dd", "yyyy-MM-dd 格式的日期"),
        [WireFormat.TimestampPattern] = ("a timestamp with an offset, such as \"2023-04-25T09:30:00+08:00\"", "带时区偏移的时间戳，如 \"2023-04-25T09:30:00+08:00\""),
        [WireFormat.EmailPattern] = ("an e-mail address", "电子邮件地址"),
        [WireFormat.WebUrlPattern] = ("an absolute http or https URL, or mailto: and one e-mail address", "绝对 http 或 https URL，或 mailto: 加一个电子邮件地址"),
        [WireFormat.SchemaVersionPattern] = ("a version 1 of the wire format, such as \"1.0\"", "版本 1 的格式版本号，如 \"1.0\""),
        ["date"] = ("a valid date in the form yyyy-MM-dd", "yyyy-MM-dd 格式的有效日期"),
        ["date-time"] = ("a valid timestamp with an offset, such as \"2023-04-25T09:30:00+08:00\"", "带时区偏移的有效时间戳，如 \"2023-04-25T09:30:00+08:00\""),
        ["email"] = ("a valid e-mail address", "有效的电子邮件地址"),
        ["uri"] = ("an absolute http, https or mailto URL", "绝对 http、https 或 mailto URL"),
        ["string"] = ("a string", "字符串"),
        ["integer"] = ("an integer", "整数"),
        ["number"] = ("a number", "数字"),
        ["boolean"] = ("true or false", "布尔值"),
        ["object"] = ("an object", "对象"),
        ["array"] = ("an array", "数组"),
        ["null"] = ("null", "null"),
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

    /// <summary>Describes what a pattern, format or JSON type stands for, such as "an id: …".</summary>
    /// <param name="key">The pattern, format or type name.</param>
    /// <param name="chinese">Whether to write Chinese rather than English.</param>
    /// <returns>The description; an unknown pattern describes itself.</returns>
    internal static string Describe(string key, bool chinese) =>
        Descriptions.TryGetValue(key, out var description)
            ? (chinese ? description.Chinese : description.English)
            : (chinese ? "符合模式 " : "a match of the pattern ") + Quote(key);

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
