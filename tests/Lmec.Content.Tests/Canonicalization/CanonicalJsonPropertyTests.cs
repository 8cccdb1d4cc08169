using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Lmec.Content.Canonicalization;

namespace Lmec.Content.Tests.Canonicalization;

[Properties(Arbitrary = [typeof(JsonTree)], MaxTest = 200)]
public class CanonicalJsonPropertyTests
{
    [Property]
    public bool Canonicalize_AnyMemberOrderIndentationAndEscaping_GivesTheSameBytes(JsonTree tree, int seed) =>
        CanonicalJson.Canonicalize(tree.Write(seed, indented: true, JavaScriptEncoder.Default))
            .AsSpan()
            .SequenceEqual(CanonicalJson.Canonicalize(tree.Write(seed: null, indented: false, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)));

    [Property]
    public bool Canonicalize_CanonicalText_IsAFixedPoint(JsonTree tree)
    {
        var canonical = CanonicalJson.Canonicalize(tree.Write(seed: null, indented: false, JavaScriptEncoder.Default));
        return CanonicalJson.Canonicalize(canonical).AsSpan().SequenceEqual(canonical);
    }

    [Property]
    public bool Canonicalize_AnyValue_PreservesEveryValue(JsonTree tree) =>
        JsonTree.Same(JsonNode.Parse(CanonicalJson.Canonicalize(tree.Write(seed: null, indented: true, JavaScriptEncoder.Default))), tree.Root);
}
