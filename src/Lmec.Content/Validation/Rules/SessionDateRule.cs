using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SessionOutsideEvent"/> (a warning): a session's date lies within the days of its event.
/// </summary>
internal sealed class SessionDateRule : EventDayRule<EventSession>
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.SessionOutsideEvent;

    /// <inheritdoc/>
    protected override string ListPath => "/event/sessions";

    /// <inheritdoc/>
    protected override IReadOnlyList<EventSession> ItemsOf(Article article) => article.Event!.Sessions;

    /// <inheritdoc/>
    protected override DateOnly? DateOf(EventSession item) => item.Date;
}
