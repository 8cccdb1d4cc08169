namespace Lmec.Content.Validation;

/// <summary>
/// What checking a <see cref="ValidationReceipt"/> against a document found (<see cref="ContentValidator.VerifyReceipt"/>):
/// the receipt as received beside the one the validator issues for the document today, and today's report.
/// </summary>
public sealed class ReceiptVerification
{
    internal ReceiptVerification(ValidationReceipt receipt, ValidationReceipt today, ValidationReport report)
    {
        Receipt = receipt;
        Today = today;
        Report = report;
    }

    /// <summary>Gets the receipt as received.</summary>
    public ValidationReceipt Receipt { get; }

    /// <summary>Gets the receipt the validator issues for the document today.</summary>
    public ValidationReceipt Today { get; }

    /// <summary>Gets today's report on the document.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets whether the document is the one the receipt names: its digest is the receipt's.</summary>
    public bool DigestMatches => Receipt.Digest == Today.Digest && Receipt.DigestIsCanonical == Today.DigestIsCanonical;

    /// <summary>Gets whether today's validator has the receipt's settings (read mode, switched-off codes, severities, partner rules, structure checks, extensions), without which the verdicts cannot be compared.</summary>
    public bool SettingsMatch => Receipt.HasSettingsOf(Today);

    /// <summary>Gets whether today's verdict is the receipt's: the same validity and the same codes.</summary>
    public bool VerdictMatches => Receipt.IsValid == Today.IsValid && Receipt.Codes.SequenceEqual(Today.Codes, StringComparer.Ordinal);

    /// <summary>Gets whether the receipt holds: the same document, the same settings and the same verdict today. The versions may differ: the verdict is what counts.</summary>
    public bool IsVerified => DigestMatches && SettingsMatch && VerdictMatches;
}
