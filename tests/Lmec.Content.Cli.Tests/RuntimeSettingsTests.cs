using System.Text.Json.Nodes;
using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>The tool runs with the runtime settings its short, single-purpose runs are measured with (docs/benchmarks.md).</summary>
public class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.Runtime.TieredPGO")]
    [InlineData("System.GC.Concurrent")]
    public void RuntimeConfig_OfTheTool_SwitchesOffWhatShortRunsPayFor(string setting)
    {
        var path = Path.ChangeExtension(BuiltTool.ToolPath, ".runtimeconfig.json");

        var options = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        Assert.False(options[setting]!.GetValue<bool>(), setting);
    }
}
