using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using static Lmec.Content.Testing.BadInputCase;
using Codes = Lmec.Content.Validation.ValidationCodes;

namespace Lmec.Content.Testing;

/// <summary>
/// The cases of <c>bad-inputs.md</c>, one list run through every raw-JSON entry point of the validator and
/// through the tool, and written as seeds of the fuzzing corpus. Every case validates with the default limits
/// (16 MiB, depth 64, strings of 1 MiB, arrays of 100,000), so the tool, which has no options for them, sees
/// the same. The rows on thread safety and on regular expressions have tests of their own as well.
/// </summary>
internal static class BadInputCases
{
    private const string Minimal = """{"kind":"organisationDirectory","schemaVersion":"1.0","language":"en","id":"d","title":{"en":"T"}}""";

    private static readonly Lazy<IReadOnlyList<BadInputCase>> Cases = new(() => [.. Build()]);

    /// <summary>Gets every case, in the order of the rows of <c>bad-inputs.md</c>.</summary>
    public static IReadOnlyList<BadInputCase> All => Cases.Value;

    /// <summary>Gets the cases small enough to keep as files, such as seeds of a fuzzing corpus.</summary>
    /// <param name="maxBytes">The largest input kept.</param>
    /// <returns>The cases.</returns>
    public static IEnumerable<BadInputCase> Small(int maxBytes) => All.Where(item => item.Utf8.Length <= maxBytes);

    /// <summary>Finds a case by its name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The case.</returns>
    public static BadInputCase Get(string name) => All.Single(item => item.Name == name);

    private static string Newsletter => File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json"));

    private static string Submission => File.ReadAllText(RepositoryPaths.Example("article-asia-foundation-submission.json"));

    private static IEnumerable<BadInputCase> Build() =>
    [
        .. Limits(), .. Duplicates(), .. Members(), .. Syntax(), .. Encodings(), .. Characters(), .. Numbers(),
        .. EnumsAndDates(), .. Formats(), .. References(), .. Patterns(),
    ];

    // Row: document larger than the byte limit; a huge string or array (also one that raises a finding per element). Row: nesting deeper than the limit.
    private static IEnumerable<BadInputCase> Limits()
    {
        var defaults = new ContentLimits();
        yield return OfText("document one byte over 16 MiB", Newsletter.PadRight(defaults.MaxDocumentBytes + 1), Codes.DocumentTooLarge) with { Line = 1, Column = 1 };
        yield return OfText("string one byte over 1 MiB", JsonEdit.Set(Minimal, "/title/en", new string('x', defaults.MaxStringLength + 1)), Codes.StringTooLong, "/title/en");
        yield return OfText("member name one byte over 1 MiB", Minimal.Replace("\"id\"", $"\"{new string('n', defaults.MaxStringLength + 1)}\"", StringComparison.Ordinal), Codes.StringTooLong, "/" + new string('n', defaults.MaxStringLength + 1));
        yield return OfText("array of 100,001 elements", WithMember("organisations", "[" + string.Join(',', Enumerable.Repeat('0', defaults.MaxArrayLength + 1)) + "]"), Codes.ArrayTooLong, "/organisations");
        yield return OfText("a wrong value in each of 100,000 elements", JsonEdit.Set(Newsletter, "/organisations", JsonNode.Parse("[" + string.Join(',', Enumerable.Repeat('0', defaults.MaxArrayLength)) + "]")), Codes.TooManyFindings);
        yield return OfText("arrays nested 65 deep", WithMember("future", Nest(64, "[", "]")), Codes.NestingTooDeep, "/future" + string.Concat(Enumerable.Repeat("/0", 63)));
        yield return OfText("objects nested 65 deep", WithMember("future", Nest(64, "{\"a\":", "}")), Codes.NestingTooDeep, "/future" + string.Concat(Enumerable.Repeat("/a", 63)));
        yield return OfText("arrays nested 100,000 deep", new string('[', 100_000) + new string(']', 100_000), Codes.NestingTooDeep, string.Concat(Enumerable.Repeat("/0", 64)));
        yield return OfText("unclosed arrays nested 100,000 deep", new string('[', 100_000), Codes.NestingTooDeep, string.Concat(Enumerable.Repeat("/0", 64)));
    }

    // Row: duplicate member, also escaped or nested.
    private static IEnumerable<BadInputCase> Duplicates()
    {
        yield return OfText("duplicate member", Minimal.Replace("\"id\":\"d\"", "\"id\":\"d\",\"id\":\"e\"", StringComparison.Ordinal), Codes.DuplicateMember, "/id");
        yield return OfText("duplicate member written with an escape", Minimal.Replace("\"id\":\"d\"", "\"id\":\"d\",\"\\u0069d\":\"e\"", StringComparison.Ordinal), Codes.DuplicateMember, "/id");
        yield return OfText("duplicate member escaped in both", Minimal.Replace("\"id\":\"d\"", "\"\\u0069d\":\"d\",\"i\\u0064\":\"e\"", StringComparison.Ordinal), Codes.DuplicateMember, "/id");
        yield return OfText("duplicate member whose name holds an escaped lone surrogate", Minimal[..^1] + ",\"a\\ud800\":1,\"a\\ud800\":2}", Codes.DuplicateMember, "/a\\ud800");
        yield return OfText("duplicate language in a text", Minimal.Replace("{\"en\":\"T\"}", "{\"en\":\"T\",\"\\u0065n\":\"U\"}", StringComparison.Ordinal), Codes.DuplicateMember, "/title/en");
        yield return OfText("duplicate member nested in a list", Newsletter.Replace("\"id\": \"fecc\",", "\"id\": \"fecc\", \"id\": \"fecc\",", StringComparison.Ordinal), Codes.DuplicateMember, "/organisations/1/id");
        yield return OfText("duplicate member in an unknown member", WithMember("future", "{\"a\":1,\"a\":1}"), Codes.DuplicateMember, "/future/a");
    }

    // Rows: unknown member, case variant, $type/$id; missing required member, null where a value is required.
    private static IEnumerable<BadInputCase> Members()
    {
        yield return OfText("unknown member", JsonEdit.Set(Newsletter, "/articles/0/zz", 1), Codes.UnknownMember, "/articles/0/zz");
        yield return OfText("member name in another case", JsonEdit.Set(Newsletter, "/articles/0/Headline", "x"), Codes.UnknownMember, "/articles/0/Headline");
        yield return OfText("$type member", JsonEdit.Set(Newsletter, "/$type", "NewsletterIssue"), Codes.UnknownMember, "/$type");
        yield return OfText("$id member", JsonEdit.Set(Newsletter, "/organisations/0/$id", "1"), Codes.UnknownMember, "/organisations/0/$id");
        yield return OfText("unknown member read leniently", JsonEdit.Set(Newsletter, "/future", new JsonObject { ["a"] = new JsonArray(1, "two", null) }), Codes.UnknownMember, "/future")
            with { Severity = ValidationSeverity.Warning, Mode = ContentReadMode.Lenient };
        yield return OfText("unknown nested member read leniently", JsonEdit.Set(Newsletter, "/organisations/0/rating", "AAA"), Codes.UnknownMember, "/organisations/0/rating")
            with { Severity = ValidationSeverity.Warning, Mode = ContentReadMode.Lenient };
        var extension = new JsonObject { ["https://partner.example.org/lmec/review/v1"] = new JsonObject { ["status"] = "accepted", ["scores"] = new JsonArray(1, 2) } };
        yield return OfText("extension no one registered", JsonEdit.Set(Newsletter, "/extensions", extension), Codes.UnknownExtension, "/extensions/https:~1~1partner.example.org~1lmec~1review~1v1");
        yield return OfText("extension no one registered, read leniently", JsonEdit.Set(Newsletter, "/extensions", extension.DeepClone()), Codes.UnknownExtension, "/extensions/https:~1~1partner.example.org~1lmec~1review~1v1")
            with { Severity = ValidationSeverity.Warning, Mode = ContentReadMode.Lenient };
        yield return OfText("extensions that are no object", JsonEdit.Set(Newsletter, "/extensions", new JsonArray()), Codes.WrongType, "/extensions");
        yield return OfText("required member missing", JsonEdit.Remove(Newsletter, "/title"), Codes.MissingMember, "/title");
        yield return OfText("required nested member missing", JsonEdit.Remove(Newsletter, "/articles/0/speeches/1/kind"), Codes.MissingMember, "/articles/0/speeches/1/kind");
        yield return OfText("kind missing", JsonEdit.Remove(Minimal, "/kind"), Codes.MissingMember, "/kind");
        yield return OfText("null for a required member", JsonEdit.Set(Newsletter, "/articles/0/headline", null), Codes.NullValue, "/articles/0/headline");
        yield return OfText("null in a list of objects", JsonEdit.Set(Newsletter, "/organisations/1", null), Codes.NullValue, "/organisations/1");
        yield return OfText("null in a list of strings", JsonEdit.Set(Newsletter, "/articles/0/topics/0", null), Codes.NullValue, "/articles/0/topics/0");
        yield return OfText("null for the text of a language", JsonEdit.Set(Minimal, "/title/en", null), Codes.NullValue, "/title/en");
        yield return OfText("null root", "null", Codes.NotAnObject);
        yield return OfText("array root", "[]", Codes.NotAnObject);
        yield return OfText("string root", "\"newsletterIssue\"", Codes.NotAnObject);
        yield return OfText("wrong type of a member", JsonEdit.Set(Newsletter, "/year", "2023"), Codes.WrongType, "/year");
    }

    // Row: comments, trailing commas, single quotes, NaN, leading zeros, trailing garbage, second root value, empty input.
    private static IEnumerable<BadInputCase> Syntax()
    {
        yield return OfText("line comment", "{\"kind\":\"organisationDirectory\" // note\n}", Codes.InvalidSyntax, "/kind") with { Line = 1, Column = 33 };
        yield return OfText("block comment", "{\n  /* note */ \"kind\":\"organisationDirectory\"}", Codes.InvalidSyntax) with { Line = 2, Column = 3 };
        yield return OfText("trailing comma in an object", Minimal.Replace("}}", "},}", StringComparison.Ordinal), Codes.InvalidSyntax, "/title") with { Line = 1 };
        yield return OfText("trailing comma in an array", JsonEdit.Set(Newsletter, "/articles/0/topics", new JsonArray("a", "b")).Replace("[\"a\",\"b\"]", "[\"a\",\"b\",]", StringComparison.Ordinal), Codes.InvalidSyntax, "/articles/0/topics/1") with { Line = 1 };
        yield return OfText("single quotes", "{'kind':'organisationDirectory'}", Codes.InvalidSyntax) with { Line = 1, Column = 2 };
        yield return OfText("NaN", WithMember("n", "NaN"), Codes.InvalidSyntax, "/n") with { Line = 1 };
        yield return OfText("Infinity", WithMember("n", "-Infinity"), Codes.InvalidSyntax, "/n") with { Line = 1 };
        yield return OfText("leading zeros", JsonEdit.Set(Newsletter, "/year", 2023).Replace("\"year\":2023", "\"year\":02023", StringComparison.Ordinal), Codes.InvalidSyntax, "/year") with { Line = 1 };
        yield return OfText("trailing garbage", Minimal + " x", Codes.InvalidSyntax) with { Line = 1, Column = Minimal.Length + 2 };
        yield return OfText("second root value", Minimal + "\n" + Minimal, Codes.InvalidSyntax) with { Line = 2, Column = 1 };
        yield return OfText("unterminated document", Minimal[..^3], Codes.InvalidSyntax, "/title/en") with { Line = 1 };
        yield return OfText("unescaped control character in a string", Minimal.Replace("\"T\"", "\"T\u0001\"", StringComparison.Ordinal), Codes.InvalidSyntax, "/title/en") with { Line = 1 };
        yield return OfText("empty input", string.Empty, Codes.EmptyDocument);
        yield return OfText("white space only", " \r\n\t ", Codes.EmptyDocument);
    }

    // Rows: BOM; invalid UTF-8, lone surrogate.
    private static IEnumerable<BadInputCase> Encodings()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var minimal = Encoding.UTF8.GetBytes(Minimal);
        yield return OfBytes("one UTF-8 byte order mark", [.. bom, .. minimal], code: null);
        yield return OfBytes("two UTF-8 byte order marks", [.. bom, .. bom, .. minimal], Codes.InvalidSyntax) with { Line = 1 };
        yield return OfBytes("byte order mark only", bom, Codes.EmptyDocument);
        foreach (var (name, encoding) in new[] { ("UTF-16LE", Encoding.Unicode), ("UTF-16BE", Encoding.BigEndianUnicode), ("UTF-32LE", Encoding.UTF32), ("UTF-32BE", new UTF32Encoding(bigEndian: true, byteOrderMark: true)) })
        {
            yield return OfBytes($"{name} with a byte order mark", [.. encoding.GetPreamble(), .. encoding.GetBytes(Minimal)], Codes.NotUtf8);
            yield return OfBytes($"{name} without a byte order mark", encoding.GetBytes(Minimal), Codes.NotUtf8);
        }

        yield return OfBytes("invalid UTF-8 in a string", Replace(minimal, "\"T\"", [(byte)'"', (byte)'T', 0xC3, (byte)'"']), Codes.InvalidUnicode, "/title/en");
        yield return OfBytes("overlong UTF-8 in a string", Replace(minimal, "\"T\"", [(byte)'"', 0xC0, 0xAF, (byte)'"']), Codes.InvalidUnicode, "/title/en");
        yield return OfBytes("invalid UTF-8 in a member name", Replace(minimal, "\"id\"", [(byte)'"', (byte)'i', 0xFF, (byte)'"']), Codes.InvalidUnicode, "/i\ufffd");
        yield return OfText("escaped lone high surrogate", Minimal.Replace("\"T\"", "\"a\\ud800b\"", StringComparison.Ordinal), Codes.InvalidUnicode, "/title/en");
        yield return OfText("escaped lone low surrogate", Minimal.Replace("\"T\"", "\"a\\udc00\"", StringComparison.Ordinal), Codes.InvalidUnicode, "/title/en");
        yield return OfText("escaped lone surrogate in a member name", Minimal.Replace("\"id\"", "\"x\\ud800\"", StringComparison.Ordinal), Codes.InvalidUnicode, "/x\\ud800");

        // A lone surrogate has no UTF-8: as bytes it is the three bytes of its code point, which UTF-8 forbids.
        yield return OfBytes("lone surrogate, as its code point's bytes or in a .NET string", Replace(minimal, "\"T\"", [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"']), Codes.InvalidUnicode, "/title/en")
            with { Text = Minimal.Replace("\"T\"", "\"\ud800\"", StringComparison.Ordinal) };
    }

    // Row: control characters, non-characters, bidi overrides, zero-width characters in text or ids.
    private static IEnumerable<BadInputCase> Characters()
    {
        foreach (var (name, character) in new[] { ("bell", "\u0007"), ("zero-width space", "\u200B"), ("right-to-left override", "\u202E"), ("left-to-right isolate", "\u2066"), ("non-character", "\uFDD0") })
        {
            yield return OfText($"{name} in an id", JsonEdit.Set(Newsletter, "/people/0/id", "liu" + character + "qing"), Codes.InvalidId, "/people/0/id");
            yield return OfText($"{name} in a text", JsonEdit.Set(Newsletter, "/title/en", "News" + character + "letter"), Codes.SuspiciousCharacter, "/title/en") with { Severity = ValidationSeverity.Warning };
        }

        yield return OfText("HTML tags in a text", JsonEdit.Set(Newsletter, "/articles/0/summary/en", "News<script>alert(1)</script>"), Codes.HtmlInText, "/articles/0/summary/en") with { Severity = ValidationSeverity.Warning };
        yield return OfText("HTML entity in a text", JsonEdit.Set(Newsletter, "/title/en", "Tom &amp; Jerry"), Codes.HtmlInText, "/title/en") with { Severity = ValidationSeverity.Warning };
    }

    // Rows: 1e400, integers beyond ±(2^53−1) and beyond long, also written with an exponent; integer where an enum string is expected.
    private static IEnumerable<BadInputCase> Numbers()
    {
        foreach (var number in new[] { "1e400", "-1e400", "9007199254740992", "-9007199254740992", "9223372036854775808", "123456789012345678901234567890", "1e20" })
        {
            yield return OfText($"number {number}", JsonEdit.Set(Newsletter, "/year", 2023).Replace("\"year\":2023", "\"year\":" + number, StringComparison.Ordinal), Codes.NumberOutOfRange, "/year");
        }

        yield return OfText("fraction where an integer is expected", JsonEdit.Set(Newsletter, "/issueNumber", 6.5), Codes.InvalidInteger, "/issueNumber");
    }

    // Rows: integer where an enum string is expected, undefined enum value; timestamps (also one whose instant is out of range) and dates.
    private static IEnumerable<BadInputCase> EnumsAndDates()
    {
        yield return OfText("integer for an enum", JsonEdit.Set(Newsletter, "/organisations/0/kind", 1), Codes.InvalidEnumValue, "/organisations/0/kind");
        yield return OfText("undefined enum value", JsonEdit.Set(Newsletter, "/articles/0/speeches/0/kind", "keynoteSpeech"), Codes.InvalidEnumValue, "/articles/0/speeches/0/kind");
        yield return OfText("enum value in another case", JsonEdit.Set(Newsletter, "/articles/0/speeches/0/kind", "Keynote"), Codes.InvalidEnumValue, "/articles/0/speeches/0/kind");
        yield return OfText("integer for the kind", JsonEdit.Set(Minimal, "/kind", 2), Codes.InvalidEnumValue, "/kind");
        foreach (var (name, timestamp) in new[] { ("timestamp without offset", "2023-05-10T09:30:00"), ("date where a timestamp is expected", "2023-05-10"), ("timestamp in month 13", "2023-13-10T09:30:00+08:00"), ("timestamp on 30 February", "2023-02-30T09:30:00+08:00"), ("leap second", "2016-12-31T23:59:60Z") })
        {
            yield return OfText(name, JsonEdit.Set(Submission, "/submittedAt", timestamp), Codes.InvalidTimestamp, "/submittedAt");
        }

        // Of the right form, but its instant, 0000-12-31T23:30:00Z, lies before year 0001 in UTC.
        yield return OfText("timestamp before year 1 in UTC", JsonEdit.Set(Submission, "/submittedAt", "0001-01-01T00:30:00+01:00"), Codes.TimestampOutOfRange, "/submittedAt");

        foreach (var (name, date) in new[] { ("date in month 13", "2023-13-01"), ("date on 30 February", "2023-02-30"), ("timestamp where a date is expected", "2023-06-25T00:00:00Z"), ("date without leading zeros", "2023-6-25") })
        {
            yield return OfText(name, JsonEdit.Set(Newsletter, "/publicationDate", date), Codes.InvalidDate, "/publicationDate");
        }

        foreach (var (name, time) in new[] { ("time at 25 o'clock", "25:00"), ("time on the 12-hour clock", "9:30 AM"), ("time without leading zero", "9:30") })
        {
            yield return OfText(name, JsonEdit.Set(Newsletter, "/articles/0/event/startTime", time), Codes.InvalidTime, "/articles/0/event/startTime");
        }
    }

    // Rows: trailing line feed in an id or e-mail, non-ASCII digits; javascript:, file: or relative URLs.
    private static IEnumerable<BadInputCase> Formats()
    {
        yield return OfText("line feed after an id", JsonEdit.Set(Newsletter, "/id", "lmec-newsletter\n"), Codes.InvalidId, "/id");
        yield return OfText("line feed after an e-mail address", JsonEdit.Set(Newsletter, "/contact/details/emails/1", "li.xia@fecomce.org.cn\n"), Codes.InvalidEmail, "/contact/details/emails/1");
        yield return OfText("Arabic-Indic digits in an id", JsonEdit.Set(Newsletter, "/id", "issue-\u0666"), Codes.InvalidId, "/id");
        yield return OfText("Arabic-Indic digits in a phone number", JsonEdit.Set(Newsletter, "/contact/details/faxes/0/number", "+\u0668\u0666\u0661\u0660"), Codes.NonAsciiDigits, "/contact/details/faxes/0/number");
        yield return OfText("line feed after a phone number", JsonEdit.Set(Newsletter, "/contact/details/faxes/0/number", "+861082268242\n"), Codes.InvalidPhoneNumber, "/contact/details/faxes/0/number");
        foreach (var (name, url) in new[] { ("javascript: link", "javascript:alert(1)"), ("JavaScript: link in mixed case", "JavaScript:alert(1)"), ("file: link", "file:///etc/passwd"), ("data: link", "data:text/html,<script>"), ("relative link", "/relative/path") })
        {
            yield return OfText(name, JsonEdit.Set(Newsletter, "/contact/details/website", url), Codes.InvalidUrl, "/contact/details/website");
        }
    }

    // Rows: a reference to an undeclared id; two entities with the same id.
    private static IEnumerable<BadInputCase> References()
    {
        yield return OfText("undeclared speaker", JsonEdit.Set(Newsletter, "/articles/0/speeches/0/speakerId", "nobody"), Codes.UnresolvedPerson, "/articles/0/speeches/0/speakerId");
        yield return OfText("undeclared organisation", JsonEdit.Set(Newsletter, "/articles/0/speeches/0/organisationId", "nobody"), Codes.UnresolvedOrganisation, "/articles/0/speeches/0/organisationId");
        yield return OfText("undeclared organisation in a list", JsonEdit.Set(Newsletter, "/contact/organisationIds/1", "nobody"), Codes.UnresolvedOrganisation, "/contact/organisationIds/1");
        yield return OfText("undeclared project", JsonEdit.Set(Newsletter, "/articles/0/projectIds", new JsonArray("nobody")), Codes.UnresolvedProject, "/articles/0/projectIds/0");
        yield return OfText("undeclared document of an event", JsonEdit.Set(Newsletter, "/articles/0/event/documents", JsonNode.Parse("""[{"documentId":"nobody","relation":"adopted"}]""")), Codes.UnresolvedDocument, "/articles/0/event/documents/0/documentId");
        yield return OfText("undeclared related event", JsonEdit.Set(Newsletter, "/articles/0/event/relatedEvents", JsonNode.Parse("""[{"relation":"sideEventOf","eventId":"nobody"}]""")), Codes.UnresolvedEvent, "/articles/0/event/relatedEvents/0/eventId");
        yield return OfText("undeclared project of a document", JsonEdit.Set(Newsletter, "/documents", JsonNode.Parse("""[{"id":"d","title":{"en":"D"},"projectIds":["nobody"]}]""")), Codes.UnresolvedProject, "/documents/0/projectIds/0");
        yield return OfText("undeclared media of an event", JsonEdit.Set(Newsletter, "/articles/0/event/mediaIds", new JsonArray("nobody")), Codes.UnresolvedMedia, "/articles/0/event/mediaIds/0");
        yield return OfText("undeclared media of a speech", JsonEdit.Set(Newsletter, "/articles/0/speeches/0/mediaIds", new JsonArray("nobody")), Codes.UnresolvedMedia, "/articles/0/speeches/0/mediaIds/0");
        yield return OfText("a project with an organisation's id", JsonEdit.Set(Newsletter, "/projects", JsonNode.Parse("""[{"id":"lmec","name":{"en":"P"}}]""")), Codes.DuplicateId, "/projects/0/id");
        yield return OfText("two organisations with one id", JsonEdit.Set(Newsletter, "/organisations/2/id", "fecc"), Codes.DuplicateId, "/organisations/2/id");
        yield return OfText("a person with an organisation's id", JsonEdit.Set(Newsletter, "/people/0/id", "lmec"), Codes.DuplicateId, "/people/0/id");
    }

    // Row: a pattern that backtracks badly. The library's patterns have time limits; these texts are built to
    // make the markup and e-mail patterns work hard, and must still be answered at once and the same way.
    private static IEnumerable<BadInputCase> Patterns()
    {
        yield return OfText("text built to make the markup pattern backtrack", JsonEdit.Set(Newsletter, "/title/en", string.Concat(Enumerable.Repeat("<a \t", 50_000))), Codes.ValueTooLong, "/title/en");
        yield return OfText("e-mail address built to make its pattern backtrack", JsonEdit.Set(Newsletter, "/contact/details/emails/1", new string('a', 200) + "@" + string.Concat(Enumerable.Repeat("a.", 25)) + "!"), Codes.InvalidEmail, "/contact/details/emails/1");
        yield return OfText("id built to make the slug pattern backtrack", JsonEdit.Set(Newsletter, "/id", string.Concat(Enumerable.Repeat("a-", 100_000)) + "!"), Codes.InvalidId, "/id");
    }

    private static string WithMember(string name, string json) => Minimal[..^1] + ",\"" + name + "\":" + json + "}";

    private static string Nest(int depth, string open, string close) => string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

    private static byte[] Replace(byte[] utf8, string find, byte[] replacement)
    {
        var at = utf8.AsSpan().IndexOf(Encoding.UTF8.GetBytes(find));
        return [.. utf8[..at], .. replacement, .. utf8[(at + Encoding.UTF8.GetByteCount(find))..]];
    }
}
