using System.Globalization;
using System.Text;

namespace Lmec.Content.Canonicalization;

/// <summary>One step of the path to a value: a member name, or an array index when the name is <see langword="null"/>.</summary>
/// <param name="Name">The member name, or <see langword="null"/> for an array element.</param>
/// <param name="Index">The array index, from 0; unused for a member.</param>
internal readonly record struct PathSegment(string? Name, int Index)
{
    /// <summary>Writes a path as <see cref="System.Text.Json.JsonException.Path"/> does: <c>$.articles[0]['odd.name']</c>.</summary>
    /// <param name="path">The steps from the root.</param>
    /// <returns>The JSON path.</returns>
    public static string ToJsonPath(IEnumerable<PathSegment> path)
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in path)
        {
            if (name is null)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                text.Append('.').Append(name);
            }
            else
            {
                text.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            }
        }

        return text.ToString();
    }
}
