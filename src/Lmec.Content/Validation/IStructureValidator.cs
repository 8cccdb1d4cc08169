using System.Globalization;
using Lmec.Content.Json;
using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>
/// A structure check of raw JSON that another package adds to validation, such as validation against
/// the published JSON Schemas. It is fed the text the JSON front end accepted, so it never checks size,
/// encoding or syntax again.
/// </summary>
/// <remarks>Implementations must be thread-safe and must not throw for bad data.</remarks>
public interface IStructureValidator
{
    /// <summary>Checks one document.</summary>
    /// <param name="json">The document's text, as <see cref="JsonFrontEnd"/> accepted it.</param>
    /// <param name="kind">The kind of document, from its <c>kind</c> member.</param>
    /// <param name="culture">The language of the messages, which falls back through its parents to English.</param>
    /// <returns>
    /// The findings, with <see cref="ValidationError.Path"/> set; <see cref="ValidationError.Line"/> and
    /// <see cref="ValidationError.Column"/> may be left unset, and validation fills them from the pointer.
    /// </returns>
    IReadOnlyList<ValidationError> Validate(JsonText json, DocumentKind kind, CultureInfo culture);
}
