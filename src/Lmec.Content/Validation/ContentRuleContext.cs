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
    private readonly ValidationFindings _findings;
    private Dictionary<string, Organisation>? _organisations;
    private Dictionary<string, Person>? _people;

    /// <summary>Initialises the context of one validation.</summary>
    /// <param name="document">The document.</param>
    /// <param name="findings">Where findings go.</param>
    internal ContentRuleContext(ContentDocument document, ValidationFindings findings)
    {
        Document = document;
        _findings = findings;
    }

    /// <summary>Gets the document being validated.</summary>
    public ContentDocument Document { get; }

    /// <summary>Gets the culture to write messages in; see <see cref="Format"/>.</summary>
    public CultureInfo Culture => _findings.Culture;

    /// <summary>Gets whether the validation has reached its limit of findings, so that rules need look no further.</summary>
    internal bool IsFull => _findings.IsFull;

    /// <summary>Gets or sets the rule being run, whose code and severity reports take.</summary>
    internal ContentRule? Rule { get; set; }

    /// <summary>Finds an organisation the document declares; where two share an id, the first.</summary>
    /// <param name="id">The id.</param>
    /// <param name="organisation">The organisation, when found.</param>
    /// <returns><see langword="true"/> when the document declares it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetOrganisation(string id, [MaybeNullWhen(false)] out Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(id);
        _organisations ??= Index(Document.Organisations, static organisation => organisation.Id);
        return _organisations.TryGetValue(id, out organisation);
    }

    /// <summary>Finds a person the document declares; where two share an id, the first.</summary>
    /// <param name="id">The id.</param>
    /// <param name="person">The person, when found.</param>
    /// <returns><see langword="true"/> when the document declares them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetPerson(string id, [MaybeNullWhen(false)] out Person person)
    {
        ArgumentNullException.ThrowIfNull(id);
        _people ??= Index(Document.People, static person => person.Id);
        return _people.TryGetValue(id, out person);
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
    public string Format(string key, params object?[] arguments) => _findings.Format(key, arguments);

    /// <summary>Reports a finding of the rule being run, with its code and severity.</summary>
    /// <param name="path">Where, as an RFC 6901 JSON Pointer with wire names, such as <c>/articles/0/headline</c>; the empty string is the whole document.</param>
    /// <param name="message">What is wrong and what to do, in the language of <see cref="Culture"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No rule is being run, as when the context is used after its rule returned.</exception>
    public void Report(string path, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        var rule = Rule ?? throw new InvalidOperationException("Report findings only while the rule runs.");
        _findings.Add(new ValidationError { Code = rule.Code, Severity = rule.DefaultSeverity, Path = path, Message = message });
    }

    /// <summary>Reports a finding of a built-in rule with its message.</summary>
    /// <param name="path">Where.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="arguments">The message's values.</param>
    internal void ReportBuiltIn(string path, string messageKey, params object?[] arguments) =>
        Report(path, _findings.Format(messageKey, arguments));

    /// <summary>Reports that a rule threw, as <see cref="ValidationCodes.RuleFailed"/> at the root.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="exception">What it threw.</param>
    internal void ReportFailure(ContentRule rule, Exception exception) =>
        _findings.Add(ValidationCodes.RuleFailed, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.RuleFailed, $"{rule.GetType().Name} ({rule.Code})", exception.Message);

    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> entities, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(entities.Count, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity is not null && id(entity) is { } key)
            {
                index.TryAdd(key, entity);
            }
        }

        return index;
    }
}
