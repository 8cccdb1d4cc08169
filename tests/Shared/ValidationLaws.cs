using Lmec.Content.Canonicalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Testing;

/// <summary>
/// The laws that validation keeps for any input, checked in one place for the mutation properties and the
/// fuzzing harness: it never throws nor reports a failure of its own (<c>LMEC9xx</c>), a report's validity
/// agrees with its errors, and a document reported valid reads, writes and reads again without loss, with a
/// stable canonical digest.
/// </summary>
internal static class ValidationLaws
{
    /// <summary>Validates input through the bytes entry point and checks every law on the result.</summary>
    /// <param name="validator">The validator.</param>
    /// <param name="utf8Json">The input.</param>
    /// <param name="mode">The read mode the validator was made with.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">A law does not hold; the message says which.</exception>
    public static ValidationReport Check(ContentValidator validator, ReadOnlyMemory<byte> utf8Json, ContentReadMode mode = ContentReadMode.Strict)
    {
        var result = validator.Read<ContentDocument>(utf8Json);
        var report = result.Report;
        Require(report.IsValid == report.Errors.All(error => error.Severity != ValidationSeverity.Error), "the report's validity disagrees with its errors");
        Require(report.Errors.All(error => JsonPointer.Parse(error.Path) is not null && error.Line is null or > 0 && error.Column is null or > 0), "a finding has no valid pointer or position");
        Require(!report.Errors.Any(error => error.Code.StartsWith("LMEC9", StringComparison.Ordinal)), "the library failed inside: " + string.Join("; ", report.Errors.Where(error => error.Code.StartsWith("LMEC9", StringComparison.Ordinal))));
        if (result.IsValid)
        {
            RoundTrip(result.Document!, utf8Json, mode);
        }

        return report;
    }

    /// <summary>Checks that a document read from valid input writes and reads again without loss.</summary>
    /// <param name="document">The document the validator read.</param>
    /// <param name="utf8Json">The input it was read from.</param>
    /// <param name="mode">The read mode.</param>
    /// <exception cref="InvalidOperationException">A law does not hold.</exception>
    public static void RoundTrip(ContentDocument document, ReadOnlyMemory<byte> utf8Json, ContentReadMode mode)
    {
        Require(document.Equals(ContentJson.Deserialize<ContentDocument>(utf8Json.Span, mode)), "the validator and ContentJson read different documents");
        var written = ContentJson.SerializeToUtf8Bytes(document);
        var reread = ContentJson.Deserialize<ContentDocument>(written, mode);
        Require(document.Equals(reread), "the document changed on a write and read");
        Require(written.AsSpan().SequenceEqual(ContentJson.SerializeToUtf8Bytes(reread)), "writing the document again gives other JSON");
        var digest = CanonicalJson.ComputeDigest(document);
        Require(digest == CanonicalJson.ComputeDigest(reread) && digest == CanonicalJson.ComputeDigest(written), "the canonical digest changed on a round trip");
    }

    private static void Require(bool condition, string law)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Law broken: " + law + ".");
        }
    }
}
