using System.Text.Json.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.AspNetCore.Problems;

/// <summary>One finding as a problem response and an NDJSON result write it.</summary>
internal sealed record ProblemFinding
{
    /// <summary>Gets the stable code, such as <c>LMEC201</c>.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Gets <c>error</c> or <c>warning</c>.</summary>
    [JsonPropertyName("severity")]
    public required string Severity { get; init; }

    /// <summary>Gets the RFC 6901 JSON Pointer to the value; the empty string is the whole document.</summary>
    [JsonPropertyName("pointer")]
    public required string Pointer { get; init; }

    /// <summary>Gets the line, from 1, where known.</summary>
    [JsonPropertyName("line")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    /// <summary>Gets the column, from 1, where known.</summary>
    [JsonPropertyName("column")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Column { get; init; }

    /// <summary>Gets the message, in the request's language.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>Lists the findings of a report that a response shows.</summary>
    /// <param name="report">The report.</param>
    /// <param name="includeWarnings">Whether warnings are shown beside errors.</param>
    /// <returns>The findings, in the report's order.</returns>
    internal static List<ProblemFinding> Of(ValidationReport report, bool includeWarnings) =>
        [.. report.Errors.Where(error => includeWarnings || error.Severity == ValidationSeverity.Error).Select(static error => new ProblemFinding
        {
            Code = error.Code,
            Severity = error.Severity == ValidationSeverity.Error ? "error" : "warning",
            Pointer = error.Path,
            Line = error.Line,
            Column = error.Column,
            Message = error.Message,
        })];
}
