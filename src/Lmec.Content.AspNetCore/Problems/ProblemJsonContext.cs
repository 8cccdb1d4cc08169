using System.Text.Json.Serialization;

namespace Lmec.Content.AspNetCore.Problems;

/// <summary>
/// The serialization of the findings a response carries, source-generated so that it works in trimmed and native AOT
/// applications; added to the application's HTTP JSON options for the problem details writer.
/// </summary>
[JsonSerializable(typeof(List<ProblemFinding>))]
internal sealed partial class ProblemJsonContext : JsonSerializerContext;
