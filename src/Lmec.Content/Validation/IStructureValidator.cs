using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>
/// A structure check of raw JSON that another package adds to validation, such as validation against
/// the published JSON Schemas. It only ever sees text that passed the limits and strict syntax checks.
/// </summary>
/// <remarks>Implementations must be thread-safe and must not throw for bad data.</remarks>
public interface IStructureValidator
{
    /// <summary>Checks one document.</summary>
    /// <param name="utf8Json">The document's UTF-8 JSON, without a byte order mark; it is well-formed JSON.</param>
    /// <param name="kind">The kind of document, from its <c>kind</c> member.</param>
    /// <param name="culture">The language for messages: English, or Chinese for <c>zh-Hans</c>.</param>
    /// <returns>
    /// The findings, with <see cref="ValidationError.Path"/> set; <see cref="ValidationError.Line"/> and
    /// <see cref="ValidationError.Column"/> may be left unset, and validation fills them from the pointer.
    /// </returns>
    IReadOnlyList<ValidationError> Validate(ReadOnlyMemory<byte> utf8Json, DocumentKind kind, CultureInfo culture);
}
