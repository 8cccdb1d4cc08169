using System.Text;

namespace Lmec.Content.Validation.Structure;

/// <summary>
/// The JSON Pointer of the value a walk stands at, kept as a stack of tokens and written out only
/// when a finding needs it, so that a walk over a valid document builds no strings.
/// </summary>
internal sealed class JsonPointerBuilder
{
    private readonly List<(string? Name, int Index)> _tokens = [];

    /// <summary>Steps into a member.</summary>
    /// <param name="name">The member's name, unescaped.</param>
    internal void Push(string name) => _tokens.Add((name, -1));

    /// <summary>Steps into an array element.</summary>
    /// <param name="index">The index.</param>
    internal void Push(int index) => _tokens.Add((null, index));

    /// <summary>Steps back out of the last member or element.</summary>
    internal void Pop() => _tokens.RemoveAt(_tokens.Count - 1);

    /// <summary>Writes the pointer.</summary>
    /// <returns>The RFC 6901 JSON Pointer.</returns>
    public override string ToString()
    {
        var pointer = new StringBuilder();
        foreach (var (name, index) in _tokens)
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
}
