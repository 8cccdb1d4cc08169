using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Generation;

/// <summary>What a schema says about an integer member: its range.</summary>
/// <param name="Minimum">The smallest value allowed.</param>
/// <param name="Maximum">The largest value allowed.</param>
internal sealed record IntegerRule(long Minimum, long Maximum)
{
    /// <summary>Writes the rule into an integer schema.</summary>
    /// <param name="schema">The schema of the member, whose <c>type</c> is <c>integer</c>.</param>
    internal void ApplyTo(JsonObject schema)
    {
        schema["minimum"] = Minimum;
        schema["maximum"] = Maximum;
    }
}
