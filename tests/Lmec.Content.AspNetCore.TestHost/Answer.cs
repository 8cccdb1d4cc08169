namespace Lmec.Content.AspNetCore.TestHost;

/// <summary>What an endpoint of the test host answers when its handler ran.</summary>
/// <param name="Id">The article id, or the kind of the document.</param>
/// <param name="Findings">The findings the handler saw (warnings).</param>
public sealed record Answer(string Id, int Findings);
