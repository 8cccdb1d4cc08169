using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Compiles every C# block of the documentation as a reader pastes it into the project the page's commands create
/// (<c>dotnet new console</c>, or <c>dotnet new web</c>; those of Getting started for a page that links to its
/// install section): with the <c>using</c> lines the page shows and nothing else beyond the template's implicit
/// ones, against the template's shared frameworks and the packages the page adds (<c>dotnet add package</c>) and
/// nothing else. A sample that continues others (<c>after:</c>) is pasted below them, a block that declares a type
/// goes into a file of its own.
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

    // The global usings the Web SDK adds to those above for `dotnet new web` (ImplicitUsings in Microsoft.NET.Sdk.Web).
    private const string WebImplicitUsings = """
        global using System.Net.Http.Json;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    private const string GettingStarted = "docs/getting-started.md";

    private const string NetCoreApp = "Microsoft.NETCore.App";

    private const string AspNetCoreApp = "Microsoft.AspNetCore.App";

    // The templates the pages create projects with: their global usings and the shared frameworks they compile against.
    private static readonly (string ImplicitUsings, string[] Frameworks) ConsoleProject = (ConsoleImplicitUsings, [NetCoreApp]);

    private static readonly (string ImplicitUsings, string[] Frameworks) WebProject = (ConsoleImplicitUsings + "\n" + WebImplicitUsings, [NetCoreApp, AspNetCoreApp]);

    private static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest).WithDocumentationMode(DocumentationMode.Parse);

    public static TheoryData<string> Pages() => [.. PagePaths().Where(static page => CSharpBlocks(page).Any())];

    [Theory]
    [MemberData(nameof(Pages))]
    public void CSharpBlocks_CompileAsPastedIntoThePagesProject(string page)
    {
        var samples = PagePaths().SelectMany(DocumentationPages.Blocks).Where(static block => block.Kind == DocumentedBlockKind.Sample).ToDictionary(static block => block.Name);
        var template = TemplateOf(page);
        var references = References(PackagesOf(page), template.Frameworks);

        var failures = CSharpBlocks(page)
            .SelectMany(block => Compile(Pasted(block, samples), template.ImplicitUsings, references).Select(diagnostic => $"{page}:{block.Line} ({block.Name}): {diagnostic}"))
            .ToList();

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Compile_OfASampleWithoutItsUsing_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "read", [], "csharp", "NewsletterIssue issue = ContentJson.Deserialize<NewsletterIssue>(\"{}\");");

        var diagnostics = Compile([block], ConsoleProject.ImplicitUsings, References(["Lmec.Content"], ConsoleProject.Frameworks));

        Assert.Contains(diagnostics, static diagnostic => diagnostic.Contains("CS0246", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_OfASampleWithAnUnusedUsing_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "read", [], "csharp", "using Lmec.Content.Model;\n\nConsole.WriteLine(1);");

        var diagnostics = Compile([block], ConsoleProject.ImplicitUsings, References(["Lmec.Content"], ConsoleProject.Frameworks));

        Assert.Contains(diagnostics, static diagnostic => diagnostic.Contains("CS8019", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_OfASampleOfAPackageThePageDoesNotAdd_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "export", [], "csharp", "using Lmec.Content.Interop.SchemaOrg;\n\nConsole.WriteLine(SchemaOrgJsonLd.Context);");

        Assert.Empty(Compile([block], ConsoleProject.ImplicitUsings, References(["Lmec.Content.Interop"], ConsoleProject.Frameworks)));
        Assert.NotEmpty(Compile([block], ConsoleProject.ImplicitUsings, References(["Lmec.Content"], ConsoleProject.Frameworks)));
    }

    [Fact]
    public void Compile_OfAWebSampleInAConsoleProject_Fails()
    {
        var block = new DocumentedBlock("test.md", 1, DocumentedBlockKind.Sample, "web", [], "csharp", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddLmecContent();\nbuilder.Build().Run();");

        Assert.Empty(Compile([block], WebProject.ImplicitUsings, References(["Lmec.Content"], WebProject.Frameworks)));
        Assert.NotEmpty(Compile([block], ConsoleProject.ImplicitUsings, References(["Lmec.Content"], ConsoleProject.Frameworks)));
    }

    [Fact]
    public void TemplateOf_APageThatCreatesAWebProject_IsWebAndOthersAreConsole()
    {
        Assert.Equal(WebProject, TemplateOf("docs/aspnetcore.md"));
        Assert.Equal(ConsoleProject, TemplateOf(GettingStarted));
        Assert.Equal(ConsoleProject, TemplateOf("docs/messages.md"));
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

    // The page whose commands create the project a page's samples are pasted into: the page itself when it adds
    // packages with `dotnet add package`; else Getting started, whose install section the page must link to.
    private static string SetUpBy(string page)
    {
        if (AddPackage().IsMatch(Commands(page)))
        {
            return page;
        }

        Assert.True(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, page)).Contains("getting-started.md#install", StringComparison.Ordinal),
            $"{page}: the page has C# samples but adds no package: add them with 'dotnet add package' in a '<!-- commands: run -->' block, or link to the install section of Getting started.");
        return GettingStarted;
    }

    private static string Commands(string page) =>
        string.Join('\n', DocumentationPages.Blocks(page).Where(static block => block.Kind == DocumentedBlockKind.Commands).Select(static block => block.Text));

    private static IReadOnlyList<string> PackagesOf(string page) =>
        [.. AddPackage().Matches(Commands(SetUpBy(page))).Select(static match => match.Groups["id"].Value).Distinct()];

    private static (string ImplicitUsings, string[] Frameworks) TemplateOf(string page) => NewWebProject().IsMatch(Commands(SetUpBy(page))) ? WebProject : ConsoleProject;

    // Compiles pasted blocks as a project: the statements, in order, in Program.cs; each block that declares types
    // in a file of its own. Errors, warnings and unnecessary using lines are what it reports.
    private static List<string> Compile(List<DocumentedBlock> pasted, string globalUsings, IReadOnlyList<MetadataReference> references)
    {
        var implicitUsings = CSharpSyntaxTree.ParseText(globalUsings, ParseOptions, "Hello.GlobalUsings.g.cs");
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

    // The shared frameworks a project compiles against, and the assemblies of the packages with those they
    // reference in turn (their dependencies) that these frameworks do not hold.
    private static List<MetadataReference> References(IEnumerable<string> packages, IEnumerable<string> frameworks)
    {
        var framework = frameworks.SelectMany(SharedFramework).ToList();
        var inFramework = framework.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var assemblies = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(packages);
        while (pending.TryPop(out var name))
        {
            var path = PackageAssembly(name);
            Assert.True(path is not null, $"No {name}.dll beside the tests or in a shared framework: reference the package {name} from the documentation tests.");
            if (!assemblies.Add(path))
            {
                continue;
            }

            using var reader = new PEReader(File.OpenRead(path));
            var metadata = reader.GetMetadataReader();
            foreach (var reference in metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)))
            {
                if (!inFramework.Contains(reference) && PackageAssembly(reference) is not null)
                {
                    pending.Push(reference);
                }
            }
        }

        return [.. framework.Concat(assemblies).Select(static path => MetadataReference.CreateFromFile(path))];
    }

    // A package's assembly as the build copies it beside the tests; when a shared framework the tests run on holds
    // an assembly of that name (Microsoft.AspNetCore.App holds Microsoft.Extensions.DependencyInjection), the build
    // takes the framework's instead and copies nothing, so it is taken from there: the same assembly, of the same
    // major version, that the package gives a project without the framework.
    private static string? PackageAssembly(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        return File.Exists(beside) ? beside : TrustedPlatformAssemblies().FirstOrDefault(path => Path.GetFileNameWithoutExtension(path) == name && SharedFrameworkOf(path) is not null);
    }

    // The assemblies of a shared framework the tests run on, such as Microsoft.NETCore.App.
    private static IEnumerable<string> SharedFramework(string name)
    {
        var assemblies = TrustedPlatformAssemblies().Where(path => SharedFrameworkOf(path) == name).ToList();
        Assert.True(assemblies.Count > 0, $"The tests do not run on the shared framework {name}: reference a project that uses it.");
        return assemblies;
    }

    // The name of the shared framework that holds an assembly: its folder is shared/<framework>/<version>/ in the
    // .NET installation; null for an assembly of the tests' own.
    private static string? SharedFrameworkOf(string path)
    {
        var version = Path.GetDirectoryName(path)!;
        var framework = Path.GetDirectoryName(version);
        return framework is not null && Path.GetFileName(Path.GetDirectoryName(framework)) == "shared" ? Path.GetFileName(framework) : null;
    }

    private static string[] TrustedPlatformAssemblies() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);

    [GeneratedRegex(@"dotnet\s+add\s+(?:\S+\s+)?package\s+(?<id>[A-Za-z0-9_.-]+)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"dotnet\s+new\s+web(?:\s|$)", RegexOptions.Multiline)]
    private static partial Regex NewWebProject();
}
