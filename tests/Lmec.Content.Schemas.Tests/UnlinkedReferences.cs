using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Visitors;

namespace Lmec.Content.Schemas.Tests;

/// <summary>Lists the <c>$ref</c>s of a schema that point nowhere, which NJsonSchema could not validate through.</summary>
internal sealed class UnlinkedReferences : JsonReferenceVisitorBase
{
    private readonly List<string> _found = [];

    private UnlinkedReferences()
        : base(JsonSchema.CreateJsonSerializerContractResolver(SchemaType.JsonSchema))
    {
    }

    /// <summary>Lists the references of a schema, and of the schemas it links to, that are not linked.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The path and <c>$ref</c> of each.</returns>
    internal static List<string> In(JsonSchema schema)
    {
        var visitor = new UnlinkedReferences();
        visitor.Visit(schema);
        return visitor._found;
    }

    protected override IJsonReference VisitJsonReference(IJsonReference reference, string path, string? typeNameHint)
    {
        if (reference is { ReferencePath: not null, Reference: null })
        {
            _found.Add($"{path}: {reference.ReferencePath}");
        }

        return reference;
    }
}
