namespace Lmec.Content.Tests.Generators;

/// <summary>
/// A member that a newer minor version of the wire format might write and this model does not know.
/// </summary>
/// <param name="Target">Which object of the document gets it: an index into the document's model objects, taken modulo their number.</param>
/// <param name="Position">Where among that object's members it goes, taken modulo their number plus one.</param>
/// <param name="Name">The member's name, never one the model defines.</param>
/// <param name="Value">The member's value as JSON text.</param>
public sealed record UnknownMember(int Target, int Position, string Name, string Value);
