using System.Globalization;
using Lmec.Content.Localization;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content;

/// <summary>
/// How documents are read and validated: the reading mode, the limits, the language and catalogue of messages, and
/// the rules — partners' own rules added, a rule's severity changed, a rule switched off by its code.
/// A validator takes a snapshot of the options when it is made; changing them afterwards does not
/// change it.
/// </summary>
public sealed class LmecContentOptions
{
    private readonly Dictionary<string, ValidationSeverity> _severities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabledRules = new(StringComparer.Ordinal);

    /// <summary>Gets or sets how strictly documents are read.</summary>
    /// <value>
    /// The default value is <see cref="ContentReadMode.Strict"/>: a member the model does not define is an
    /// error. <see cref="ContentReadMode.Lenient"/> reports it as a warning and keeps it.
    /// </value>
    public ContentReadMode ReadMode { get; set; } = ContentReadMode.Strict;

    /// <summary>Gets or sets the limits on size, depth, string and array length.</summary>
    /// <value>The default value is <see cref="ContentLimits"/> with its defaults. Never <see langword="null"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public ContentLimits Limits
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    } = new();

    /// <summary>
    /// Gets or sets the culture whose language messages are written in: its own, else its parents', else
    /// English, as <see cref="MessageCatalog.Format"/> looks them up in <see cref="Messages"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the current UI culture at the time of each validation.</value>
    public CultureInfo? Culture { get; set; }

    /// <summary>
    /// Gets or sets the catalogue messages come from: the built-in one, or one with a partner's corrected or
    /// added message files loaded at run time (<see cref="MessageCatalog.Load"/>), such as the messages of
    /// the partner's own rules, which write them with <see cref="ContentRuleContext.Format"/>.
    /// </summary>
    /// <value>The default value is <see cref="MessageCatalog.Default"/>. Never <see langword="null"/>.</value>
    /// <exception cref="ArgumentNullException">The value set is <see langword="null"/>.</exception>
    public MessageCatalog Messages
    {
        get => field ??= MessageCatalog.Default;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Gets the rules to run after the built-in rules, such as a partner's own; each must have its own code, not starting with <c>LMEC</c>.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    public IList<ContentRule> Rules { get; } = [];

    /// <summary>
    /// Gets the extensions whose content a document may carry under <c>extensions</c>, keyed by each one's URI; validation
    /// checks that content with the extension. Content under a URI no extension here has is an error in strict reading and
    /// a warning in lenient reading; either way it is kept.
    /// </summary>
    public IList<ContentExtension> Extensions { get; } = [];

    /// <summary>Gets the severities set with <see cref="SetSeverity"/>, by code.</summary>
    public IReadOnlyDictionary<string, ValidationSeverity> Severities => _severities;

    /// <summary>Gets the codes switched off with <see cref="DisableRule"/>.</summary>
    public IReadOnlySet<string> DisabledRules => _disabledRules;

    /// <summary>
    /// Raises or lowers the severity of every finding with a code, such as making <c>LMEC206</c> a warning.
    /// The codes of the reading layers (<c>LMEC0xx</c>, <c>LMEC1xx</c>, <c>LMEC9xx</c>) and
    /// <see cref="ValidationCodes.NonAsciiDigits"/> cannot be changed (<see cref="ValidationCodes.IsReadingCode"/>):
    /// a document that cannot be read is never valid.
    /// </summary>
    /// <param name="code">The code of a rule (<c>LMEC2xx</c>), of the schema layer (<c>LMEC3xx</c>) or of a partner's rule.</param>
    /// <param name="severity">The severity to report it with.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or a code of the reading layers, or <paramref name="severity"/> is not defined.</exception>
    public LmecContentOptions SetSeverity(string code, ValidationSeverity severity)
    {
        ThrowIfNotRuleCode(code);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentException($"Unknown severity {severity}.", nameof(severity));
        }

        _severities[code] = severity;
        return this;
    }

    /// <summary>Switches off every finding with a code; a rule with that code is not run at all. The codes of <see cref="ValidationCodes.IsReadingCode"/> cannot be switched off.</summary>
    /// <param name="code">The code of a rule (<c>LMEC2xx</c>), of the schema layer (<c>LMEC3xx</c>) or of a partner's rule.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank or a code of the reading layers.</exception>
    public LmecContentOptions DisableRule(string code)
    {
        ThrowIfNotRuleCode(code);
        _disabledRules.Add(code);
        return this;
    }

    /// <summary>
    /// Returns a copy of these options that can be changed without changing them, such as the same options read
    /// leniently or written in another language: the limits, the list of rules, the severities and the codes
    /// switched off are copied; the rules and the message catalogue are shared, as they are immutable.
    /// </summary>
    /// <returns>The copy.</returns>
    public LmecContentOptions Clone()
    {
        var copy = new LmecContentOptions { ReadMode = ReadMode, Limits = Limits.Clone(), Culture = Culture, Messages = Messages };
        foreach (var rule in Rules)
        {
            copy.Rules.Add(rule);
        }

        foreach (var (code, severity) in _severities)
        {
            copy._severities[code] = severity;
        }

        copy._disabledRules.UnionWith(_disabledRules);
        return copy;
    }

    /// <summary>Checks that the options can be used, as a validator does when it is made.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit or the reading mode is out of its range.</exception>
    /// <exception cref="ArgumentException">A rule is <see langword="null"/>, has a blank code, a code starting with <c>LMEC</c>, or the code of another rule; or an extension is <see langword="null"/> or has the URI of another.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(ReadMode))
        {
            throw new ArgumentOutOfRangeException(nameof(ReadMode), ReadMode, "Unknown reading mode.");
        }

        Limits.ThrowIfInvalid();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            if (rule is null)
            {
                throw new ArgumentException("The list of rules holds null.", nameof(Rules));
            }

            var code = rule.Code;
            if (string.IsNullOrWhiteSpace(code) || code.StartsWith("LMEC", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} has the code '{code}'; a partner's rule needs a code of its own that does not start with LMEC, such as ACME001.", nameof(Rules));
            }

            if (!codes.Add(code))
            {
                throw new ArgumentException($"Two rules have the code '{code}'; every rule needs its own code.", nameof(Rules));
            }
        }

        var extensions = new HashSet<Uri>();
        foreach (var extension in Extensions)
        {
            if (extension is null)
            {
                throw new ArgumentException("The list of extensions holds null.", nameof(Extensions));
            }

            if (!extensions.Add(extension.Id))
            {
                throw new ArgumentException($"Two extensions have the URI '{extension.Id}'; register each once.", nameof(Extensions));
            }
        }
    }

    private static void ThrowIfNotRuleCode(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (ValidationCodes.IsReadingCode(code))
        {
            throw new ArgumentException($"The code {code} belongs to the reading layers; its severity cannot be changed and it cannot be switched off.", nameof(code));
        }
    }
}
