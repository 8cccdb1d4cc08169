using System.Text.Json;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// The floor that validation is measured against: parsing a document with <see cref="JsonDocument"/> and touching every
/// value once, as any reader must (strings decoded with <see cref="JsonElement.GetString"/>, numbers read as integers
/// or doubles, booleans read). Member names are matched by position, not decoded: a typed reader matches them without
/// allocating a string. Default <see cref="JsonDocumentOptions"/>: no duplicate check, which makes the floor lower.
/// </summary>
internal static class JsonDocumentFloor
{
    /// <summary>Parses one document and touches every value.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>A sum over the values touched, so that no work can be left out.</returns>
    public static long ParseAndTouch(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return Touch(document.RootElement);
    }

    private static long Touch(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = 1L;
                foreach (var member in element.EnumerateObject())
                {
                    members += Touch(member.Value);
                }

                return members;
            case JsonValueKind.Array:
                var items = 1L;
                foreach (var item in element.EnumerateArray())
                {
                    items += Touch(item);
                }

                return items;
            case JsonValueKind.String:
                return element.GetString()!.Length;
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? integer & 1 : (long)element.GetDouble() & 1;
            case JsonValueKind.True:
            case JsonValueKind.False:
                return element.GetBoolean() ? 1 : 0;
            default:
                return 0;
        }
    }
}
