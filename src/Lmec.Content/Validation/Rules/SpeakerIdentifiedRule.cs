using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.SpeakerNotIdentified"/>: a speech names its speaker (<c>speakerId</c>) or describes them
/// (<c>speakerDescription</c>: <c>a representative of Myanmar</c>).
/// </summary>
internal sealed class SpeakerIdentifiedRule : ContentRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.SpeakerNotIdentified;

    /// <inheritdoc/>
    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        foreach (var location in ArticleLocation.Of(document))
        {
            var speeches = location.Article.Speeches;
            for (var i = 0; i < speeches.Count; i++)
            {
                if (speeches[i] is { SpeakerId: null, SpeakerDescription: null })
                {
                    context.ReportBuiltIn(JsonPointer.Append(location.Pointer + "/speeches", i), Code);
                }
            }
        }
    }
}
