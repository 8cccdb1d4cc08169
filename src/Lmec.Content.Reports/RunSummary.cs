using Lmec.Content.Validation;

namespace Lmec.Content.Reports;

/// <summary>The counts of a run, updated as documents are checked.</summary>
public sealed class RunSummary
{
    /// <summary>Gets the number of documents checked.</summary>
    public int Documents { get; private set; }

    /// <summary>Gets the number of invalid documents.</summary>
    public int Invalid { get; private set; }

    /// <summary>Gets the number of inputs that could not be read.</summary>
    public int Unreadable { get; private set; }

    /// <summary>Gets the number of findings of severity error.</summary>
    public int Errors { get; private set; }

    /// <summary>Gets the number of findings of severity warning.</summary>
    public int Warnings { get; private set; }

    /// <summary>Gets the number of valid documents.</summary>
    public int Valid => Documents - Invalid;

    /// <summary>Counts a document.</summary>
    /// <param name="result">Its verdict.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public void Add(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Documents++;
        Invalid += result.Report.IsValid ? 0 : 1;
        foreach (var error in result.Report.Errors)
        {
            if (error.Severity == ValidationSeverity.Error)
            {
                Errors++;
            }
            else
            {
                Warnings++;
            }
        }
    }

    /// <summary>Counts an input that could not be read.</summary>
    public void AddUnreadable() => Unreadable++;
}
