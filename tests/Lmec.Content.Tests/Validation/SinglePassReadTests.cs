using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Mutation;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// Laws of the single pass: the typed read makes the JSON front end's checks as it reads, so that a text it reads
/// needs no scan before it. It reads a document only from a text the front end accepts, and every report is the one
/// the front end, scanning first, then the typed read made of the same text: the same findings at the same
/// pointers, lines and columns, with the same messages, in both reading modes.
/// </summary>
public class SinglePassReadTests
{
    private const string Minimal = TestDocuments.Minimal;

    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("LMEC_MUTATION_TESTS"), out var runs) && runs > 0 ? runs : 500;

    private static readonly ContentReadMode[] Modes = [ContentReadMode.Strict, ContentReadMode.Lenient];

    private static readonly Dictionary<ContentReadMode, ContentValidator> Validators = Modes.ToDictionary(static mode => mode, static mode => TestDocuments.Validator(options => options.ReadMode = mode));

    private static readonly JsonFrontEnd FrontEnd = new();

    public static TheoryData<string> CorpusFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SchemasV1, "conformance"), "*.json", SearchOption.AllDirectories)
            .Concat(RepositoryPaths.AllExamples())
            .Select(static path => Path.GetRelativePath(RepositoryPaths.SchemasV1, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> FuzzSeeds() => [.. BadInputCases.Small(64 * 1024).Select(static item => item.Name)];

    public static TheoryData<string, byte[]> UncheckedByTheReader()
    {
        // What the serializer's reader lets through, in the places the model keeps JSON as it is: an extension's
        // content, and a member the model does not define (kept in lenient reading); and in member names and texts.
        byte[][] values =
        [
            Utf8("\"", [0xC3], "\""), Utf8("\"", [0xED, 0xA0, 0x80], "\""), Utf8("{\"", [0xFF], "\":1}"), Utf8("\"\\ud800\""),
            Utf8("{\"\\udc00\":1}"), Utf8("[\"a\\ud800b\"]"), Utf8("9007199254740992"), Utf8("-1e20"), Utf8("1e400"),
            Utf8("{\"a\":1,\"a\":2}"), Utf8("{\"a\":1,\"\\u0061\":2}"), Utf8("[{\"b\":{\"a\":1,\"a\":2}}]"),
            Utf8(Nest(64)),
        ];
        var data = new TheoryData<string, byte[]>();
        foreach (var (value, index) in values.Select(static (value, index) => (value, index)))
        {
            data.Add($"extension content #{index}", Member("\"extensions\":{\"https://example.org/x\":", value, "}"));
            data.Add($"unknown member #{index}", Member("\"zz\":", value, string.Empty));
        }

        data.Add("member name of invalid UTF-8", Member("\"", [0xFF], "\":1"));
        data.Add("member name with an escaped lone surrogate", Member("\"\\ud800\":1", [], string.Empty));
        data.Add("unknown member twice", Member("\"zz\":1,\"zz\":2", [], string.Empty));
        data.Add("unknown member twice, once escaped", Member("\"zz\":1,\"\\u007az\":2", [], string.Empty));
        data.Add("extension twice", Member("\"extensions\":{\"u\":1,\"u\":2}", [], string.Empty));
        data.Add("language tag of invalid UTF-8", Title("{\"", [0xFF], "\":\"T\"}"));
        data.Add("text of invalid UTF-8", Title("{\"en\":\"", [0xC3], "\"}"));
        data.Add("id with an escaped lone surrogate", Utf8(Minimal.Replace("\"d\"", "\"\\udc00\"", StringComparison.Ordinal)));
        data.Add("a second value", Utf8(Minimal + "{}"));
        data.Add("trailing garbage", Utf8(Minimal + "x"));
        data.Add("trailing comment", Utf8(Minimal + "//"));
        data.Add("member of the same name as the kind, twice", Utf8(Minimal.Replace("{", "{\"kind\":\"organisationDirectory\",", StringComparison.Ordinal)));
        return data;
    }

    [Fact]
    public void Read_MutatedOrGeneratedText_ReadsOnlyWhatTheFrontEndAcceptsAndReportsAsScanningFirst() =>
        Prop.ForAll(MutationSeeds.Mutated(), input => ReadsAsScanningFirst(input.Utf8))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Read_ConformanceCorpusAndExamples_ReportsAsScanningFirst(string file) =>
        ReadsAsScanningFirst(File.ReadAllBytes(Path.Combine(RepositoryPaths.SchemasV1, file)));

    [Theory]
    [MemberData(nameof(FuzzSeeds))]
    public void Read_FuzzSeed_ReportsAsScanningFirst(string name) => ReadsAsScanningFirst(BadInputCases.Get(name).Utf8);

    [Theory]
    [MemberData(nameof(UncheckedByTheReader))]
    public void Read_WhatTheReaderLetsThrough_GetsTheFrontEndsFindings(string name, byte[] input)
    {
        var frontEnd = FrontEnd.Read(input);
        Assert.False(frontEnd.IsValid, name);
        foreach (var mode in Modes)
        {
            var report = Validators[mode].Read<ContentDocument>(input).Report;
            Assert.True(report.Errors.SequenceEqual(frontEnd.Report.Errors), $"{name}, {mode}: {string.Join("; ", report.Errors)}");
        }

        ReadsAsScanningFirst(input);
    }

    [Fact]
    public void Read_ValueNestedToTheDepthLimit_IsReadInOnePass()
    {
        // The deepest value the front end accepts: the serializer's reader allows the same depth, so the single pass reads it.
        var input = Member("\"extensions\":{\"https://example.org/x\":", Utf8(Nest(62)), "}");
        Assert.True(FrontEnd.Read(input).IsValid);
        Assert.True(FrontEnd.TryPrepareProof(input, ContentJson.GetOptions(ContentReadMode.Strict).MaxDepth, readerDecodesNamesStrictly: true, out _));
        Assert.NotNull(ContentJson.Deserialize<ContentDocument>(input));
    }

    [Theory]
    [InlineData(64, 1 << 20, 100_000, true)]
    [InlineData(63, 1 << 20, 100_000, false)]
    [InlineData(64, 99, 100_000, false)]
    [InlineData(64, 100, 100_000, true)]
    [InlineData(64, 1 << 20, 49, false)]
    [InlineData(64, 1 << 20, 50, true)]
    public void TryPrepareProof_Limits_AllowAProofOnlyWhereNoTextOfItsLengthCanBreakThem(int maxDepth, int maxStringLength, int maxArrayLength, bool expected)
    {
        var frontEnd = new JsonFrontEnd(new ContentLimits { MaxDepth = maxDepth, MaxStringLength = maxStringLength, MaxArrayLength = maxArrayLength });
        var input = Encoding.UTF8.GetBytes("\uFEFF" + Minimal[..^1].PadRight(99) + "}");
        Assert.Equal(expected, frontEnd.TryPrepareProof(input, ContentJson.GetOptions(ContentReadMode.Strict).MaxDepth, readerDecodesNamesStrictly: true, out var text));
        Assert.Equal(100, text.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\u0000{}")]
    public void TryPrepareProof_InputTheFrontEndRejectsWhole_AllowsNoProof(string input) =>
        Assert.False(FrontEnd.TryPrepareProof(Encoding.UTF8.GetBytes(input), ContentLimits.DefaultMaxDepth, readerDecodesNamesStrictly: true, out _));

    [Fact]
    public void Deserialize_KeptValueTheFrontEndRejects_IsKeptAndNoted()
    {
        UnknownMemberConverter.StartWatching();
        var document = ContentJson.Deserialize<ContentDocument>(Member("\"zz\":", Utf8("9007199254740992"), string.Empty), ContentReadMode.Lenient);
        Assert.True(UnknownMemberConverter.ReadRejectedValue);
        Assert.Equal(9007199254740992, document.UnknownMembers["zz"].GetInt64());

        UnknownMemberConverter.StartWatching();
        ContentJson.Deserialize<ContentDocument>(Member("\"zz\":", Utf8("9007199254740991"), string.Empty), ContentReadMode.Lenient);
        Assert.False(UnknownMemberConverter.ReadRejectedValue);
    }

    [Fact]
    public void TryPrepareProof_NameNotUtf8ForAReadThatDecodesNamesLeniently_AllowsNoProof()
    {
        var input = Member("\"", [0xFF], "\":1");
        Assert.True(FrontEnd.TryPrepareProof(input, ContentLimits.DefaultMaxDepth, readerDecodesNamesStrictly: true, out _));
        Assert.False(FrontEnd.TryPrepareProof(input, ContentLimits.DefaultMaxDepth, readerDecodesNamesStrictly: false, out _));
    }

    /// <summary>
    /// Reads the input in each mode, and again with a validator whose string limit lies below the text's length, so that
    /// the typed read cannot prove the text and the front end scans it first, while no string of the text can break
    /// that limit (a string takes two quotes besides its content), so its verdicts are the default's.
    /// </summary>
    private static void ReadsAsScanningFirst(byte[] input)
    {
        var textLength = input.AsSpan().StartsWith("\uFEFF"u8) ? input.Length - 3 : input.Length;
        var frontEnd = FrontEnd.Read(input);
        foreach (var mode in Modes)
        {
            var result = Validators[mode].Read<ContentDocument>(input);
            Assert.True(result.Document is null || frontEnd.IsValid, $"{mode}: a document was read from a text the front end rejects: {string.Join("; ", frontEnd.Report.Errors)}");
            var scanningFirst = TestDocuments.Validator(options =>
            {
                options.ReadMode = mode;
                options.Limits.MaxStringLength = Math.Clamp(textLength - 1, 1, options.Limits.MaxStringLength);
            });
            var expected = scanningFirst.Read<ContentDocument>(input).Report;
            Assert.True(
                expected.IsValid == result.Report.IsValid && expected.Errors.SequenceEqual(result.Report.Errors),
                $"{mode}:{Environment.NewLine}{string.Join(Environment.NewLine, result.Report.Errors)}{Environment.NewLine}instead of:{Environment.NewLine}{string.Join(Environment.NewLine, expected.Errors)}");
        }
    }

    private static string Nest(int depth) => new string('[', depth) + new string(']', depth);

    private static byte[] Member(string before, byte[] value, string after) => Utf8(Minimal[..^1] + "," + before, value, after + "}");

    // Minimal with its title's text replaced: it ends with {"en":"T"}}.
    private static byte[] Title(string before, byte[] value, string after) => Utf8(Minimal[..^11] + before, value, after + "}");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Utf8(string before, byte[] middle, string after) => [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];
}
