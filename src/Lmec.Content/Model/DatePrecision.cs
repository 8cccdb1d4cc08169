namespace Lmec.Content.Model;

/// <summary>How much of a <see cref="PartialDate"/> is known: the year, the year and month, or the day.</summary>
public enum DatePrecision
{
    /// <summary>Only the year, such as <c>2023</c>.</summary>
    Year,

    /// <summary>The year and month, such as <c>2023-12</c>.</summary>
    Month,

    /// <summary>The full date, such as <c>2023-12-05</c>.</summary>
    Day,
}
