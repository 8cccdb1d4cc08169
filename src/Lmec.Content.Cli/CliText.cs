using System.Globalization;
using Lmec.Content.Cli.Inputs;
using Lmec.Content.Cli.Reporting;

namespace Lmec.Content.Cli;

/// <summary>The tool's own sentences, in English or in Chinese (<c>zh-Hans</c>).</summary>
/// <param name="culture">The language of the sentences.</param>
internal sealed class CliText(CultureInfo culture)
{
    /// <summary>Gets the language of the sentences.</summary>
    public CultureInfo Culture { get; } = culture;

    private bool IsChinese => Culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>Says that an input could not be read.</summary>
    /// <param name="source">The input.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The sentence.</returns>
    public string CannotRead(string source, string reason) =>
        IsChinese ? $"lmec-content：无法读取“{source}”：{reason}" : $"lmec-content: cannot read '{source}': {reason}";

    /// <summary>Gets the reason given when a path names no file or folder.</summary>
    public string NoSuchFileOrFolder => IsChinese ? "没有这个文件或文件夹" : InputFailure.MissingReason;

    /// <summary>Says that the run stopped early.</summary>
    /// <param name="errors">The error count it stopped at.</param>
    /// <returns>The sentence.</returns>
    public string StoppedAfter(int errors) =>
        IsChinese ? $"已达到 {errors} 个错误的上限，停止检查。" : $"Stopped after {errors} errors (--max-errors).";

    /// <summary>Sums up a run.</summary>
    /// <param name="summary">The counts.</param>
    /// <returns>The sentence.</returns>
    public string Summary(RunSummary summary) => IsChinese
        ? $"共检查 {summary.Documents} 个文档：{summary.Valid} 个有效，{summary.Invalid} 个无效；{summary.Errors} 个错误，{summary.Warnings} 个警告" + (summary.Unreadable > 0 ? $"；{summary.Unreadable} 个输入无法读取。" : "。")
        : $"Checked {Count(summary.Documents, "document")}: {summary.Valid} valid, {summary.Invalid} invalid; {Count(summary.Errors, "error")}, {Count(summary.Warnings, "warning")}" + (summary.Unreadable > 0 ? $"; {summary.Unreadable} unreadable input(s)." : ".");

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
