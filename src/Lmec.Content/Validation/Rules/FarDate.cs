using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>A date of a document whose year is far from the document's date (<see cref="ValidationCodes.FarYear"/>).</summary>
/// <param name="Date">The date.</param>
/// <param name="Pointer">Where it stands.</param>
/// <param name="Reference">The document's date it is far from, or <see langword="null"/> when its year is most likely a Thai Buddhist Era year.</param>
internal readonly record struct FarDate(DocumentDate Date, string Pointer, PartialDate? Reference);
