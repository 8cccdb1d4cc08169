using System.Text.Json.Nodes;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>The three verdicts on one document of a differential run.</summary>
/// <param name="Case">The document.</param>
/// <param name="Typed">The errors of the typed path (<see cref="ContentValidator"/>), warnings left out.</param>
/// <param name="Schema">The errors of <see cref="SchemaValidator"/>, warnings left out.</param>
/// <param name="Ajv">Ajv's verdict.</param>
internal sealed record DocumentVerdicts(DifferentialCase Case, IReadOnlyList<ValidationError> Typed, IReadOnlyList<ValidationError> Schema, AjvVerdict Ajv)
{
    /// <summary>
    /// Gets the typed path's errors as the schemas can judge them: without those of the rules a schema cannot state;
    /// where those are all there is, a document the schemas accept is accepted (the allowed difference), and one they
    /// reject keeps its errors (the typed reader stops at some of those rules, so it may not reach the faults the
    /// schemas find).
    /// </summary>
    internal IReadOnlyList<ValidationError> TypedComparable =>
        Typed.Count > 0 && Typed.All(static error => IsInexpressible(error.Code))
            ? (Ajv.IsValid ? [] : Typed)
            : [.. Typed.Where(static error => !IsInexpressible(error.Code))];

    private static bool IsInexpressible(string code) => Lmec.Content.Contract.SchemaInexpressibleRules.Codes.ContainsKey(code);

    /// <summary>Describes the document and the verdicts of one of our validators and of Ajv, for a failure message.</summary>
    /// <param name="index">The document's number in the run.</param>
    /// <param name="ours">The name of our validator.</param>
    /// <param name="errors">Its errors that count for the verdict.</param>
    /// <returns>The description: the document, then each verdict with its findings and the values they point at.</returns>
    internal string Describe(int index, string ours, IReadOnlyList<ValidationError> errors)
    {
        var document = JsonNode.Parse(Case.Json);
        return $"#{index} {Case}\n" +
            $"    {ours}: {Verdict(errors.Count == 0)}{Findings(document, errors.Select(static error => (error.Code, error.Path)))}\n" +
            $"    Ajv: {Verdict(Ajv.IsValid)}{Findings(document, Ajv.Errors.Select(static error => (error.Brief, error.InstancePath)))}";
    }

    /// <summary>Gets a short name for what our validator found against what Ajv found, to group disagreements by.</summary>
    /// <param name="errors">Our validator's errors that count for the verdict.</param>
    /// <returns>Such as <c>LMEC108 / Ajv accepts</c> or <c>accepts / Ajv minimum</c>.</returns>
    internal string Pattern(IReadOnlyList<ValidationError> errors) =>
        $"{Names(errors.Select(static error => error.Code), "accepts")} / Ajv {Names(Ajv.Errors.Select(static error => error.Keyword), "accepts")}";

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    private static string Names(IEnumerable<string> names, string none) =>
        names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } distinct ? string.Join("+", distinct) : none;

    private static string Findings(JsonNode? document, IEnumerable<(string Name, string Pointer)> findings)
    {
        var lines = findings.Distinct().Select(finding => $"\n        {finding.Name} at {(finding.Pointer.Length == 0 ? "(root)" : finding.Pointer)}{ValueAt(document, finding.Pointer)}").ToList();
        return string.Concat(lines.Take(8)) + (lines.Count > 8 ? $"\n        … {lines.Count - 8} more" : string.Empty);
    }

    private static string ValueAt(JsonNode? document, string pointer)
    {
        var node = document;
        foreach (var token in JsonPointer.Parse(pointer))
        {
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var member) => member,
                JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                _ => null,
            };
            if (node is null)
            {
                return string.Empty;
            }
        }

        var text = node?.ToJsonString(EdgeValues.Writing) ?? "null";
        return " = " + (text.Length <= 80 ? text : $"{text[..60]}… ({text.Length} chars)");
    }
}
