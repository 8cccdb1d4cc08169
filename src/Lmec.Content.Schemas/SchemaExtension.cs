using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Checking;
using Lmec.Content.Validation;
using NJsonSchema;

namespace Lmec.Content.Schemas;

/// <summary>
/// An extension whose content a JSON Schema describes: the schema's <c>$id</c> is the extension's URI, and each problem
/// NJsonSchema finds in the content is reported at its pointer within it. The schema (draft-07, as the published ones)
/// must hold every definition it refers to: nothing is fetched. Register it in <see cref="LmecContentOptions.Extensions"/>;
/// <c>lmec-content validate --extension-schema FILE</c> does. Immutable and thread-safe.
/// </summary>
public sealed class SchemaExtension : ContentExtension
{
    private readonly JsonSchema _schema;

    private SchemaExtension(Uri id, JsonSchema schema)
        : base(id)
    {
        _schema = schema;
    }

    /// <summary>Reads the schema of an extension.</summary>
    /// <param name="schemaJson">The schema's JSON text; its <c>$id</c> is the extension's absolute <c>http</c> or <c>https</c> URI.</param>
    /// <returns>The extension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemaJson"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The text is not a JSON object, has no absolute web <c>$id</c>, or refers to another schema.</exception>
    public static SchemaExtension FromText(string schemaJson)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        try
        {
            var id = (string?)JsonNode.Parse(schemaJson)?["$id"] is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri)
                ? uri
                : throw new ArgumentException("An extension's schema names the extension's URI in its $id, an absolute URI.", nameof(schemaJson));
            return new SchemaExtension(id, OfflineSchemaReader.ReadAll(new Dictionary<string, string> { [id.AbsoluteUri] = schemaJson })[id.AbsoluteUri]);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or Newtonsoft.Json.JsonException)
        {
            throw new ArgumentException($"Not a usable extension schema: {exception.Message}", nameof(schemaJson), exception);
        }
    }

    /// <inheritdoc/>
    public override IEnumerable<ExtensionProblem> Validate(JsonElement content)
    {
        var errors = SchemaCheck.Validator.Validate(SchemaCheck.Parse(JsonMarshal.GetRawUtf8Value(content)), _schema).SelectMany(SchemaCheck.Leaves);
        return [.. errors.Select(static error => new ExtensionProblem(SchemaCheck.PointerOf(error.Token!), Describe(error)))];
    }

    /// <summary>Says what NJsonSchema found in words, such as "property required: status.".</summary>
    private static string Describe(NJsonSchema.Validation.ValidationError error)
    {
        var words = new StringBuilder();
        foreach (var letter in error.Kind.ToString())
        {
            if (char.IsUpper(letter) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(letter));
        }

        return error.Property is { } property ? $"{words}: {property}." : $"{words}.";
    }
}
