using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// A strict validator reads a short text as a model before the first layer scans it, and scans only when
/// the read fails. These tests hold it to that: every problem of the first layer in an otherwise valid
/// document makes the read fail, and the report is the one a validator that scans first gives.
/// </summary>
public class ReadFirstTests
{
    // A depth limit below the reader's own makes a validator scan every text before reading it.
    private static readonly ContentValidator ScanFirst = Validator(options => options.Limits.MaxDepth = ContentJson.MaxDepth - 1);

    public static TheoryData<string, string> LayerOneProblems => new()
    {
        { "duplicate member", "{\"id\":\"first\"," + Newsletter.TrimStart()[1..] },
        { "duplicate member written with an escape", "{\"\\u0069d\":\"first\"," + Newsletter.TrimStart()[1..] },
        { "duplicate language tag", Newsletter.Replace("\"title\": {\n    \"en\"", "\"title\": {\"en\": \"x\", \"en\"", StringComparison.Ordinal) },
        { "lone surrogate in a text", Newsletter.Replace("\"Newsletter\"", "\"News\\ud800letter\"", StringComparison.Ordinal) },
        { "lone surrogate in a member name", Newsletter.Replace("\"publisherId\"", "\"publisher\\udc00Id\"", StringComparison.Ordinal) },
        { "integer beyond 2^53", Newsletter.Replace("\"issueNumber\": 6,", "\"issueNumber\": 9007199254740993,", StringComparison.Ordinal) },
        { "number beyond double", Newsletter.Replace("\"issueNumber\": 6,", "\"issueNumber\": 1e400,", StringComparison.Ordinal) },
        { "leading zero", Newsletter.Replace("\"issueNumber\": 6,", "\"issueNumber\": 06,", StringComparison.Ordinal) },
        { "non-finite number", Newsletter.Replace("\"issueNumber\": 6,", "\"issueNumber\": NaN,", StringComparison.Ordinal) },
        { "comment", Newsletter.Replace("\"issueNumber\": 6,", "\"issueNumber\": 6, // the sixth\n", StringComparison.Ordinal) },
        { "trailing comma", Newsletter.Replace("\"issueNumber\": 6,", "\"issueNumber\": 6,,", StringComparison.Ordinal) },
        { "single quotes", Newsletter.Replace("\"publisherId\"", "'publisherId'", StringComparison.Ordinal) },
        { "trailing content", Newsletter + "\n{}" },
        { "two byte order marks", "\uFEFF\uFEFF" + Newsletter },
    };

    [Fact]
    public void Read_ValidDocument_IsValidWhetherReadOrScannedFirst()
    {
        Assert.True(Validator().Read<NewsletterIssue>(Newsletter).IsValid);
        Assert.True(ScanFirst.Read<NewsletterIssue>(Newsletter).IsValid);
    }

    [Theory]
    [MemberData(nameof(LayerOneProblems))]
    public void Read_LayerOneProblemInValidDocument_ReportsAsScanningFirst(string problem, string json)
    {
        var report = Validator().Validate(json);
        Assert.False(report.IsValid, problem);
        Assert.Equal(ScanFirst.Validate(json).Errors, report.Errors);
    }

    [Fact]
    public void Read_InvalidUtf8InValidDocument_ReportsAsScanningFirst()
    {
        var bytes = Encoding.UTF8.GetBytes(Newsletter.Replace("\"Newsletter\"", "\"News#letter\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xC3;
        var report = Validator().Validate(bytes);
        Assert.Equal(ValidationCodes.InvalidUnicode, Assert.Single(report.Errors).Code);
        Assert.Equal(ScanFirst.Validate(bytes).Errors, report.Errors);
    }

    [Fact]
    public void Read_SpeechPointsNestedToDepthLimit_IsValid() =>
        Assert.True(Validator().Validate(NestedPoints(levels: 29)).IsValid);

    [Fact]
    public void Read_SpeechPointsNestedBeyondDepthLimit_ReportsDepth()
    {
        // Thirty levels of points put the innermost point at depth 65, one beyond the default limit of 64.
        var error = Single(Validator().Validate(NestedPoints(levels: 30)), ValidationCodes.NestingTooDeep);
        Assert.EndsWith("/items/0", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_EveryNumber_IsInt32()
    {
        // The strict reader rejects an int beyond its range, so the first layer's range of numbers
        // (integers within 2^53, finite doubles) needs no scan; a long or double member would.
        var options = ContentJson.GetOptions(ContentReadMode.Strict);
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(NewsletterIssue), typeof(ArticleDocument), typeof(OrganisationDirectory)]);
        while (pending.TryDequeue(out var type))
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            target = target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? target.GetGenericArguments()[0] : target;
            if (!seen.Add(target))
            {
                continue;
            }

            if (!target.IsEnum && Type.GetTypeCode(target) is >= TypeCode.SByte and <= TypeCode.Decimal)
            {
                Assert.Equal(typeof(int), target);
            }

            var info = options.GetTypeInfo(target);
            if (info.Kind == JsonTypeInfoKind.Object)
            {
                foreach (var property in info.Properties)
                {
                    pending.Enqueue(property.PropertyType);
                }
            }
        }

        Assert.Contains(typeof(int), seen);
    }

    private static string NestedPoints(int levels)
    {
        JsonObject? inner = null;
        for (var level = levels; level >= 1; level--)
        {
            var point = new JsonObject { ["ordinal"] = 1, ["text"] = new JsonObject { ["en"] = $"Point at level {level}." } };
            if (inner is not null)
            {
                point["items"] = new JsonArray(inner);
            }

            inner = point;
        }

        return Edit(Newsletter, root => root["articles"]![0]!["speeches"]![0]!["points"] = new JsonArray(inner));
    }
}
