using System.Reflection;
using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Regular expressions that run on untrusted text either have a time limit or cannot backtrack
/// (bad-inputs.md: a pattern that backtracks badly must be bounded). This project sees every shipped
/// assembly, through the tool: each <see cref="GeneratedRegexAttribute"/> pattern is made and checked, and
/// the sources are searched for patterns built at run time.
/// </summary>
public partial class RegexSafetyTests
{
    public static TheoryData<string> ShippedAssemblies() => [.. ShippedAssemblyFiles()];

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void GeneratedRegexes_OfEveryShippedAssembly_HaveATimeLimitOrDoNotBacktrack(string assemblyFile)
    {
        var assembly = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, assemblyFile));
        var unbounded = Generated(assembly)
            .Where(generated => generated.Regex.MatchTimeout == Regex.InfiniteMatchTimeout && !generated.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(generated => generated.Name);

        Assert.Empty(unbounded);
    }

    [Fact]
    public void Sources_BuildNoRegexAtRunTimeWithoutATimeLimit()
    {
        var unbounded =
            from file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            let text = File.ReadAllText(file)
            from Match use in RuntimeRegex().Matches(text)
            let statement = text[use.Index..Math.Max(use.Index, text.IndexOf(';', use.Index))]
            where !statement.Contains("TimeSpan", StringComparison.Ordinal) && !statement.Contains("NonBacktracking", StringComparison.Ordinal)
            select $"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {use.Value}";

        Assert.Empty(unbounded);
    }

    [Fact]
    public void GeneratedRegexes_AreFound()
    {
        var content = Assembly.Load("Lmec.Content");
        Assert.NotEmpty(Generated(content));
        Assert.Contains("lmec-content.dll", ShippedAssemblyFiles());
    }

    private static IEnumerable<string> ShippedAssemblyFiles() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Select(path => Path.GetFileName(path))
            .Where(file => (file.StartsWith("Lmec.Content", StringComparison.Ordinal) || file == "lmec-content.dll") && !file.Contains(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string Name, Regex Regex)> Generated(Assembly assembly) =>
        from type in assembly.GetTypes()
        from member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where member.IsDefined(typeof(GeneratedRegexAttribute))
        select ($"{type.FullName}.{member.Name}", member switch
        {
            MethodInfo method => (Regex)method.Invoke(null, null)!,
            PropertyInfo property => (Regex)property.GetValue(null)!,
            _ => throw new InvalidOperationException($"Unexpected GeneratedRegex member {member}."),
        });

    // new Regex(...), and the static Regex methods that build a pattern at run time.
    [GeneratedRegex(@"\bnew\s+Regex\s*\(|\bRegex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(", RegexOptions.None, 1000)]
    private static partial Regex RuntimeRegex();
}
