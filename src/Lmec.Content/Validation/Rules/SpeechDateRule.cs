using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SpeechOutsideEvent"/> (a warning): a speech's date lies within the days of the event its
/// article reports.
/// </summary>
internal sealed class SpeechDateRule : EventDayRule<Speech>
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.SpeechOutsideEvent;

    /// <inheritdoc/>
    protected override string ListPath => "/speeches";

    /// <inheritdoc/>
    protected override IReadOnlyList<Speech> ItemsOf(Article article) => article.Speeches;

    /// <inheritdoc/>
    protected override DateOnly? DateOf(Speech item) => item.Date;
}
