using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema;
using NJsonSchema.CodeGeneration.CSharp;

namespace Lmec.Content.Schemas.Tests.Interop;

/// <summary>
/// The classes NJsonSchema's C# generator writes for a root document schema, with its default settings (Newtonsoft.Json
/// attributes, POCOs), compiled and loaded as an integrator on .NET would use them.
/// </summary>
internal sealed class GeneratedCSharp
{
    private GeneratedCSharp(Type rootType, string code)
    {
        RootType = rootType;
        Code = code;
    }

    /// <summary>Gets the class of the root document.</summary>
    internal Type RootType { get; }

    /// <summary>Gets the generated code.</summary>
    internal string Code { get; }

    /// <summary>Generates, compiles and loads the classes of a schema file, its relative references read from the files beside it.</summary>
    /// <param name="path">The schema file.</param>
    /// <returns>The classes.</returns>
    internal static async Task<GeneratedCSharp> GenerateAsync(string path)
    {
        var schema = await JsonSchema.FromFileAsync(path);
        // An optional integer or enum would otherwise be a value type, written back as 0 or its first value when absent.
        var settings = new CSharpGeneratorSettings { Namespace = "Partner.Generated", ClassStyle = CSharpClassStyle.Poco, GenerateOptionalPropertiesAsNullable = true };
        var code = new CSharpGenerator(schema, settings).GenerateFile();
        var compilation = CSharpCompilation.Create(
            "Partner.Generated." + Path.GetFileNameWithoutExtension(path).Replace(".schema", string.Empty, StringComparison.Ordinal),
            [CSharpSyntaxTree.ParseText(code)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, "NJsonSchema's C# does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(static diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Take(10)));
        image.Position = 0;
        var assembly = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(image);
        return new GeneratedCSharp(assembly.GetType("Partner.Generated." + schema.Title) ?? throw new InvalidOperationException($"No class {schema.Title} in the generated code."), code);
    }

    // The framework, and Newtonsoft.Json as the tests hold it (NJsonSchema depends on it): what the generated code uses.
    private static List<MetadataReference> References()
    {
        var runtime = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFullPath(Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar) == runtime);
        return [.. framework.Append(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location).Select(static path => MetadataReference.CreateFromFile(path))];
    }
}
