using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>A date or timestamp of a document and where it stands, kept as tokens whose pointer is written only when a finding needs it (<see cref="RuleRun.PointerOf"/>).</summary>
/// <param name="Date">The date, perhaps of reduced precision, or the local date of a timestamp.</param>
/// <param name="Timestamp">The timestamp, or <see langword="null"/> for a date.</param>
/// <param name="PathStart">Where its pointer's tokens start among those the run keeps.</param>
/// <param name="Depth">The number of its pointer's tokens: 1 for a member of the root.</param>
internal readonly record struct DocumentDate(PartialDate Date, DateTimeOffset? Timestamp, int PathStart, int Depth);
