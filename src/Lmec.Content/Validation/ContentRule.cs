using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>
/// A semantic rule: a check over a document that has been read into the model, which a schema cannot
/// say, such as that references resolve. The built-in rules have the codes <c>LMEC2xx</c>; a partner
/// adds a rule of their own through <see cref="LmecContentOptions.Rules"/>.
/// </summary>
/// <remarks>
/// One instance serves every validation, on many threads at once: keep no state between calls. A rule
/// reports findings through <see cref="ContentRuleContext.Report(string, string)"/>; an exception it
/// throws becomes the finding <see cref="ValidationCodes.RuleFailed"/>, never an exception of validation.
/// </remarks>
public abstract class ContentRule
{
    /// <summary>Gets the stable code of the rule's findings, such as <c>ACME001</c>; partners' codes must not start with <c>LMEC</c>.</summary>
    public abstract string Code { get; }

    /// <summary>Gets the severity of the rule's findings unless <see cref="LmecContentOptions.SetSeverity"/> changes it.</summary>
    /// <value>The default value is <see cref="ValidationSeverity.Error"/>.</value>
    public virtual ValidationSeverity DefaultSeverity => ValidationSeverity.Error;

    /// <summary>Checks a document.</summary>
    /// <param name="document">The document; its required members are set, as structure validation has checked.</param>
    /// <param name="context">Where to report findings, and what the rule may want to know about the document.</param>
    public abstract void Check(ContentDocument document, ContentRuleContext context);
}
