using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.DuplicateId"/>: the organisations, people, articles, events and speeches of
/// a document have ids unique among them all; the second of two is reported, naming where the first stands.
/// </summary>
internal sealed class UniqueIdsRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.DuplicateId;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
        for (var i = 0; i < document.Organisations.Count; i++)
        {
            Declare(document.Organisations[i].Id, new Location(null, "/organisations", i));
        }

        for (var i = 0; i < document.People.Count; i++)
        {
            Declare(document.People[i].Id, new Location(null, "/people", i));
        }

        foreach (var location in ArticleLocation.Of(document))
        {
            var article = location.Article;
            Declare(article.Id, new Location(location, string.Empty, -1));
            if (article.Event is { } happening)
            {
                Declare(happening.Id, new Location(location, "/event", -1));
            }

            for (var i = 0; i < article.Speeches.Count; i++)
            {
                if (article.Speeches[i].Id is { } id)
                {
                    Declare(id, new Location(location, "/speeches", i));
                }
            }
        }

        void Declare(string id, Location location)
        {
            if (!seen.TryAdd(id, location))
            {
                context.ReportBuiltIn(location.Pointer + "/id", Code, ValidationMessages.Display(id), seen[id].Pointer);
            }
        }
    }

    /// <summary>Where an entity stands: a list and an index, or an object; its pointer is written only for a finding.</summary>
    /// <param name="Article">The article the entity stands in, or <see langword="null"/> for the root.</param>
    /// <param name="Member">The pointer of the list or the entity from the article or the root.</param>
    /// <param name="Index">The index in the list, or -1.</param>
    private readonly record struct Location(ArticleLocation? Article, string Member, int Index)
    {
        public string Pointer
        {
            get
            {
                var parent = Article is { } article ? article.Pointer + Member : Member;
                return Index < 0 ? parent : JsonPointer.Append(parent, Index);
            }
        }
    }
}
