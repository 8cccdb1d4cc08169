namespace Lmec.Content.Cli.Reporting;

/// <summary>The output formats of <c>validate</c>.</summary>
internal enum ReportFormat
{
    /// <summary>One line a finding, then a summary: for people.</summary>
    Text,

    /// <summary>One JSON object: for scripts.</summary>
    Json,

    /// <summary>SARIF 2.1.0: for CI systems that show findings inline.</summary>
    Sarif,

    /// <summary>One HTML page, each finding with the line it points at: for people, to read or send on.</summary>
    Html,
}
