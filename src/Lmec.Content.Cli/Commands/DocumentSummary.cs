using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Cli.Commands;

/// <summary>Writes a human-readable summary of a document in its primary language.</summary>
internal static class DocumentSummary
{
    /// <summary>Writes the summary.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The document.</param>
    public static void Write(TextWriter output, ContentDocument document)
    {
        var language = document.Language;
        var organisations = document.Organisations.ToDictionary(static organisation => organisation.Id, StringComparer.Ordinal);
        var people = document.People.ToDictionary(static person => person.Id, StringComparer.Ordinal);
        string OrganisationName(string? id) =>
            id is not null && organisations.TryGetValue(id, out var organisation)
                ? organisation.Name.Resolve(language) + (organisation.Abbreviation is { } abbreviation ? $" ({abbreviation})" : string.Empty)
                : id ?? "?";
        string PersonName(string id) => people.TryGetValue(id, out var person) ? person.Name.Format(language) : id;

        switch (document)
        {
            case NewsletterIssue issue:
                output.WriteLine(Invariant($"Newsletter issue {issue.Id}: {issue.Title.Resolve(language)}, Issue {issue.IssueNumber}, {issue.Year} ({issue.PublicationDate:yyyy-MM-dd})"));
                output.WriteLine($"Publisher: {OrganisationName(issue.PublisherId)}");
                output.WriteLine(Invariant($"Articles: {issue.Articles.Count}"));
                foreach (var article in issue.Articles)
                {
                    WriteArticle(output, article, language, OrganisationName, PersonName);
                }

                break;
            case ArticleDocument submission:
                output.WriteLine($"Article document, submitted by {OrganisationName(submission.SubmittedById)}");
                WriteArticle(output, submission.Article, language, OrganisationName, PersonName);
                break;
            case OrganisationDirectory directory:
                output.WriteLine($"Organisation directory {directory.Id}: {directory.Title.Resolve(language)}");
                foreach (var organisation in directory.Organisations)
                {
                    output.WriteLine($"  - {OrganisationName(organisation.Id)} [{string.Join(", ", organisation.CountryCodes)}]");
                }

                break;
        }

        output.WriteLine(Invariant($"Organisations: {document.Organisations.Count}, people: {document.People.Count}"));
    }

    private static void WriteArticle(TextWriter output, Article article, string language, Func<string?, string> organisationName, Func<string, string> personName)
    {
        output.WriteLine($"  * {article.Headline.Resolve(language)}");
        if (article.Event is { } happening)
        {
            var place = happening.Location is { } location ? $", {location.Locality?.Resolve(language)} ({location.CountryCode})" : string.Empty;
            output.WriteLine(Invariant($"    Event: {happening.Kind} on {happening.StartDate}{place}, {happening.Modality}"));
            foreach (var role in happening.OrganisationRoles)
            {
                output.WriteLine($"    {role.Role}: {string.Join("; ", role.OrganisationIds.Select(organisationName))}");
            }

            output.WriteLine(Invariant($"    Sessions: {happening.Sessions.Count}, participant groups: {happening.ParticipantGroups.Count}"));
        }

        foreach (var speech in article.Speeches)
        {
            // A part the speech does not state is left out, with its separator.
            var speaker = speech.SpeakerId is { } id ? personName(id) : speech.SpeakerDescription?.Resolve(language);
            var parts = new[] { speaker, speech.Position?.Resolve(language), speech.OrganisationId is null ? null : organisationName(speech.OrganisationId) }.Where(static part => !string.IsNullOrEmpty(part));
            output.WriteLine(Invariant($"    Speech ({speech.Kind}): {string.Join(", ", parts)}; {speech.Points.Count} points"));
        }

        output.WriteLine(Invariant($"    Recommendations: {article.Recommendations.Count}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
