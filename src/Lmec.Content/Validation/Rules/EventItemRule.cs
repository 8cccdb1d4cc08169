using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>A rule over the items of one list of each article's event, such as its people's roles: each item that breaks it is reported where it stands.</summary>
/// <typeparam name="T">The type of the items.</typeparam>
internal abstract class EventItemRule<T> : ContentRule
{
    /// <summary>Gets the wire name of the event's list.</summary>
    protected abstract string ListName { get; }

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            if (location.Article.Event is not { } happening)
            {
                continue;
            }

            var items = ItemsOf(happening);
            for (var index = 0; index < items.Count; index++)
            {
                if (IsBroken(happening, items[index]))
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/event/" + ListName, index), Code);
                }
            }
        }
    }

    /// <summary>Gets the event's list.</summary>
    /// <param name="happening">The event.</param>
    /// <returns>The list; empty when the event has none.</returns>
    protected abstract IReadOnlyList<T> ItemsOf(Event happening);

    /// <summary>Tells whether an item breaks the rule.</summary>
    /// <param name="happening">The event whose list holds the item.</param>
    /// <param name="item">The item.</param>
    /// <returns><see langword="true"/> to report it.</returns>
    protected abstract bool IsBroken(Event happening, T item);
}
