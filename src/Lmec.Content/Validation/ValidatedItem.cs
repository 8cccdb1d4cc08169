using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>One item of the caller's, with the result of reading and validating its document, as <see cref="ContentValidator.ReadManyAsync{TItem}"/> gives it.</summary>
/// <typeparam name="TItem">The caller's items, such as files or messages.</typeparam>
/// <param name="Item">The item.</param>
/// <param name="Result">The result of reading and validating its document, or <see langword="null"/> for an item without one, which is passed on in its place.</param>
public readonly record struct ValidatedItem<TItem>(TItem Item, ValidationResult<ContentDocument>? Result);
