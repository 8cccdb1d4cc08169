using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Lmec.Content.Contract;

namespace Lmec.Content.Localization;

/// <summary>
/// The messages of validation findings and of the command-line tool, in every language there is a file
/// for: keyed by code (<c>LMEC102</c>), by code and variant where one code has several causes
/// (<c>LMEC020.comment</c>), or by another name (<c>cli.summary</c>). The files are plain UTF-8 text, one
/// per language, embedded in this package; a partner can load corrected or added files at run time.
/// The format is described in <c>docs/messages.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// A message is looked up in the culture's language, then in its parents, then in English:
/// <c>zh-TW</c> → <c>zh-Hant</c> → <c>zh</c> → <c>en</c>; <c>zh-CN</c> → <c>zh-Hans</c>;
/// <c>km-KH</c> → <c>km</c> → <c>en</c>. A key a language lacks is therefore written in English.
/// </para>
/// <para>
/// An instance is immutable and thread-safe. <see cref="Default"/> is read once, on first use; loading
/// files makes a new catalogue and leaves the one it started from as it was.
/// </para>
/// </remarks>
public sealed class MessageCatalog
{
    /// <summary>The language every other falls back to, and whose placeholders every translation must name.</summary>
    internal const string English = "en";

    private const string ResourcePrefix = "Lmec.Content.Localization.Messages.";

    // Culture names may come from outside, as from HTTP requests: the cache of fallback chains stays small.
    private const int MaxCachedCultures = 256;

    private static readonly Lazy<MessageCatalog> BuiltIn = new(LoadBuiltIn);

    private readonly FrozenDictionary<string, MessageLanguage> _languages;
    private readonly MessageLanguage _english;
    private readonly ConcurrentDictionary<string, MessageLanguage[]> _chains = new(StringComparer.Ordinal);

    private MessageCatalog(FrozenDictionary<string, MessageLanguage> languages)
    {
        _languages = languages;
        _english = languages[English];
        Languages = [_english.Tag, .. languages.Values.Select(static language => language.Tag).Where(static tag => !IsEnglish(tag)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the built-in catalogue: the message files embedded in this package, each read on first use of its language.</summary>
    /// <exception cref="MessageCatalogException">The English file is faulty, which a test of this package prevents (a faulty translation throws at the first use of its language).</exception>
    public static MessageCatalog Default => BuiltIn.Value;

    /// <summary>Gets the BCP 47 tags of the languages the catalogue has a file for: <c>en</c> first, then the others in order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// Loads message files over the built-in catalogue, as <c>Default.With(path)</c>: a partner's corrected
    /// translation, a language not shipped yet, or the messages of the partner's own rules.
    /// </summary>
    /// <param name="path">A message file named after its language, such as <c>zh-Hans.txt</c>, or a folder of them.</param>
    /// <returns>The built-in catalogue with the entries of the files in place of or beside its own.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is <see langword="null"/>, empty or blank.</exception>
    /// <exception cref="FileNotFoundException">No file or folder has that path.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file or the folder may not be read.</exception>
    /// <exception cref="MessageCatalogException">A file is faulty; the exception names the file, the line and the reason.</exception>
    public static MessageCatalog Load(string path) => Default.With(path);

    /// <summary>
    /// Makes a catalogue of this one with the entries of message files added: an entry with a key this
    /// catalogue has replaces it in that language, and a language it lacks is added. A folder's files
    /// are all read before any is applied, English first.
    /// </summary>
    /// <param name="path">A message file named after its language, such as <c>zh-Hans.txt</c>, or a folder of them.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is <see langword="null"/>, empty or blank.</exception>
    /// <exception cref="FileNotFoundException">No file or folder has that path.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file or the folder may not be read.</exception>
    /// <exception cref="MessageCatalogException">
    /// A file is faulty: not UTF-8, not named after a language, a line that is not an entry, a key given
    /// twice, placeholders other than the English entry's, or a key with no English entry. The exception
    /// names the file, the line and the reason.
    /// </exception>
    public MessageCatalog With(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string[] files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path).Where(static file => string.Equals(Path.GetExtension(file), MessageFile.Extension, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
            if (files.Length == 0)
            {
                throw new MessageCatalogException(path, null, "the folder holds no message file, such as zh-Hans.txt.");
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"There is no message file or folder '{path}'.", path);
        }

        return Build(_languages, [.. files.Select(static file => (MessageFile.LanguageOf(file), file, MessageFile.Parse(File.ReadAllBytes(file), file)))]);
    }

    /// <summary>
    /// Makes a catalogue of this one with the entries of one language's message text added, as from a
    /// resource of a partner's own assembly or a file a web page fetched. Add English before any other
    /// language for keys of your own: a key must have an English entry.
    /// </summary>
    /// <param name="language">The BCP 47 tag of the language, such as <c>zh-Hans</c>.</param>
    /// <param name="reader">The text, in the format of the message files; it is read to its end and left open.</param>
    /// <param name="source">A name for the text, such as a file or resource name, that errors name.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a BCP 47 language tag.</exception>
    /// <exception cref="MessageCatalogException">The text is faulty, as for <see cref="With(string)"/>.</exception>
    public MessageCatalog With(string language, TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        if (!WireValues.IsLanguageTag(language))
        {
            throw new ArgumentException($"'{language}' is not a BCP 47 language tag, such as zh-Hans or km.", nameof(language));
        }

        return Build(_languages, [(language, source, MessageFile.Parse(reader, source))]);
    }

    /// <summary>Writes a message in a culture's language, or the nearest one the catalogue has (see the remarks).</summary>
    /// <param name="key">The key, such as <c>LMEC102</c> or <c>LMEC020.comment</c>.</param>
    /// <param name="culture">The culture to write in; the invariant culture writes English.</param>
    /// <param name="arguments">The values for the placeholders <c>{0}</c>, <c>{1}</c> …, formatted in the invariant culture.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No entry has the key, not even in English.</exception>
    /// <exception cref="FormatException">The message names a placeholder beyond the values given.</exception>
    public string Format(string key, CultureInfo culture, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var language in Chain(culture))
        {
            if (language.Entries.TryGetValue(key, out var entry))
            {
                return entry.Template.Format(arguments);
            }
        }

        throw new KeyNotFoundException($"There is no message with the key '{key}', not even in English, which every language falls back to.");
    }

    /// <summary>
    /// Tells which of the catalogue's languages a culture's messages are written in: the first of the
    /// culture and its parents that the catalogue has, such as <c>zh-Hans</c> for <c>zh-CN</c>.
    /// </summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The language's tag, or <see langword="null"/> when the catalogue has none of them and messages fall back to English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string? FindLanguage(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var chain = Chain(culture);
        return chain.Length > 1 || CultureFallback.Names(culture).Exists(static name => IsEnglish(name)) ? chain[0].Tag : null;
    }

    /// <summary>Finds the entry of exactly one language, without falling back.</summary>
    /// <param name="language">The language's tag.</param>
    /// <param name="key">The key.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns><see langword="true"/> when the language has an entry with the key.</returns>
    internal bool TryGetEntry(string language, string key, [MaybeNullWhen(false)] out MessageEntry entry)
    {
        entry = null;
        return _languages.TryGetValue(language, out var messages) && messages.Entries.TryGetValue(key, out entry);
    }

    /// <summary>Lists the entries of exactly one language.</summary>
    /// <param name="language">The language's tag.</param>
    /// <returns>The entries, none when the catalogue lacks the language.</returns>
    internal IEnumerable<MessageEntry> Entries(string language) =>
        _languages.TryGetValue(language, out var messages) ? messages.Entries.Values : [];

    /// <summary>Tells whether the entries of a language have been read: the built-in catalogue reads a translation on its first use.</summary>
    /// <param name="language">The language's tag.</param>
    /// <returns><see langword="true"/> when they have, or the catalogue lacks the language.</returns>
    internal bool IsRead(string language) => !_languages.TryGetValue(language, out var messages) || messages.IsRead;

    private static bool IsEnglish(string language) => string.Equals(language, English, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the built-in catalogue: English at once, as every language falls back to it; every other language when first
    /// asked for, checked against the English then, so that a run in one language does not read the other languages' files.
    /// </summary>
    /// <returns>The catalogue.</returns>
    internal static MessageCatalog LoadBuiltIn()
    {
        var assembly = typeof(MessageCatalog).Assembly;
        var englishFile = English + MessageFile.Extension;
        var english = Checked(englishFile, MessageFile.Parse(ReadResource(assembly, englishFile), englishFile), existing: null, english: null);
        var languages = new Dictionary<string, MessageLanguage>(StringComparer.OrdinalIgnoreCase) { [English] = new MessageLanguage(English, english) };
        foreach (var name in assembly.GetManifestResourceNames().Where(static name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var file = name[ResourcePrefix.Length..];
            var language = MessageFile.LanguageOf(file);
            if (!languages.ContainsKey(language))
            {
                languages.Add(language, new MessageLanguage(language, () => Checked(file, MessageFile.Parse(ReadResource(assembly, file), file), existing: null, english)));
            }
        }

        return new MessageCatalog(languages.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static byte[] ReadResource(System.Reflection.Assembly assembly, string file)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new MessageCatalogException(ResourcePrefix + file, null, "the package holds no such file.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static MessageCatalog Build(IReadOnlyDictionary<string, MessageLanguage> languages, IReadOnlyList<(string Language, string Source, IReadOnlyList<MessageEntry> Entries)> files)
    {
        var merged = languages.ToDictionary(static pair => pair.Key, static pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        var sources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // English first: it decides the placeholders of the keys the other files translate.
        foreach (var (language, source, entries) in files.OrderBy(static file => IsEnglish(file.Language) ? 0 : 1))
        {
            if (!sources.TryAdd(language, source))
            {
                throw new MessageCatalogException(source, null, $"it holds the messages of '{language}', as {sources[language]} does; keep one file per language.");
            }

            var tag = merged.TryGetValue(language, out var existing) ? existing.Tag : language;
            var english = IsEnglish(language) ? null : merged.GetValueOrDefault(English)?.Entries
                ?? throw new MessageCatalogException(ResourcePrefix + English + MessageFile.Extension, null, "there are no English messages, which every language falls back to.");
            merged[tag] = new MessageLanguage(tag, Checked(source, entries, existing?.Entries, english));
        }

        return new MessageCatalog(merged.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Lays a file's entries over a language's, checking a translation against the English: every key must have an
    /// English entry, and name the same placeholders.
    /// </summary>
    /// <param name="source">The file, named in an error.</param>
    /// <param name="entries">The file's entries.</param>
    /// <param name="existing">The language's entries before, or <see langword="null"/>.</param>
    /// <param name="english">The English entries; <see langword="null"/> when the file is the English one.</param>
    /// <returns>The language's entries.</returns>
    /// <exception cref="MessageCatalogException">The file breaks a rule.</exception>
    private static FrozenDictionary<string, MessageEntry> Checked(string source, IReadOnlyList<MessageEntry> entries, IReadOnlyDictionary<string, MessageEntry>? existing, FrozenDictionary<string, MessageEntry>? english)
    {
        var target = existing?.ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, MessageEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            // A translation's key needs an English entry; an English file may add keys, but not change the placeholders the translations name.
            MessageEntry? reference = null;
            if (english is not null && !english.TryGetValue(entry.Key, out reference))
            {
                throw new MessageCatalogException(source, entry.Line, $"the key '{entry.Key}' has no English entry, which every language falls back to; add it to en.txt.");
            }

            if ((reference ?? existing?.GetValueOrDefault(entry.Key)) is { } model && !model.Template.Placeholders.SequenceEqual(entry.Template.Placeholders))
            {
                throw new MessageCatalogException(source, entry.Line, $"the entry '{entry.Key}' names {Describe(entry.Template)}, but the English names {Describe(model.Template)}; write the same placeholders.");
            }

            target[entry.Key] = entry;
        }

        return target.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Describe(MessageTemplate template) =>
        template.Placeholders.Count == 0 ? "no placeholder" : string.Join(", ", template.Placeholders.Select(static index => string.Create(CultureInfo.InvariantCulture, $"{{{index}}}")));

    private MessageLanguage[] Chain(CultureInfo culture)
    {
        if (_chains.TryGetValue(culture.Name, out var chain))
        {
            return chain;
        }

        var languages = CultureFallback.Names(culture).Select(name => _languages.GetValueOrDefault(name)).OfType<MessageLanguage>().Append(_english);
        chain = [.. languages.Distinct()];
        if (_chains.Count < MaxCachedCultures)
        {
            _chains.TryAdd(culture.Name, chain);
        }

        return chain;
    }
}
