using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.RelatedEventNotIdentified"/>: a related event refers to another event of the document
/// (<c>eventId</c>, which <see cref="ReferenceRule"/> resolves) or names the event (<c>name</c>); an event is not
/// related to itself.
/// </summary>
internal sealed class RelatedEventRule : EventItemRule<EventRelation>
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.RelatedEventNotIdentified;

    /// <inheritdoc/>
    protected override string ListName => "relatedEvents";

    /// <inheritdoc/>
    protected override IReadOnlyList<EventRelation> ItemsOf(Event happening) => happening.RelatedEvents;

    /// <inheritdoc/>
    protected override bool IsBroken(Event happening, EventRelation item) =>
        item.EventId is null ? item.Name is null : string.Equals(item.EventId, happening.Id, StringComparison.Ordinal);
}
