namespace Lmec.Content.Validation;

/// <summary>A date or timestamp of a document and where it stands.</summary>
/// <param name="Pointer">Its JSON Pointer.</param>
/// <param name="Date">The date, or the local date of a timestamp.</param>
/// <param name="Timestamp">The timestamp, or <see langword="null"/> for a date.</param>
internal readonly record struct DocumentDate(string Pointer, DateOnly Date, DateTimeOffset? Timestamp);
