using System.Globalization;
using Lmec.Content.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// Chooses the language of a request's messages: the first language of <c>Accept-Language</c>, by quality, that the
/// message catalogue has (itself or a parent: <c>zh-CN</c> gives <c>zh-Hans</c>, <c>km-KH</c> gives <c>km</c>); else the
/// language of <see cref="LmecContentOptions.Culture"/> when it is set; else English, the catalogue's first language.
/// </summary>
internal static class RequestLanguage
{
    // The header comes from the client: only its first ranges are looked at, so a long list costs bounded time.
    private const int MaxRanges = 16;

    /// <summary>Chooses the language of a request's messages.</summary>
    /// <param name="request">The request.</param>
    /// <param name="messages">The catalogue.</param>
    /// <param name="fallback">The culture of the options, or <see langword="null"/>.</param>
    /// <returns>The tag of one of the catalogue's languages.</returns>
    internal static string Choose(HttpRequest request, MessageCatalog messages, CultureInfo? fallback)
    {
        if (StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var ranges))
        {
            var preferred = ranges.Take(MaxRanges)
                .Select(static (range, index) => (Tag: range.Value.Value, Quality: range.Quality ?? 1, Index: index))
                .Where(static range => range.Quality > 0 && range.Tag is { Length: > 0 } && range.Tag != "*")
                .OrderByDescending(static range => range.Quality)
                .ThenBy(static range => range.Index);
            foreach (var (tag, _, _) in preferred)
            {
                if (Find(messages, tag!) is { } language)
                {
                    return language;
                }
            }
        }

        return (fallback is null ? null : messages.FindLanguage(fallback)) ?? messages.Languages[0];
    }

    private static string? Find(MessageCatalog messages, string tag)
    {
        try
        {
            return messages.FindLanguage(CultureInfo.GetCultureInfo(tag));
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
