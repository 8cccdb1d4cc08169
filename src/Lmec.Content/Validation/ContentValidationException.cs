namespace Lmec.Content.Validation;

/// <summary>
/// Thrown by <see cref="ValidationReport.ThrowIfInvalid"/> for callers who prefer an exception to a report.
/// Validation itself never throws for bad data.
/// </summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Initialises the exception with an empty, valid report.</summary>
    public ContentValidationException()
        : this(ValidationReport.Valid)
    {
    }

    /// <summary>Initialises the exception with a message and an empty report.</summary>
    /// <param name="message">The message.</param>
    public ContentValidationException(string message)
        : base(message) => Report = ValidationReport.Valid;

    /// <summary>Initialises the exception with a message, an inner exception and an empty report.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ContentValidationException(string message, Exception innerException)
        : base(message, innerException) => Report = ValidationReport.Valid;

    /// <summary>Initialises the exception from a report.</summary>
    /// <param name="report">The report of the invalid document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ContentValidationException(ValidationReport report)
        : base(Describe(report)) => Report = report;

    /// <summary>Gets the report of the invalid document.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Errors.Where(static error => error.Severity == ValidationSeverity.Error).ToList();
        return errors.Count == 0
            ? "The document is valid."
            : $"The document is invalid: {errors.Count} error(s); the first: {errors[0]}";
    }
}
