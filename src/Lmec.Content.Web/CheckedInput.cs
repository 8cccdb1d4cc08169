using Lmec.Content.Reports;

namespace Lmec.Content.Web;

/// <summary>One input as checked, in the order read: the verdict on a document, or a file that held no document.</summary>
/// <param name="Result">The verdict, or <see langword="null"/>.</param>
/// <param name="Failure">The failure, or <see langword="null"/>.</param>
internal sealed record CheckedInput(DocumentResult? Result, InputFailure? Failure);
