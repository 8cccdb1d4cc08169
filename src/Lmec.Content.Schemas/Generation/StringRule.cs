using System.Text.Json.Nodes;

namespace Lmec.Content.Schemas.Generation;

/// <summary>What a schema says about a string member: its length, pattern and format.</summary>
/// <param name="MaxLength">The most Unicode code points the string may hold.</param>
/// <param name="Pattern">The pattern the whole string must match, or <see langword="null"/> for any text.</param>
/// <param name="Format">The JSON Schema format, or <see langword="null"/> for none.</param>
internal sealed record StringRule(int MaxLength, string? Pattern = null, string? Format = null)
{
    /// <summary>Writes the rule into a string schema: every string holds at least one character.</summary>
    /// <param name="schema">The schema of the member, whose <c>type</c> is <c>string</c>.</param>
    internal void ApplyTo(JsonObject schema)
    {
        schema["minLength"] = 1;
        schema["maxLength"] = MaxLength;
        if (Pattern is not null)
        {
            schema["pattern"] = Pattern;
        }

        if (Format is not null)
        {
            schema["format"] = Format;
        }
    }
}
