using System.Text;

namespace Lmec.Content.Validation.Structure;

/// <summary>
/// The JSON Pointer of the value a walk stands at, kept as a stack of tokens and written out only
/// when a finding needs it, so that a walk over a valid document builds no strings.
/// </summary>
internal sealed class JsonPointerBuilder
{
    private (string? Name, int Index)[] _tokens = new (string?, int)[16];
    private int _count;

    /// <summary>Gets the number of tokens: 1 for a member of the root.</summary>
    internal int Depth => _count;

    /// <summary>Steps into a member.</summary>
    /// <param name="name">The member's name, unescaped.</param>
    internal void Push(string name) => Push((name, -1));

    /// <summary>Steps into an array element.</summary>
    /// <param name="index">The index.</param>
    internal void Push(int index) => Push((null, index));

    /// <summary>Steps back out of the last member or element.</summary>
    internal void Pop() => _count--;

    /// <summary>Keeps where the walk stands, to write it out later only if it is needed.</summary>
    /// <param name="tokens">Where to append the tokens: a member's name, or <see langword="null"/> and an array index.</param>
    internal void CopyTo(List<(string? Name, int Index)> tokens) => tokens.AddRange(_tokens.AsSpan(0, _count));

    /// <summary>Writes a pointer kept with <see cref="CopyTo"/>.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <returns>The RFC 6901 JSON Pointer.</returns>
    internal static string Write(ReadOnlySpan<(string? Name, int Index)> tokens)
    {
        var pointer = new StringBuilder();
        foreach (var (name, index) in tokens)
        {
            pointer.Append('/');
            if (name is null)
            {
                pointer.Append(index);
            }
            else
            {
                pointer.Append(JsonPointer.Escape(name));
            }
        }

        return pointer.ToString();
    }

    /// <summary>Writes the pointer.</summary>
    /// <returns>The RFC 6901 JSON Pointer.</returns>
    public override string ToString() => Write(_tokens.AsSpan(0, _count));

    private void Push((string? Name, int Index) token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _count * 2);
        }

        _tokens[_count++] = token;
    }
}
