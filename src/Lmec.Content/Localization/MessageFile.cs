using System.Buffers;
using System.Text.Unicode;
using Lmec.Content.Contract;

namespace Lmec.Content.Localization;

/// <summary>
/// Reads the message file of one language: UTF-8 text, one <c>KEY = TEXT</c> entry a line, <c>#</c>
/// comment lines and blank lines; the file is named after its language, such as <c>zh-Hans.txt</c>.
/// See <c>docs/messages.md</c>. Every fault is a <see cref="MessageCatalogException"/> naming the file
/// and line, so that no entry is ever lost without a word.
/// </summary>
internal static class MessageFile
{
    /// <summary>The extension of message files.</summary>
    internal const string Extension = ".txt";

    /// <summary>Reads the entries of a file given as bytes.</summary>
    /// <param name="utf8">The file's bytes; a leading UTF-8 byte order mark is skipped.</param>
    /// <param name="source">The file's name, for errors.</param>
    /// <returns>The entries, in file order.</returns>
    /// <exception cref="MessageCatalogException">The file is not UTF-8, or a line is not an entry, a comment or blank.</exception>
    internal static IReadOnlyList<MessageEntry> Parse(ReadOnlySpan<byte> utf8, string source)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var text = new char[utf8.Length];
        if (Utf8.ToUtf16(utf8, text, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var line = utf8[..read].Count((byte)'\n') + 1;
            throw new MessageCatalogException(source, line, "the file is not UTF-8 text; save it as UTF-8.");
        }

        using var reader = new StringReader(new string(text, 0, written));
        return Parse(reader, source);
    }

    /// <summary>Reads the entries of a file given as text.</summary>
    /// <param name="reader">The text; a leading byte order mark is skipped.</param>
    /// <param name="source">The file's name, for errors.</param>
    /// <returns>The entries, in file order.</returns>
    /// <exception cref="MessageCatalogException">A line is not an entry, a comment or blank, or a key is given twice.</exception>
    internal static IReadOnlyList<MessageEntry> Parse(TextReader reader, string source)
    {
        var entries = new List<MessageEntry>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        string? note = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var content = (number == 1 ? line.TrimStart('\uFEFF') : line).Trim();
            if (content.Length == 0)
            {
                note = null;
                continue;
            }

            if (content[0] == '#')
            {
                note = content[1..].Trim();
                continue;
            }

            var equals = content.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new MessageCatalogException(source, number, "the line is neither an entry (KEY = TEXT), a comment (# …) nor blank.");
            }

            var key = content[..equals].TrimEnd();
            if (!IsKey(key))
            {
                throw new MessageCatalogException(source, number, $"'{key}' is not a key: write letters and digits joined by '.', '_' or '-', such as LMEC020.comment.");
            }

            var text = content[(equals + 1)..].TrimStart();
            if (text.Length == 0)
            {
                throw new MessageCatalogException(source, number, $"the entry '{key}' has no text after '='.");
            }

            if (!lines.TryAdd(key, number))
            {
                throw new MessageCatalogException(source, number, $"the key '{key}' is already given on line {lines[key]}; keep one.");
            }

            entries.Add(new MessageEntry(key, MessageTemplate.Parse(text), number, note));
            note = null;
        }

        return entries;
    }

    /// <summary>Tells the language of a message file from its name, such as <c>zh-Hans</c> for <c>zh-Hans.txt</c>.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The BCP 47 language tag.</returns>
    /// <exception cref="MessageCatalogException">The file is not named after a language, with the extension <c>.txt</c>.</exception>
    internal static string LanguageOf(string path)
    {
        var language = Path.GetFileNameWithoutExtension(path);
        if (!string.Equals(Path.GetExtension(path), Extension, StringComparison.OrdinalIgnoreCase) || !WireValues.IsLanguageTag(language))
        {
            throw new MessageCatalogException(path, null, "a message file is named after the BCP 47 tag of its language, such as zh-Hans.txt or km.txt.");
        }

        return language;
    }

    private static bool IsKey(string key)
    {
        if (key.Length == 0 || !char.IsAsciiLetterOrDigit(key[0]) || !char.IsAsciiLetterOrDigit(key[^1]))
        {
            return false;
        }

        for (var i = 1; i < key.Length; i++)
        {
            var separator = key[i] is '.' or '_' or '-';
            if (!(char.IsAsciiLetterOrDigit(key[i]) || (separator && char.IsAsciiLetterOrDigit(key[i - 1]))))
            {
                return false;
            }
        }

        return true;
    }
}
