using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Lmec.Content.Model;

namespace Lmec.Content.Validation;

/// <summary>
/// What a <see cref="ContentRule"/> is given besides the document: the culture of messages, lookups of
/// the organisations and people the document declares, and where to report findings.
/// </summary>
public sealed class ContentRuleContext
{
    private readonly RuleRun _run;
    private readonly ContentRule _rule;

    /// <summary>Initialises the context of one rule in one validation.</summary>
    /// <param name="run">What the rules of the validation share: the document, its lookups and where findings go.</param>
    /// <param name="rule">The rule whose code and severity its reports take.</param>
    internal ContentRuleContext(RuleRun run, ContentRule rule)
    {
        _run = run;
        _rule = rule;
    }

    /// <summary>Gets the document being validated.</summary>
    public ContentDocument Document => _run.Document;

    /// <summary>Gets the culture to write messages in; see <see cref="Format"/>.</summary>
    public CultureInfo Culture => _run.Findings.Culture;

    /// <summary>Gets what the rules of the validation share.</summary>
    internal RuleRun Run => _run;

    /// <summary>Finds an organisation the document declares; where two share an id, the first.</summary>
    /// <param name="id">The id.</param>
    /// <param name="organisation">The organisation, when found.</param>
    /// <returns><see langword="true"/> when the document declares it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetOrganisation(string id, [MaybeNullWhen(false)] out Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _run.Ids.TryGetOrganisation(id, out organisation);
    }

    /// <summary>Finds a person the document declares; where two share an id, the first.</summary>
    /// <param name="id">The id.</param>
    /// <param name="person">The person, when found.</param>
    /// <returns><see langword="true"/> when the document declares them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetPerson(string id, [MaybeNullWhen(false)] out Person person)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _run.Ids.TryGetPerson(id, out person);
    }

    /// <summary>
    /// Writes a message of the validation's catalogue (<see cref="LmecContentOptions.Messages"/>) in the language
    /// of <see cref="Culture"/>, falling back to English: a rule's own messages are entries of message files
    /// loaded into that catalogue, keyed by the rule's code, such as <c>ACME001 = Too many speeches: {0}.</c>.
    /// </summary>
    /// <param name="key">The message key: the rule's code, or its code and a variant such as <c>ACME001.short</c>.</param>
    /// <param name="arguments">The values for the placeholders <c>{0}</c>, <c>{1}</c> …, formatted in the invariant culture.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The catalogue has no entry with the key, not even in English.</exception>
    public string Format(string key, params object?[] arguments) => _run.Findings.Format(key, arguments);

    /// <summary>Reports a finding of the rule being run, with its code and severity.</summary>
    /// <param name="path">Where, as an RFC 6901 JSON Pointer with wire names, such as <c>/articles/0/headline</c>; the empty string is the whole document.</param>
    /// <param name="message">What is wrong and what to do, in the language of <see cref="Culture"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No rule is being run, as when the context is used after its rule returned.</exception>
    public void Report(string path, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        _run.Findings.Add(new ValidationError { Code = _rule.Code, Severity = _rule.DefaultSeverity, Path = path, Message = message });
    }

    /// <summary>Reports a finding of a built-in rule with its message.</summary>
    /// <param name="path">Where.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="arguments">The message's values.</param>
    internal void ReportBuiltIn(string path, string messageKey, params object?[] arguments) => _run.Report(_rule, path, messageKey, arguments);

    /// <summary>Reports that the rule threw, as <see cref="ValidationCodes.RuleFailed"/> at the root.</summary>
    /// <param name="exception">What it threw.</param>
    internal void ReportFailure(Exception exception) => _run.ReportFailure(_rule, exception);
}
