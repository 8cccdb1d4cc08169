using System.Collections.Frozen;

namespace Lmec.Content.Localization;

/// <summary>The messages of one language of a <see cref="MessageCatalog"/>.</summary>
/// <param name="Tag">The BCP 47 tag, as the first file of the language spelt it, such as <c>zh-Hans</c>.</param>
/// <param name="Entries">The entries by key.</param>
internal sealed record MessageLanguage(string Tag, FrozenDictionary<string, MessageEntry> Entries);
