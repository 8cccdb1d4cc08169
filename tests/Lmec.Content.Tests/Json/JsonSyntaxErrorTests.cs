using System.Globalization;
using System.Text;
using Lmec.Content.Json;
using Lmec.Content.Localization;
using Lmec.Content.Tests.Support;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Json;

/// <summary>
/// Syntax failures in our own words: each kind gets its message key, values that a translation can show (a
/// character, a member name, a line and column) and the place to mend, never the parser's English.
/// </summary>
public class JsonSyntaxErrorTests
{
    // Fragments of System.Text.Json's own messages, none of which may reach a finding.
    private static readonly string[] ParserText =
    [
        "LineNumber", "BytePositionInLine", "is invalid", "is an invalid", "Expected", "JSON payload", "reader options",
        "end of data", "hex digit", "'0x", "escapable", "delimiter", "JSON literal",
    ];

    private static readonly JsonFrontEnd FrontEnd = new();

    public static TheoryData<string, string, int, int, object[]> Failures() => new()
    {
        // Typographic and full-width quotation marks, at the mark.
        { "{\u201Ctitle\u201D: 1}", "LMEC020.curlyQuote", 1, 2, ["\u201C", "U+201C"] },
        { "{\"title\": \u201DMekong\u201D}", "LMEC020.curlyQuote", 1, 11, ["\u201D", "U+201D"] },
        { "{\"title\": \u201EMekong\u201C}", "LMEC020.curlyQuote", 1, 11, ["\u201E", "U+201E"] },
        { "{\"title\": \u00ABMekong\u00BB}", "LMEC020.curlyQuote", 1, 11, ["\u00AB", "U+00AB"] },
        { "{\u2018title\u2019: 1}", "LMEC020.curlyQuote", 1, 2, ["\u2018", "U+2018"] },
        { "{\uFF02title\uFF02: 1}", "LMEC020.curlyQuote", 1, 2, ["\uFF02", "U+FF02"] },

        // A string opened with a straight quote and closed with a curly one: at the curly one.
        { "{\"title\": \"Mekong\u201D, \"id\": \"x\"}", "LMEC020.curlyQuote", 1, 18, ["\u201D", "U+201D"] },
        { "{\"title\": \"Mekong\u201D,\n\"id\": \"x\"}", "LMEC020.curlyQuote", 1, 18, ["\u201D", "U+201D"] },
        { "{\"title\u201D: \"Mekong\"}", "LMEC020.curlyQuote", 1, 8, ["\u201D", "U+201D"] },

        // A missing comma: at the last character of the value it must follow.
        { "{\"a\": 1 \"b\": 2}", "LMEC020.missingComma", 1, 7, [1, 7] },
        { "{\n  \"a\": \"x\"\n  \"b\": 2\n}", "LMEC020.missingComma", 2, 10, [2, 10] },
        { "[1 2]", "LMEC020.missingComma", 1, 2, [1, 2] },
        { "{\"a\": [1, 2] \"b\": 2}", "LMEC020.missingComma", 1, 12, [1, 12] },
        { "{\"a\": true\n\"b\": 2}", "LMEC020.missingComma", 1, 10, [1, 10] },

        // A trailing comma: at the comma.
        { "{\"a\": 1,}", "LMEC020.trailingComma", 1, 8, [] },
        { "{\"a\": [1, 2,]}", "LMEC020.trailingComma", 1, 12, [] },
        { "{\"a\": 1,\n}", "LMEC020.trailingComma", 1, 8, [] },

        // A string not closed: at its opening quote.
        { "{\"a\": \"Mekong\n}", "LMEC020.unclosedString", 1, 7, [1, 7] },
        { "{\"a\": \"Mekong", "LMEC020.unclosedString", 1, 7, [1, 7] },
        { "{\"a\": \"Mekong,\n\"b\": 1}", "LMEC020.unclosedString", 1, 7, [1, 7] },
        { "{\n\"a\": 1,\n\"b: 2}", "LMEC020.unclosedString", 3, 1, [3, 1] },

        // A string closed by the quote that was to open what follows: at the string that lacks its own.
        { "{\"a\": \"x, \"b\": 1}", "LMEC020.unclosedString", 1, 7, [1, 7] },
        { "{\"$schema: \"https://example.org/s.json\"}", "LMEC020.unclosedString", 1, 2, [1, 2] },

        // A control character typed into a string that is closed: at the character.
        { "{\"a\": \"line one\nline two\"}", "LMEC020.controlCharacter", 1, 16, ["U+000A"] },
        { "{\"a\": \"x\ty\"}", "LMEC020.controlCharacter", 1, 9, ["U+0009"] },
        { "{\"a\": \"x\u0001y\"}", "LMEC020.controlCharacter", 1, 9, ["U+0001"] },

        // Member names.
        { "{title: \"x\"}", "LMEC020.unquotedName", 1, 2, ["title"] },
        { "{\"a\": 1, title: \"x\"}", "LMEC020.unquotedName", 1, 10, ["title"] },
        { "{\"title\" \"x\"}", "LMEC020.missingColon", 1, 8, ["title", 1, 8] },
        { "{\"title\" = \"x\"}", "LMEC020.missingColon", 1, 8, ["title", 1, 8] },

        // Values.
        { "{\"title\": }", "LMEC020.missingValue", 1, 11, ["title"] },
        { "{\"title\": , \"a\": 1}", "LMEC020.missingValue", 1, 11, ["title"] },
        { "[1,,2]", "LMEC020.missingElement", 1, 4, [] },
        { "[,1]", "LMEC020.missingElement", 1, 2, [] },
        { "{\"a\": hello}", "LMEC020.unquotedValue", 1, 7, ["hello"] },
        { "{\"a\": True}", "LMEC020.unquotedValue", 1, 7, ["True"] },
        { "{\"a\": The Green Symposium ,\"b\": 1}", "LMEC020.unquotedValue", 1, 7, ["The Green Symposium"] },
        { "{\"a\": https://example.org/a\n}", "LMEC020.unquotedValue", 1, 7, ["https://example.org/a"] },
        { "{\"a\": " + new string('x', 100_000) + "}", "LMEC020.unquotedValue", 1, 7, [new string('x', 80) + "\u2026"] },
        { "{\"a\": [true\u201Cx\u201D]}", "LMEC020.missingComma", 1, 11, [1, 11] },

        // A literal run on as a word or a number: the reader takes the literal, then fails; at the literal, as written.
        { "[0, true0, 0]", "LMEC020.unquotedValue", 1, 5, ["true0"] },
        { "{\"a\": nullx}", "LMEC020.unquotedValue", 1, 7, ["nullx"] },
        { "[false-1]", "LMEC020.unquotedValue", 1, 2, ["false-1"] },
        { "true.", "LMEC020.unquotedValue", 1, 1, ["true."] },
        { "{\"a\": +1}", "LMEC020.number", 1, 7, ["+1"] },
        { "{\"a\": 1.}", "LMEC020.number", 1, 7, ["1."] },
        { "{\"a\": .5}", "LMEC020.number", 1, 7, [".5"] },
        { "{\"a\": 0x1F}", "LMEC020.number", 1, 7, ["0x1F"] },
        { "{\"a\": 007}", "LMEC020.leadingZero", 1, 7, [] },
        { "{\"a\": -01}", "LMEC020.leadingZero", 1, 7, [] },
        { "{\"a\": NaN}", "LMEC020.nonFinite", 1, 7, [] },
        { "{\"a\": -Infinity}", "LMEC020.nonFinite", 1, 7, [] },
        { "{\"a\": 'x'}", "LMEC020.singleQuote", 1, 7, [] },
        { "{'a': 1}", "LMEC020.singleQuote", 1, 2, [] },
        { "{\"a\": 1 // note\n}", "LMEC020.comment", 1, 9, [] },
        { "{\"a\": /* note */ 1}", "LMEC020.comment", 1, 7, [] },
        { "{\"a\": \"C:\\data\"}", "LMEC020.escape", 1, 10, ["\\d"] },
        { "{\"a\": \"\\u12G4\"}", "LMEC020.escape", 1, 8, ["\\u12G"] },

        // The end of the document and brackets: which bracket, where it opened, what closes it.
        { "{\"a\": [1, 2", "LMEC020.endOfInput", 1, 12, ['[', 1, 7, "]}"] },
        { "{\"a\": {\"b\": 1}\n", "LMEC020.endOfInput", 1, 15, ['{', 1, 1, "}"] },
        { "{\"a\":", "LMEC020.endOfInput", 1, 6, ['{', 1, 1, "}"] },
        { "{\"a\": [1,", "LMEC020.endOfInput", 1, 10, ['[', 1, 7, "]}"] },
        { "{\"a\": nul", "LMEC020.endOfInput", 1, 10, ['{', 1, 1, "}"] },
        { "{\"a\": [1}", "LMEC020.wrongCloser", 1, 9, ['}', '[', 1, 7, ']'] },
        { "{\"a\": 1]", "LMEC020.wrongCloser", 1, 8, [']', '{', 1, 1, '}'] },
        { "{\"a\": 1} x", "LMEC020.trailingContent", 1, 10, [] },
        { "{\"a\": 1}}", "LMEC020.trailingContent", 1, 9, [] },

        // Anything else: the character found, by itself and by its code point.
        { "{\"a\": <b>}", "LMEC020.expectedValue", 1, 7, ["<", "U+003C"] },
        { "{\"a\": 1\uFF0C\"b\": 2}", "LMEC020.expectedSeparator", 1, 8, ["\uFF0C", "U+FF0C", '}'] },
        { "{\"a\": \"b\": 1}", "LMEC020.expectedSeparator", 1, 10, [":", "U+003A", '}'] },
        { "{,}", "LMEC020.expectedName", 1, 2, [",", "U+002C"] },
        { "\u00A0{}", "LMEC020.expectedValue", 1, 1, ["\u00A0", "U+00A0"] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Read_SyntaxFailure_IsOneFindingInOurWordsAtThePlaceToMend(string json, string messageKey, int line, int column, object[] arguments)
    {
        var error = Assert.Single(FrontEnd.Read(json, CultureInfo.InvariantCulture).Report.Errors);

        Assert.Equal(ValidationCodes.InvalidSyntax, error.Code);
        Assert.Equal(MessageCatalog.Default.Format(messageKey, CultureInfo.InvariantCulture, arguments), error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    // The fault found by a property test: the describer took the run-on literal for a whole one and walked on through
    // the items after it, one call deeper for each, until the stack overflowed.
    [Fact]
    public void Read_LiteralRunOnInALongArray_IsOneFindingAtTheLiteral()
    {
        var items = Enumerable.Repeat("0", 100_000).ToArray();
        items[50_000] = "true0";

        var error = Assert.Single(FrontEnd.Read("[\n" + string.Join(",\n", items) + "\n]", CultureInfo.InvariantCulture).Report.Errors);

        Assert.Equal(ValidationCodes.InvalidSyntax, error.Code);
        Assert.Equal(MessageCatalog.Default.Format("LMEC020.unquotedValue", CultureInfo.InvariantCulture, "true0"), error.Message);
        Assert.Equal((50_002, 1), (error.Line, error.Column));
    }

    // However many items the describer goes through before the fault, it does so in a loop: here from the start of
    // an array of 100,000 numbers to the trailing comma at its end.
    [Fact]
    public void Describe_FaultAfterALongRunOfItems_GoesThroughThemWithoutRecursion()
    {
        var text = Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Repeat("0", 100_000)) + ",]");

        var error = JsonSyntaxError.Describe(text, text.Length - 1, System.Text.Json.JsonTokenType.StartArray, 0, [0], rootDone: false);

        Assert.Equal((text.Length - 2, "LMEC020.trailingComma"), (error.Offset, error.MessageKey));
    }

    [Fact]
    public void Read_SyntaxFailureInChinese_IsTheChineseMessage()
    {
        var error = Assert.Single(FrontEnd.Read("{\u201Ctitle\u201D: 1}", CultureInfo.GetCultureInfo("zh-Hans")).Report.Errors);

        Assert.Equal(MessageCatalog.Default.Format("LMEC020.curlyQuote", CultureInfo.GetCultureInfo("zh-Hans"), "\u201C", "U+201C"), error.Message);
        Assert.StartsWith("引号", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Samples() => [SampleJson.Issue, Validation.TestDocuments.Minimal];

    // Every single-byte deletion, and every straight quote made a curly one, of a valid document: each that is no
    // longer JSON gets one syntax finding, with a line and column, in words of the catalogue and none of the parser's.
    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_BrokenSample_NeverShowsTheParsersText(string sample)
    {
        var bytes = Encoding.UTF8.GetBytes(sample);
        var broken = Enumerable.Range(0, bytes.Length)
            .Select(at => (byte[])[.. bytes[..at], .. bytes[(at + 1)..]])
            .Concat(Enumerable.Range(0, bytes.Length).Where(at => bytes[at] == (byte)'"').Select(at => (byte[])[.. bytes[..at], .. "\u201D"u8, .. bytes[(at + 1)..]]));
        var ours = MessageCatalog.Default.Entries("en").Where(static entry => entry.Key.StartsWith("LMEC020.", StringComparison.Ordinal)).ToList();
        var failures = 0;

        foreach (var text in broken.Where(static text => !IsJson(text)))
        {
            failures++;
            var error = Assert.Single(FrontEnd.Read(text, CultureInfo.InvariantCulture).Report.Errors, static error => error.Code == ValidationCodes.InvalidSyntax);
            Assert.NotNull(error.Line);
            Assert.NotNull(error.Column);
            Assert.All(ParserText, fragment => Assert.DoesNotContain(fragment, error.Message, StringComparison.Ordinal));
            Assert.Contains(ours, entry => Matches(entry.Template.Text, error.Message));
        }

        Assert.True(failures > 50, $"only {failures} of the broken texts are not JSON");
    }

    private static bool IsJson(byte[] text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    // Whether a message was written from a template: its literal parts stand in it, in order.
    private static bool Matches(string template, string message)
    {
        var at = 0;
        foreach (var literal in System.Text.RegularExpressions.Regex.Split(template, @"\{[0-9]+\}"))
        {
            var found = message.IndexOf(literal, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + literal.Length;
        }

        return true;
    }
}
