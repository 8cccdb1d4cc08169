namespace Lmec.Content.Reports;

/// <summary>
/// The line of a document a finding points at, cut to a window around its column: the text before the column, the
/// character at it (empty at the end of the line), and the text after. Cut ends are shown by an ellipsis (…), tabs
/// as spaces and other control characters as <c>\uXXXX</c>.
/// </summary>
/// <param name="Before">The text before the column.</param>
/// <param name="At">The character at the column, or empty when the column is at the end of the line.</param>
/// <param name="After">The text after it.</param>
public sealed record SourceExcerpt(string Before, string At, string After);
