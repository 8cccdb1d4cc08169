using System.Globalization;
using System.Text;
using Lmec.Content.Model;

namespace Lmec.Content.Interop;

/// <summary>
/// Writes an article as plain text in the document's language, for formats that carry a body rather
/// than structure: its body paragraphs, what the event was about, each speech with its speaker and
/// numbered points, the event's conclusions and the recommendations.
/// </summary>
internal static class ArticleText
{
    private const string ParagraphSeparator = "\n\n";

    /// <summary>Writes the text of an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="index">The document the article belongs to.</param>
    /// <returns>Paragraphs separated by a blank line, or <see langword="null"/> when the article has nothing to say beyond its headline and summary.</returns>
    public static string? Write(Article article, DocumentIndex index)
    {
        var paragraphs = new List<string>();
        paragraphs.AddRange(article.Body.Select(index.Text).OfType<string>());
        if (index.Text(article.Event?.Summary) is { } eventSummary)
        {
            paragraphs.Add(eventSummary);
        }

        paragraphs.AddRange(article.Speeches.Select(speech => Speech(speech, index)));
        if (article.Event?.Outcome is { } outcome)
        {
            paragraphs.AddRange(outcome.Conclusions.Select(index.Text).OfType<string>());
            if (outcome.Aspirations.Count > 0)
            {
                paragraphs.Add(string.Join('\n', outcome.Aspirations.Select(aspiration => "- " + index.Text(aspiration))));
            }
        }

        if (article.Recommendations.Count > 0)
        {
            paragraphs.Add(string.Join('\n', article.Recommendations.Select(recommendation =>
                recommendation.Ordinal.ToString(CultureInfo.InvariantCulture) + ". " + index.Text(recommendation.Text))));
        }

        return paragraphs.Count > 0 ? string.Join(ParagraphSeparator, paragraphs) : null;
    }

    private static string Speech(Speech speech, DocumentIndex index)
    {
        var text = new StringBuilder(speech.SpeakerId is { } speaker ? index.PersonName(speaker) : index.Text(speech.SpeakerDescription));
        var capacity = string.Join(", ", new[] { index.Text(speech.Position), speech.OrganisationId is { } organisation ? index.OrganisationName(organisation) : null }.OfType<string>());
        if (capacity.Length > 0)
        {
            text.Append(" (").Append(capacity).Append(')');
        }

        if (index.Text(speech.Summary) is { } summary)
        {
            text.Append(": ").Append(summary);
        }

        AppendPoints(text, speech.Points, index, depth: 0);
        return text.ToString();
    }

    private static void AppendPoints(StringBuilder text, IReadOnlyList<SpeechPoint> points, DocumentIndex index, int depth)
    {
        foreach (var point in points)
        {
            text.Append('\n').Append(' ', depth * 2)
                .Append(point.Ordinal is { } ordinal ? ordinal.ToString(CultureInfo.InvariantCulture) + "." : "-")
                .Append(' ').Append(index.Text(point.Text));
            AppendPoints(text, point.Items, index, depth + 1);
        }
    }
}
