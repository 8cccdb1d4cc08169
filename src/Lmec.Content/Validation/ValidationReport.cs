namespace Lmec.Content.Validation;

/// <summary>The outcome of validating one document: every finding, errors and warnings alike.</summary>
public sealed class ValidationReport
{
    /// <summary>Initialises a report.</summary>
    /// <param name="errors">The findings, in the order found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is <see langword="null"/>.</exception>
    public ValidationReport(IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = [.. errors];
        IsValid = !Errors.Any(static error => error.Severity == ValidationSeverity.Error);
    }

    /// <summary>Gets a report without findings.</summary>
    public static ValidationReport Valid { get; } = new([]);

    /// <summary>Gets whether the document is valid: it has no finding of severity <see cref="ValidationSeverity.Error"/>.</summary>
    public bool IsValid { get; }

    /// <summary>Gets every finding, errors and warnings, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Throws when the document is invalid; warnings alone do not throw.</summary>
    /// <returns>This report, for chaining.</returns>
    /// <exception cref="ContentValidationException">The report holds at least one error.</exception>
    public ValidationReport ThrowIfInvalid() => IsValid ? this : throw new ContentValidationException(this);
}
