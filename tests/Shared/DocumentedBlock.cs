using System.Text.RegularExpressions;

namespace Lmec.Content.Testing;

/// <summary>A fenced block of a documentation page and the marker line before it.</summary>
/// <param name="Page">The page, relative to the repository root, with <c>/</c> as separator.</param>
/// <param name="Line">The line of the opening fence, from 1.</param>
/// <param name="Kind">What the marker says the block is.</param>
/// <param name="Name">The sample's region, the file's path, or why commands are not run; empty without a marker.</param>
/// <param name="After">The samples a sample continues, in the order a reader pastes them before it.</param>
/// <param name="Language">The info string of the opening fence, such as <c>sh</c> or <c>csharp</c>.</param>
/// <param name="Text">The lines between the fences, joined with <c>\n</c>.</param>
internal sealed partial record DocumentedBlock(
    string Page,
    int Line,
    DocumentedBlockKind Kind,
    string Name,
    IReadOnlyList<string> After,
    string Language,
    string Text)
{
    /// <summary>Gets the number of lines between the fences.</summary>
    public int LineCount => Text.Length == 0 ? 0 : Text.Count(static c => c == '\n') + 1;

    /// <summary>Gets the <c>using</c> directives on top of a C# block, which a reader puts at the top of the file.</summary>
    public IReadOnlyList<string> Usings => [.. Text.Split('\n').TakeWhile(static line => UsingDirective().IsMatch(line))];

    /// <summary>Gets the text below the <c>using</c> directives on top and the blank line after them; all of it when there are none.</summary>
    public string Body
    {
        get
        {
            var lines = Text.Split('\n');
            var usings = Usings.Count;
            return usings == 0 ? Text : string.Join('\n', lines[(usings + (usings < lines.Length && lines[usings].Length == 0 ? 1 : 0))..]);
        }
    }

    /// <summary>Gets whether the block holds shell commands that a marker accounts for, run or not.</summary>
    public bool IsMarkedCommands => Kind is DocumentedBlockKind.Commands or DocumentedBlockKind.CommandsNotRun;

    [GeneratedRegex(@"^using (?:static )?[A-Za-z_][\w.]*(?: = [\w.]+)?;$")]
    private static partial Regex UsingDirective();
}
