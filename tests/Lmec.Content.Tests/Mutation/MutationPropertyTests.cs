using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Tests.Validation;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Mutation;

/// <summary>
/// Laws of validation over mutated documents (<see cref="Mutations"/> of every example and of generated
/// documents): it never throws and answers well within the bound that tells a hang, a document reported
/// valid reads, writes and reads again without loss with a stable digest, and one input gets one report at
/// every entry point, every time. Each law runs <c>LMEC_MUTATION_TESTS</c> cases (500 by default, which keeps
/// the suite well under two minutes on CI's two cores); set it higher for a long run by hand.
/// </summary>
public class MutationPropertyTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("LMEC_MUTATION_TESTS"), out var runs) && runs > 0 ? runs : 500;

    // Not a timing: the largest mutated input is a few megabytes, which validates in well under a second.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(20);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly ContentValidator Strict = TestDocuments.Validator();
    private static readonly ContentValidator Lenient = TestDocuments.Validator(options => options.ReadMode = ContentReadMode.Lenient);

    [Fact]
    public void Validate_MutatedDocument_NeverThrowsAnswersInTimeAndKeepsValidDocumentsWhole() => Check(input =>
    {
        ValidationLaws.Check(Strict, input.Utf8);
        ValidationLaws.Check(Lenient, input.Utf8, ContentReadMode.Lenient);
    });

    [Fact]
    public void Validate_MutatedDocument_GivesOneReportAtEveryEntryPointEveryTime() => Check(input =>
    {
        var expected = Strict.Validate(input.Utf8);
        Same(expected, Strict.Validate(input.Utf8), "the same bytes again");
        Same(expected, TestDocuments.Validator().Validate(input.Utf8), "another validator");
        Same(expected, Strict.Validate(new MemoryStream(input.Utf8, writable: false)), "a stream");
        Same(expected, Strict.ValidateAsync(new MemoryStream(input.Utf8, writable: false)).GetAwaiter().GetResult(), "a stream read asynchronously");
        if (Decode(input.Utf8) is { } text)
        {
            Same(expected, Strict.Validate(text), "the text");
        }
    });

    private static void Check(Action<MutatedInput> law) =>
        Prop.ForAll(MutationSeeds.Mutated(), input => Assert.True(Task.Run(() => law(input)).Wait(HangBound), $"No answer within {HangBound}: a hang."))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true));

    private static void Same(ValidationReport expected, ValidationReport actual, string through) =>
        Assert.True(
            expected.IsValid == actual.IsValid && expected.Errors.SequenceEqual(actual.Errors),
            $"Through {through}:{Environment.NewLine}{string.Join(Environment.NewLine, actual.Errors)}{Environment.NewLine}instead of:{Environment.NewLine}{string.Join(Environment.NewLine, expected.Errors)}");

    private static string? Decode(byte[] utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
