using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Documentation.Tests.Samples;

#region custom-rule
/// <summary>A partner's own rule: headlines of at most 120 characters.</summary>
public sealed class HeadlineLengthRule : ContentRule
{
    public override string Code => "PARTNER001";

    public override void Check(ContentDocument document, ContentRuleContext context)
    {
        if (document is not NewsletterIssue issue)
        {
            return;
        }

        for (var i = 0; i < issue.Articles.Count; i++)
        {
            foreach (var (language, headline) in issue.Articles[i].Headline)
            {
                if (headline.Length > 120)
                {
                    // The message is the entry PARTNER001 of the rule's message files, in the validation's language.
                    context.Report($"/articles/{i}/headline", context.Format(Code, language));
                }
            }
        }
    }
}
#endregion
