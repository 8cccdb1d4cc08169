using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// The column <c>MB/s</c>: the bytes one operation reads (10^6 bytes a megabyte) over its mean time. It is exported
/// with the other columns, and <c>benchmarks/chart/throughput.py</c> draws it; its error is the mean's, relative.
/// </summary>
/// <param name="bytes">The bytes one operation reads.</param>
internal sealed class ThroughputColumn(long bytes) : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc/>
    public string ColumnName => "MB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Throughput: megabytes (10^6 bytes) of JSON read a second, over the mean";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds and > 0
            ? (bytes / (nanoseconds / 1e9) / 1e6).ToString("F1", CultureInfo.InvariantCulture)
            : "NA";

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
