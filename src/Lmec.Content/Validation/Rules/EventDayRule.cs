using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// A warning over the items of an article that have a day of their own, such as speeches and sessions: each item's
/// date lies within the days of the event the article reports. A warning, as an event's eve (a reception, a
/// preparatory session) is sometimes reported with the event.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
internal abstract class EventDayRule<T> : ContentRule
{
    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <summary>Gets the pointer of the list below its article's, such as <c>/speeches</c>.</summary>
    protected abstract string ListPath { get; }

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            if (location.Article.Event is not { } happening)
            {
                continue;
            }

            var items = ItemsOf(location.Article);
            for (var i = 0; i < items.Count; i++)
            {
                if (DateOf(items[i]) is { } date && EventDays.IsOutside(happening, date))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + ListPath, i) + "/date", Code, EventDays.Arguments(happening, date));
                }
            }
        }
    }

    /// <summary>Gets the article's list.</summary>
    /// <param name="article">An article that reports an event.</param>
    /// <returns>The list; empty when the article has none.</returns>
    protected abstract IReadOnlyList<T> ItemsOf(Article article);

    /// <summary>Gets an item's date.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The date, or <see langword="null"/> when it has none.</returns>
    protected abstract DateOnly? DateOf(T item);
}
