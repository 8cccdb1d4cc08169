using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Compiles every C# block of the documentation as a reader pastes it into a new console project: with the
/// <c>using</c> lines the page shows and nothing else beyond the console template's implicit ones, against
/// the packages the page adds (<c>dotnet add package</c>, or those of Getting started for a page that links to
/// its install section) and nothing else. A sample that continues others (<c>after:</c>) is pasted below
/// them, a block that declares a type goes into a file of its own.
/// </summary>
public sealed partial class SampleCompilationTests
{
    // The global usings `dotnet new console` gives a project (ImplicitUsings in Microsoft.NET.Sdk): a reader's
    // Program.cs has these, and the test adds no other.
    private const string ConsoleImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private const string GettingStarted = "docs/getting-started.md";

    private static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Parse);

    public static TheoryData<string> Pages() => [.. PagePaths().Where(static page => CSharpBlocks(page).Any())];

    [Theory]
    [MemberData(nameof(Pages))]
    public void CSharpBlocks_CompileAsPastedIntoAConsoleProject(string page)
    {
        var samples = PagePaths().SelectMany(DocumentationPages.Blocks).Where(static block => block.Kind == DocumentedBlockKind.Sample).ToDictionary(static block => block.Name);
        var references = References(PackagesOf(page));

        var failures = CSharpBlocks(page)
            .SelectMany(block => Compile(Pasted(block, samples), references).Select(diagnostic => $"{page}:{block.Line} ({block.Name}): {diagnostic}"))
            .ToList();

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Compile_OfASampleWithoutItsUsing_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "read", [], "csharp", "NewsletterIssue issue = ContentJson.Deserialize<NewsletterIssue>(\"{}\");");

        var diagnostics = Compile([block], References(["Lmec.Content"]));

        Assert.Contains(diagnostics, static diagnostic => diagnostic.Contains("CS0246", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_OfASampleWithAnUnusedUsing_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "read", [], "csharp", "using Lmec.Content.Model;\n\nConsole.WriteLine(1);");

        var diagnostics = Compile([block], References(["Lmec.Content"]));

        Assert.Contains(diagnostics, static diagnostic => diagnostic.Contains("CS8019", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_OfASampleOfAPackageThePageDoesNotAdd_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "export", [], "csharp", "using Lmec.Content.Interop.SchemaOrg;\n\nConsole.WriteLine(SchemaOrgJsonLd.Context);");

        Assert.Empty(Compile([block], References(["Lmec.Content.Interop"])));
        Assert.NotEmpty(Compile([block], References(["Lmec.Content"])));
    }

    [Fact]
    public void PackagesOf_APageThatLinksToTheInstallSection_AreThoseOfGettingStarted() =>
        Assert.Equal(PackagesOf(GettingStarted), PackagesOf("docs/messages.md"));

    private static IEnumerable<string> PagePaths() =>
        DocumentationPages.All().Where(static page => page.StartsWith("docs/", StringComparison.Ordinal) || page == "README.md");

    private static IEnumerable<DocumentedBlock> CSharpBlocks(string page) =>
        DocumentationPages.Blocks(page).Where(static block => block.Language == "csharp" && block.Kind is DocumentedBlockKind.Sample or DocumentedBlockKind.File);

    // The blocks a reader has pasted when this one is in: those it continues, in order, then itself.
    private static List<DocumentedBlock> Pasted(DocumentedBlock block, Dictionary<string, DocumentedBlock> samples)
    {
        var pasted = new List<DocumentedBlock>();
        foreach (var name in block.After)
        {
            Assert.True(samples.TryGetValue(name, out var before), $"{block.Page}:{block.Line}: no sample '{name}' to come after.");
            pasted.AddRange(Pasted(before, samples).Where(earlier => !pasted.Contains(earlier)));
        }

        pasted.Add(block);
        return pasted;
    }

    // The packages a page adds with `dotnet add package` in the commands it runs; a page that adds none and
    // links to the install section of Getting started has its samples run in that project.
    private static IReadOnlyList<string> PackagesOf(string page)
    {
        var added = DocumentationPages.Blocks(page)
            .Where(static block => block.Kind == DocumentedBlockKind.Commands)
            .SelectMany(static block => AddPackage().Matches(block.Text))
            .Select(static match => match.Groups["id"].Value)
            .Distinct()
            .ToList();
        if (added.Count > 0)
        {
            return added;
        }

        Assert.True(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)).Contains("getting-started.md#install", StringComparison.Ordinal),
            $"{page}: the page has C# samples but adds no package: add them with 'dotnet add package' in a '<!-- commands: run -->' block, or link to the install section of Getting started.");
        return PackagesOf(GettingStarted);
    }

    // Compiles pasted blocks as a console project: the statements, in order, in Program.cs; each block that
    // declares types in a file of its own. Errors, warnings and unnecessary using lines are what it reports.
    private static List<string> Compile(List<DocumentedBlock> pasted, IReadOnlyList<MetadataReference> references)
    {
        var implicitUsings = CSharpSyntaxTree.ParseText(ConsoleImplicitUsings, ParseOptions, "Hello.GlobalUsings.g.cs");
        var files = pasted.Select(static block => (Block: block, Tree: CSharpSyntaxTree.ParseText(block.Text, ParseOptions)));
        var (statements, types) = (files.Where(static file => IsProgram(file.Tree)).ToList(), files.Where(static file => !IsProgram(file.Tree)).ToList());
        var trees = types.Select(static file => CSharpSyntaxTree.ParseText(file.Block.Text, ParseOptions, $"{file.Block.Name}.cs")).Prepend(implicitUsings).ToList();
        if (statements.Count > 0)
        {
            // A reader moves the using lines of a sample that continues others to the top of Program.cs.
            var usings = statements.SelectMany(static file => file.Block.Usings).Distinct(StringComparer.Ordinal).ToList();
            var program = string.Join('\n', usings) + (usings.Count > 0 ? "\n\n" : string.Empty) + string.Join("\n\n", statements.Select(static file => file.Block.Body));
            trees.Add(CSharpSyntaxTree.ParseText(program, ParseOptions, "Program.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "Hello",
            trees,
            references,
            new CSharpCompilationOptions(statements.Count > 0 ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning || (diagnostic.Id == "CS8019" && diagnostic.Location.SourceTree != implicitUsings))
            .Select(static diagnostic => diagnostic.ToString())];
    }

    private static bool IsProgram(SyntaxTree tree) => ((CompilationUnitSyntax)tree.GetRoot()).Members.OfType<GlobalStatementSyntax>().Any();

    // The framework a console project compiles against, and the assemblies of the packages with those they
    // reference in turn (their dependencies), as the test's own output folder holds them.
    private static List<MetadataReference> References(IEnumerable<string> packages)
    {
        var runtime = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFullPath(Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar) == runtime)
            .ToList();
        var assemblies = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(packages);
        while (pending.TryPop(out var name))
        {
            var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (!assemblies.Add(path))
            {
                continue;
            }

            Assert.True(File.Exists(path), $"No {name}.dll beside the tests: reference the package {name} from the documentation tests.");
            using var reader = new PEReader(File.OpenRead(path));
            var metadata = reader.GetMetadataReader();
            foreach (var reference in metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)))
            {
                if (File.Exists(Path.Combine(AppContext.BaseDirectory, reference + ".dll")) && !framework.Any(path => Path.GetFileNameWithoutExtension(path) == reference))
                {
                    pending.Push(reference);
                }
            }
        }

        return [.. framework.Concat(assemblies).Select(static path => MetadataReference.CreateFromFile(path))];
    }

    [GeneratedRegex(@"dotnet\s+add\s+(?:\S+\s+)?package\s+(?<id>[A-Za-z0-9_.-]+)")]
    private static partial Regex AddPackage();
}
