using System.Text.RegularExpressions;
using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// Holds every relative link of the repository's Markdown pages (the README, the changelog, <c>docs/</c>, the
/// packages' and the corpus's READMEs) to a file or folder that exists, and a link with a fragment to a heading
/// of the page it names, under the anchor GitHub gives that heading. Links inside code are not links.
/// </summary>
public sealed partial class RelativeLinkTests
{
    public static TheoryData<string> Pages() => [.. DocumentationPages.All()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void RelativeLinks_OfAPage_PointToFilesThatExist(string page)
    {
        var broken = RelativeLinks(page)
            .Where(link => !File.Exists(link.Target) && !Directory.Exists(link.Target))
            .Select(link => $"{page}:{link.Line}: ({link.Text}) — no such file");

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void RelativeLinks_WithAFragment_NameAHeadingOfTheirPage(string page)
    {
        var broken = RelativeLinks(page)
            .Where(static link => link.Fragment.Length > 0 && link.Target.EndsWith(".md", StringComparison.Ordinal) && File.Exists(link.Target))
            .Where(static link => !Anchors(link.Target).Contains(link.Fragment))
            .Select(link => $"{page}:{link.Line}: ({link.Text}) — no heading with the anchor '{link.Fragment}'");

        Assert.Empty(broken);
    }

    [Fact]
    public void RelativeLinks_OfTheReadme_AreFoundButNotThoseInCode()
    {
        var targets = RelativeLinks("README.md").Select(static link => Path.GetRelativePath(RepositoryPaths.Root, link.Target).Replace('\\', '/')).ToList();

        Assert.Contains("docs/index.md", targets);
        Assert.Contains("docs/reliability.md", targets);
        Assert.Contains("CHANGELOG.md", targets);
        Assert.DoesNotContain(targets, static target => target.StartsWith("http", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LMEC208 — missing primary language", "lmec208--missing-primary-language")]
    [InlineData("Rules the schemas cannot state", "rules-the-schemas-cannot-state")]
    [InlineData("`LocalizedText`", "localizedtext")]
    [InlineData("Command-line tool — [streaming](x.md) a large archive", "command-line-tool--streaming-a-large-archive")]
    [InlineData("中文 (zh-Hans)", "中文-zh-hans")]
    public void Anchor_OfAHeading_IsGitHubs(string heading, string anchor) => Assert.Equal(anchor, Anchor(heading));

    // The links of a page that name a place in this repository (not a URL with a scheme, not an address of
    // another host): the line, the target as written, the full path it names, and the fragment after '#' or empty.
    private static IEnumerable<(int Line, string Text, string Target, string Fragment)> RelativeLinks(string page)
    {
        var path = Path.Combine(RepositoryPaths.Root, page);
        foreach (var (text, number) in Prose(File.ReadAllLines(path)))
        {
            var line = CodeSpan().Replace(text, static span => new string(' ', span.Length));
            foreach (var target in InlineLink().Matches(line).Concat(ReferenceDefinition().Matches(line)).Select(static match => match.Groups["target"].Value))
            {
                if (Scheme().IsMatch(target) || target.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
                var resolved = file.Length == 0 ? path
                    : file.StartsWith('/') ? Path.Combine(RepositoryPaths.Root, file.TrimStart('/'))
                    : Path.Combine(Path.GetDirectoryName(path)!, file);
                yield return (number, target, Path.GetFullPath(resolved), hash < 0 ? string.Empty : Uri.UnescapeDataString(target[(hash + 1)..]));
            }
        }
    }

    // The anchors of a page's headings as GitHub makes them: a repeated heading gets -1, -2 and so on.
    private static HashSet<string> Anchors(string path)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, _) in Prose(File.ReadAllLines(path)))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                var anchor = Anchor(heading.Groups["text"].Value);
                var count = seen.GetValueOrDefault(anchor);
                seen[anchor] = count + 1;
                anchors.Add(count == 0 ? anchor : $"{anchor}-{count}");
            }
        }

        return anchors;
    }

    // GitHub's anchor of a heading: its text as rendered, in lower case, without punctuation, spaces made hyphens.
    private static string Anchor(string heading)
    {
        var text = HtmlTag().Replace(LinkText().Replace(heading, "${text}"), string.Empty);
        return Punctuation().Replace(text.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');
    }

    // The lines outside fenced code blocks, numbered from 1.
    private static IEnumerable<(string Line, int Number)> Prose(string[] lines)
    {
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (Fence().Match(trimmed) is { Success: true } open && (fence is null || trimmed.StartsWith(fence, StringComparison.Ordinal)))
            {
                fence = fence is null ? open.Value : null;
                continue;
            }

            if (fence is null)
            {
                yield return (lines[i], i + 1);
            }
        }
    }

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?(?<target>[^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^ {0,3}\[[^\]]+\]:\s*<?(?<target>[^\s>]+)>?")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkText();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc} -]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(?:`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(`+)(?!`).*?(?<!`)\1(?!`)")]
    private static partial Regex CodeSpan();

}
