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
        var repeats = context.Run.Ids.Repeats;
        for (var i = 0; i < repeats.Count; i++)
        {
            var (id, repeat, first) = repeats[i];
            context.ReportBuiltIn(repeat.Pointer + "/id", Code, ValidationMessages.Display(id), first.Pointer);
        }
    }
}
