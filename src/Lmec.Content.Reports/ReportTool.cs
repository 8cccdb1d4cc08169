using System.Reflection;

namespace Lmec.Content.Reports;

/// <summary>The name and version the reports give as their maker, whether the tool or the web checker wrote them.</summary>
internal static class ReportTool
{
    /// <summary>The tool's name.</summary>
    public const string Name = "lmec-content";

    /// <summary>
    /// Gets the version without the commit after '+', so that a report names the release and the golden output
    /// stays put; the tool and the web checker are built with this assembly, so it is theirs.
    /// </summary>
    public static string? Version { get; } = typeof(ReportTool).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];
}
