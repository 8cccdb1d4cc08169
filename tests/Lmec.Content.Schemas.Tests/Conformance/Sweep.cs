namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// One kind of breakage that a generated conformance document applies at every place of a base document
/// where a constraint of one keyword applies, once per constraint location.
/// </summary>
/// <param name="Name">The name, part of the file name, such as <c>empty-strings</c>.</param>
/// <param name="Description">What the documents show.</param>
/// <param name="Keyword">The constraint keyword it breaks.</param>
/// <param name="ByDepth">Whether it changes containers, so that a document may only break places of one depth.</param>
/// <param name="Targets">The places to break for a value: the pointer to change (null to add or remove nothing), the constraint key, and the breakage.</param>
internal sealed record Sweep(string Name, string Description, string Keyword, bool ByDepth, Func<InstanceSite, IEnumerable<SweepTarget>> Targets);
