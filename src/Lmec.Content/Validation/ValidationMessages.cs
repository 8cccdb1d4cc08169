using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lmec.Content.Validation;

/// <summary>
/// The messages of the built-in findings, in English and in Simplified Chinese (<c>zh-Hans</c>). A
/// message is keyed by its code, or by its code and a variant (<c>LMEC020.comment</c>) where one code
/// has several causes; each says what is wrong and what to do.
/// </summary>
internal static class ValidationMessages
{
    private const int DisplayLength = 80;

    private static readonly FrozenDictionary<string, (string English, string Chinese)> Templates = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["LMEC001"] = ("The document is larger than the limit of {0} bytes; split it or raise the limit.", "文档超过了 {0} 字节的大小上限；请拆分文档或提高上限。"),
        ["LMEC002"] = ("The document is nested deeper than the limit of {0} levels.", "文档的嵌套层级超过了 {0} 层的上限。"),
        ["LMEC003"] = ("This string is {0} bytes long; the limit is {1} bytes.", "该字符串长度为 {0} 字节，超过了 {1} 字节的上限。"),
        ["LMEC004"] = ("This array has more elements than the limit of {0}.", "该数组的元素个数超过了 {0} 个的上限。"),
        ["LMEC005"] = ("Validation stopped at the limit of {0} findings, so the document was not checked to its end; fix these and validate again.", "验证在达到 {0} 条问题的上限时停止，文档未检查完毕；请修正后重新验证。"),
        ["LMEC010"] = ("The document is not UTF-8: it looks like {0}. Save it as UTF-8 (a byte order mark is allowed).", "文档不是 UTF-8 编码（看起来是 {0}）。请以 UTF-8 编码保存（可带字节顺序标记）。"),
        ["LMEC011.utf8"] = ("This string holds bytes that are not valid UTF-8; save the document as UTF-8.", "该字符串中含有无效的 UTF-8 字节；请以 UTF-8 编码保存文档。"),
        ["LMEC011.surrogate"] = ("This string holds a lone surrogate (such as \\ud800) that is not half of a pair and stands for no character; remove it.", "该字符串中含有不成对的代理项（如 \\ud800），它不表示任何字符；请删除。"),
        ["LMEC020"] = ("The text is not valid JSON here: {0}", "此处文本不是有效的 JSON：{0}"),
        ["LMEC020.comment"] = ("Comments are not allowed in JSON; remove the comment.", "JSON 中不允许注释；请删除注释。"),
        ["LMEC020.trailingComma"] = ("A comma must not stand before a closing bracket or brace; remove the comma.", "右括号前不能有逗号；请删除该逗号。"),
        ["LMEC020.singleQuote"] = ("Strings and member names must be written in double quotes (\"), not single quotes.", "字符串和成员名必须使用双引号（\"），不能使用单引号。"),
        ["LMEC020.nonFinite"] = ("NaN and Infinity are not JSON numbers; write a number or leave the member out.", "NaN 和 Infinity 不是 JSON 数字；请填写数字或省略该成员。"),
        ["LMEC020.leadingZero"] = ("A number must not start with a leading zero, such as 007; write 7.", "数字不能以前导零开头（如 007）；请写作 7。"),
        ["LMEC020.trailingContent"] = ("There is more text after the end of the document; a document holds exactly one JSON value.", "文档结束后还有其他内容；一个文档只能包含一个 JSON 值。"),
        ["LMEC020.endOfInput"] = ("The document ends too early: a string, object or array is not closed.", "文档提前结束：有未闭合的字符串、对象或数组。"),
        ["LMEC021"] = ("The document is empty.", "文档为空。"),
        ["LMEC022"] = ("The member '{0}' occurs more than once in this object; keep one.", "成员“{0}”在该对象中出现了不止一次；请只保留一个。"),
        ["LMEC030"] = ("The number {0} is out of range: integers must lie within ±9007199254740991 and other numbers must be finite.", "数字 {0} 超出范围：整数必须在 ±9007199254740991 之内，其他数字必须为有限值。"),
        ["LMEC100"] = ("A document must be a JSON object; this is {0}.", "文档必须是 JSON 对象，而此处是{0}。"),
        ["LMEC101"] = ("The member '{0}' is not defined here; remove it.", "此处未定义成员“{0}”；请删除。"),
        ["LMEC101.suggest"] = ("The member '{0}' is not defined here; did you mean '{1}'?", "此处未定义成员“{0}”；是否应为“{1}”？"),
        ["LMEC101.lenient"] = ("The member '{0}' is not defined in this version of the format; it is kept as it is but not checked.", "当前格式版本未定义成员“{0}”；该成员将原样保留，但不作检查。"),
        ["LMEC102"] = ("The required member '{0}' is missing.", "缺少必需的成员“{0}”。"),
        ["LMEC103"] = ("A value is required here; null is not allowed.", "此处必须有值，不允许为 null。"),
        ["LMEC104"] = ("Expected {0} but found {1}.", "此处应为{0}，实际为{1}。"),
        ["LMEC105"] = ("{0} is not one of the allowed values: {1}.", "{0} 不是允许的值之一：{1}。"),
        ["LMEC106"] = ("{0} is not a valid date; write a real calendar date as yyyy-MM-dd, such as \"2023-06-25\".", "{0} 不是有效日期；请按 yyyy-MM-dd 格式填写真实存在的日期，例如 \"2023-06-25\"。"),
        ["LMEC107"] = ("{0} is not a valid timestamp; write an RFC 3339 timestamp with its offset from UTC, such as \"2023-04-25T09:30:00+08:00\".", "{0} 不是有效的时间戳；请填写带 UTC 偏移量的 RFC 3339 时间戳，例如 \"2023-04-25T09:30:00+08:00\"。"),
        ["LMEC108"] = ("{0} is not a whole number in the range of this member.", "{0} 不是该成员允许范围内的整数。"),
        ["LMEC108.range"] = ("{0} is outside the range of this member, {1} to {2}.", "{0} 超出了该成员的取值范围（{1} 至 {2}）。"),
        ["LMEC109"] = ("Expected a document of kind '{0}' but the document says '{1}'.", "应为“{0}”类型的文档，但文档声明为“{1}”。"),
        ["LMEC110"] = ("The language tag '{0}' occurs more than once in this text (tags are compared without regard to case); keep one.", "语言标记“{0}”在该文本中出现了不止一次（比较时不区分大小写）；请只保留一个。"),
        ["LMEC199"] = ("The document could not be read: {0}", "无法读取文档：{0}"),
        ["LMEC200"] = ("The id '{0}' is already used at {1}; ids must be unique in a document.", "标识“{0}”已在 {1} 处使用；文档中的标识必须唯一。"),
        ["LMEC201"] = ("No organisation with the id '{0}' is declared in 'organisations'; declare it or correct the id.", "“organisations”中没有声明标识为“{0}”的机构；请声明该机构或更正标识。"),
        ["LMEC202"] = ("No person with the id '{0}' is declared in 'people'; declare them or correct the id.", "“people”中没有声明标识为“{0}”的人员；请声明该人员或更正标识。"),
        ["LMEC203"] = ("The organisation '{0}' is its own ancestor through its parents: {1}.", "机构“{0}”经由上级机构链成为了自己的上级：{1}。"),
        ["LMEC204"] = ("The event ends on {0}, before it starts on {1}.", "活动的结束日期 {0} 早于开始日期 {1}。"),
        ["LMEC205"] = ("The event starts on {0}, after the issue that reports it was published on {1}.", "活动开始于 {0}，晚于报道它的这期简报的发布日期 {1}。"),
        ["LMEC206"] = ("The issue belongs to the year {0} but was published on {1}.", "本期所属年份为 {0}，但发布日期为 {1}。"),
        ["LMEC207"] = ("Recommendation {0} of this list has the ordinal {1}; ordinals run 1, 2, 3, … in order.", "该列表中的第 {0} 条建议编号为 {1}；编号应按 1、2、3……顺序排列。"),
        ["LMEC208"] = ("This text has no version in the document's primary language '{0}'.", "该文本缺少文档主要语言“{0}”的版本。"),
        ["LMEC209"] = ("'{0}' is not a well-formed BCP 47 language tag, such as en, zh-Hans or km-KH.", "“{0}”不是格式正确的 BCP 47 语言标记，例如 en、zh-Hans 或 km-KH。"),
        ["LMEC210"] = ("'{0}' is not an ISO 3166-1 alpha-2 country code: two capital letters, such as CN or VN.", "“{0}”不是 ISO 3166-1 二位字母国家代码（两个大写字母），例如 CN 或 VN。"),
        ["LMEC211"] = ("'{0}' is not a valid e-mail address, such as name@example.org.", "“{0}”不是有效的电子邮件地址，例如 name@example.org。"),
        ["LMEC212"] = ("'{0}' is not a number in E.164 form: + then the country code and number, at most 15 digits, no spaces, such as +861082268242.", "“{0}”不是 E.164 格式的号码：以 + 开头，后接国家代码和号码，最多 15 位数字，不含空格，例如 +861082268242。"),
        ["LMEC213"] = ("'{0}' is not an absolute http, https or mailto URL.", "“{0}”不是 http、https 或 mailto 协议的绝对 URL。"),
        ["LMEC214"] = ("The text is empty or white space only; write the text or leave the member out.", "文本为空或只有空白字符；请填写文本或省略该成员。"),
        ["LMEC214.noLanguage"] = ("The multilingual text has no language; write the text in at least one, such as {{\"en\": \"...\"}}, or leave the member out.", "该多语言文本不含任何语言版本；请至少填写一种语言，例如 {{\"en\": \"...\"}}，或省略该成员。"),
        ["LMEC215"] = ("'{0}' is not a valid id: ids are ASCII slugs of lower-case letters, digits and single hyphens, such as liu-qing.", "“{0}”不是有效的标识：标识只能由小写字母、数字和单个连字符组成，例如 liu-qing。"),
        ["LMEC215.character"] = ("'{0}' is not a valid id: it holds the invisible or control character {1}.", "“{0}”不是有效的标识：其中含有不可见字符或控制字符 {1}。"),
        ["LMEC216"] = ("The text holds the invisible or control character {0}; check that it is meant to be there.", "文本中含有不可见字符或控制字符 {0}；请确认是否有意为之。"),
        ["LMEC217"] = ("The text holds what looks like HTML markup ({0}); text is plain text and is shown exactly as written.", "文本中含有疑似 HTML 标记（{0}）；文本为纯文本，将按原样显示。"),
        ["LMEC219"] = ("'{0}' is already in this list, at index {1}; a list names each value once.", "“{0}”已在此列表的索引 {1} 处出现；列表中的每个值只能出现一次。"),
        ["LMEC220"] = ("The value has {0} characters; this member holds at most {1}.", "该值有 {0} 个字符；此成员最多允许 {1} 个。"),
        ["LMEC218"] = ("The schema version '{0}' is not supported; this library reads version 1 documents, such as \"1.0\".", "不支持架构版本“{0}”；本库读取第 1 版的文档，例如 \"1.0\"。"),
        ["LMEC900"] = ("The structure check {0} failed: {1}", "结构检查 {0} 运行失败：{1}"),
        ["LMEC901"] = ("The rule {0} failed: {1}", "规则 {0} 运行失败：{1}"),
        ["LMEC902"] = ("The document could not be checked because of an internal error: {0}", "由于内部错误，无法检查文档：{0}"),
        ["type.object"] = ("an object", "对象"),
        ["type.array"] = ("an array", "数组"),
        ["type.string"] = ("a string", "字符串"),
        ["type.number"] = ("a number", "数字"),
        ["type.integer"] = ("a whole number", "整数"),
        ["type.boolean"] = ("true or false", "布尔值（true 或 false）"),
        ["type.null"] = ("null", "null"),
        ["type.text"] = ("an object of language tag to text, such as {{\"en\": \"...\"}}", "以语言标记为键的文本对象，例如 {{\"en\": \"...\"}}"),
        ["encoding.utf16"] = ("UTF-16", "UTF-16"),
        ["encoding.utf32"] = ("UTF-32", "UTF-32"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets every message key.</summary>
    internal static IEnumerable<string> Keys => Templates.Keys;

    /// <summary>Tells whether messages in a culture are written in Chinese.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see langword="true"/> for any Chinese culture.</returns>
    internal static bool IsChinese(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes a message.</summary>
    /// <param name="key">The key: a code, or a code and a variant.</param>
    /// <param name="culture">The culture whose language to write in.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    /// <returns>The message.</returns>
    /// <exception cref="KeyNotFoundException">There is no message with that key.</exception>
    internal static string Format(string key, CultureInfo culture, params object?[] arguments)
    {
        var (english, chinese) = Templates[key];
        return string.Format(CultureInfo.InvariantCulture, IsChinese(culture) ? chinese : english, arguments);
    }

    /// <summary>Writes the name of a JSON type, such as <c>an array</c>.</summary>
    /// <param name="kind">The JSON type.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The name.</returns>
    internal static string TypeName(JsonValueKind kind, CultureInfo culture) => Format(kind switch
    {
        JsonValueKind.Object => "type.object",
        JsonValueKind.Array => "type.array",
        JsonValueKind.String => "type.string",
        JsonValueKind.Number => "type.number",
        JsonValueKind.True or JsonValueKind.False => "type.boolean",
        _ => "type.null",
    }, culture);

    /// <summary>
    /// Makes a value from a document safe to show in a message: at most 80 characters, with control,
    /// invisible and bidirectional characters written as <c>\uXXXX</c> so the message reads as it should.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The text to show.</returns>
    internal static string Display(string value)
    {
        var shown = value.AsSpan(0, Math.Min(value.Length, DisplayLength));
        var text = new StringBuilder(shown.Length + 8);
        while (!shown.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(shown, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)shown[0]:x4}");
                consumed = 1;
            }
            else if (SuspiciousCharacters.IsSuspicious(rune.Value))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
            }
            else
            {
                text.Append(shown[..consumed]);
            }

            shown = shown[consumed..];
        }

        return value.Length > DisplayLength ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>Names a code point as <c>U+200B</c>.</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>The name.</returns>
    internal static string CodePoint(int codePoint) => string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
}
