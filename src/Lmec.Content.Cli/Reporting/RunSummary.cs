namespace Lmec.Content.Cli.Reporting;

/// <summary>The counts of a run, updated as documents are checked.</summary>
internal sealed class RunSummary
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

    /// <summary>Gets the exit code the run ends with.</summary>
    public int ExitCode => Unreadable > 0 ? ExitCodes.UsageOrUnreadable : Invalid > 0 ? ExitCodes.Invalid : ExitCodes.Success;

    /// <summary>Counts a document.</summary>
    /// <param name="result">Its verdict.</param>
    public void Add(DocumentResult result)
    {
        Documents++;
        Invalid += result.Report.IsValid ? 0 : 1;
        foreach (var error in result.Report.Errors)
        {
            if (error.Severity == Validation.ValidationSeverity.Error)
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
