using System.Globalization;
using System.Text;

namespace Lmec.Content.Validation;

/// <summary>Builds and parses RFC 6901 JSON Pointers, such as <c>/articles/0/speeches/2/speakerId</c>.</summary>
public static class JsonPointer
{
    /// <summary>Gets the pointer to the whole document: the empty string.</summary>
    public const string Root = "";

    /// <summary>Escapes a member name as a pointer token: <c>~</c> becomes <c>~0</c> and <c>/</c> becomes <c>~1</c>.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Escape(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.AsSpan().IndexOfAny('~', '/') < 0 ? name : name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Appends a member name to a pointer.</summary>
    /// <param name="parent">The pointer to the object.</param>
    /// <param name="name">The member name, unescaped.</param>
    /// <returns>The pointer to the member.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Append(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return string.Concat(parent, "/", Escape(name));
    }

    /// <summary>Appends an array index to a pointer.</summary>
    /// <param name="parent">The pointer to the array.</param>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The pointer to the element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> is <see langword="null"/>.</exception>
    public static string Append(string parent, int index)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return string.Concat(parent, "/", index.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Splits a pointer into its unescaped tokens.</summary>
    /// <param name="text">The pointer; the empty string has no tokens.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The pointer does not start with <c>/</c>, or has a <c>~</c> not followed by <c>0</c> or <c>1</c>.</exception>
    public static IReadOnlyList<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        if (text[0] != '/')
        {
            throw new FormatException($"A JSON Pointer starts with '/': '{text}'.");
        }

        var tokens = new List<string>();
        var token = new StringBuilder();
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '/')
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
            else if (text[i] == '~')
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                token.Append(next switch
                {
                    '0' => '~',
                    '1' => '/',
                    _ => throw new FormatException($"'~' must be followed by '0' or '1' in a JSON Pointer: '{text}'."),
                });
                i++;
            }
            else
            {
                token.Append(text[i]);
            }
        }

        return tokens;
    }

    /// <summary>
    /// Converts the JSON path that <see cref="System.Text.Json.JsonException.Path"/> reports
    /// (<c>$.articles[0]['odd.name']</c>) to a JSON Pointer (<c>/articles/0/odd.name</c>).
    /// </summary>
    /// <param name="jsonPath">The path; <see langword="null"/> or <c>$</c> is the whole document.</param>
    /// <returns>The pointer.</returns>
    public static string FromJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return Root;
        }

        var pointer = new StringBuilder();
        var i = jsonPath[0] == '$' ? 1 : 0;
        while (i < jsonPath.Length)
        {
            if (jsonPath[i] == '.')
            {
                var end = jsonPath.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? jsonPath.Length : end;
                pointer.Append('/').Append(Escape(jsonPath[(i + 1)..end]));
                i = end;
            }
            else if (jsonPath.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = jsonPath.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? jsonPath.Length : end;
                pointer.Append('/').Append(Escape(jsonPath[(i + 2)..end]));
                i = Math.Min(end + 2, jsonPath.Length);
            }
            else if (jsonPath[i] == '[')
            {
                var end = jsonPath.IndexOf(']', i + 1);
                end = end < 0 ? jsonPath.Length : end;
                pointer.Append('/').Append(jsonPath, i + 1, end - i - 1);
                i = Math.Min(end + 1, jsonPath.Length);
            }
            else
            {
                break;
            }
        }

        return pointer.ToString();
    }
}
