namespace Lmec.Content.Schemas.Generation;

/// <summary>Turns an XML documentation summary into a schema description.</summary>
internal static class Descriptions
{
    /// <summary>
    /// Cleans a summary: white space runs become single spaces, and a property's "Gets the …" becomes
    /// "The …", which reads as a description of the value.
    /// </summary>
    /// <param name="summary">The summary, possibly empty.</param>
    /// <returns>The description, or <see langword="null"/> when there is none.</returns>
    internal static string? FromSummary(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return null;
        }

        var text = string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var prefix in (ReadOnlySpan<string>)["Gets or sets ", "Gets "])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.Length > prefix.Length)
            {
                return char.ToUpperInvariant(text[prefix.Length]) + text[(prefix.Length + 1)..];
            }
        }

        return text;
    }
}
