namespace Lmec.Content.Web.Tests;

/// <summary>One finding as a report or the page shows it.</summary>
/// <param name="Severity">error or warning.</param>
/// <param name="Code">The code.</param>
/// <param name="Line">The line, when known.</param>
/// <param name="Column">The column, when known.</param>
/// <param name="Pointer">The JSON Pointer.</param>
/// <param name="Message">The message.</param>
internal sealed record Finding(string Severity, string Code, int? Line, int? Column, string Pointer, string Message);
