using System.Globalization;
using Lmec.Content.Localization;

namespace Lmec.Content.Reports;

/// <summary>
/// The sentences and words of the reports for people, in one language: the <c>report.</c> and <c>cli.</c> entries of
/// the message catalogue, which live in the same file per language as the findings' messages.
/// </summary>
public sealed class ReportText
{
    private readonly MessageCatalog _messages;

    /// <summary>Initialises the texts of a language.</summary>
    /// <param name="messages">The catalogue, with any files loaded at run time.</param>
    /// <param name="culture">The language of the texts.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ReportText(MessageCatalog messages, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(culture);
        _messages = messages;
        Culture = culture;
        Language = messages.FindLanguage(culture) ?? MessageCatalog.Default.Languages[0];
    }

    /// <summary>Gets the culture the texts are written for.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the BCP 47 tag of the language the texts are written in, such as <c>zh-Hans</c>: the culture's, or English where the catalogue lacks it.</summary>
    public string Language { get; }

    /// <summary>Writes an entry of the catalogue in this language.</summary>
    /// <param name="key">The key, such as <c>report.valid</c>.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">No entry has the key.</exception>
    public string Format(string key, params object?[] arguments) => _messages.Format(key, Culture, arguments);

    /// <summary>Gives the reason an input could not be read: the tool's own words where it states it, else what the system said.</summary>
    /// <param name="failure">The input and why.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is <see langword="null"/>.</exception>
    public string Reason(InputFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.ReasonKey is { } key ? Format(key) : PrintableText.Of(failure.Reason);
    }

    /// <summary>Says that an input could not be read, as the tool writes it on standard error.</summary>
    /// <param name="failure">The input and why.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is <see langword="null"/>.</exception>
    public string CannotRead(InputFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Format("cli.cannotRead", PrintableText.Of(failure.Source), Reason(failure));
    }

    /// <summary>Says that the run stopped early.</summary>
    /// <param name="errors">The error count it stopped at.</param>
    /// <returns>The sentence.</returns>
    public string StoppedAfter(int errors) => Format("cli.stoppedAfter", errors);

    /// <summary>Sums up a run.</summary>
    /// <param name="summary">The counts.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public string Summary(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Format(
            summary.Unreadable > 0 ? "cli.summary.unreadable" : "cli.summary",
            Count("cli.documents", summary.Documents),
            summary.Valid,
            summary.Invalid,
            Count("cli.errors", summary.Errors),
            Count("cli.warnings", summary.Warnings),
            summary.Unreadable);
    }

    /// <summary>Names a severity: <c>error</c> or <c>warning</c> in this language.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The word.</returns>
    public string Severity(Validation.ValidationSeverity severity) =>
        Format(severity == Validation.ValidationSeverity.Error ? "report.error" : "report.warning");

    // English says "1 document" but "2 documents"; a language without plural forms writes both entries alike.
    private string Count(string key, int count) => Format(key + (count == 1 ? ".one" : ".other"), count);
}
