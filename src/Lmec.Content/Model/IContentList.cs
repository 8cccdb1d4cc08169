namespace Lmec.Content.Model;

/// <summary>What the serializer asks of any list of the model without knowing its element type.</summary>
internal interface IContentList
{
    /// <summary>Gets the number of elements.</summary>
    int Count { get; }

    /// <summary>Gets an element.</summary>
    /// <param name="index">The index.</param>
    object? this[int index] { get; }

    /// <summary>Finds the first <see langword="null"/> element.</summary>
    /// <returns>Its index, or -1 when there is none.</returns>
    int IndexOfNull();
}
