using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>A rule over the strings of one role, each checked on its own: a format, or a reference that must resolve.</summary>
internal abstract class FormatRule : ValueRule
{
    /// <summary>Gets the role of the strings the rule checks.</summary>
    protected abstract ValueRole Role { get; }

    /// <inheritdoc/>
    internal sealed override bool Handles(ValueRole role) => role == Role;

    /// <inheritdoc/>
    internal sealed override void CheckValue(ValueRole role, string value, JsonPointerBuilder path, ContentRuleContext context)
    {
        if (!IsValid(value, context))
        {
            context.ReportBuiltIn(path.ToString(), Code, ValidationMessages.Display(value));
        }
    }

    /// <summary>Checks one string.</summary>
    /// <param name="value">The string.</param>
    /// <param name="context">The context, for rules that look up the document.</param>
    /// <returns><see langword="true"/> when the string is valid.</returns>
    protected abstract bool IsValid(string value, ContentRuleContext context);
}
