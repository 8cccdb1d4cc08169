using System.Collections.Frozen;
using System.Globalization;
using Lmec.Content.Localization;
using Lmec.Content.Serialization;
using Lmec.Content.Validation.Rules;

namespace Lmec.Content.Validation;

/// <summary>An immutable snapshot of <see cref="LmecContentOptions"/>, taken when a validator is made, so that it is thread-safe.</summary>
internal sealed class ValidationSettings
{
    /// <summary>Initialises the snapshot.</summary>
    /// <param name="options">The options, already checked.</param>
    internal ValidationSettings(LmecContentOptions options)
    {
        Mode = options.ReadMode;
        Limits = options.Limits.Clone();
        Culture = options.Culture;
        Messages = options.Messages;
        Severities = options.Severities.ToFrozenDictionary(StringComparer.Ordinal);
        Disabled = options.DisabledRules.ToFrozenSet(StringComparer.Ordinal);
        PartnerRules = [.. options.Rules.Select(static rule => rule.Code)];
        Extensions = options.Extensions.ToFrozenDictionary(static extension => extension.Id.AbsoluteUri, StringComparer.Ordinal);
        var rules = BuiltInRules.All.Concat(options.Rules).Where(rule => !Disabled.Contains(rule.Code)).ToList();
        ValueRules = new ValueRuleSet(rules.OfType<ValueRule>());
        DocumentRules = [.. rules.Where(static rule => rule is not ValueRule)];
        ReportsFarYears = DocumentRules.Any(static rule => rule.Code == ValidationCodes.FarYear);
    }

    /// <summary>Gets the reading mode.</summary>
    internal ContentReadMode Mode { get; }

    /// <summary>Gets the limits.</summary>
    internal ContentLimits Limits { get; }

    /// <summary>Gets the culture of the messages, or <see langword="null"/> for the current UI culture at the time of each call.</summary>
    internal CultureInfo? Culture { get; }

    /// <summary>Gets the catalogue of the messages; immutable, so the options' instance is the snapshot.</summary>
    internal MessageCatalog Messages { get; }

    /// <summary>Gets the severities that replace the default severity of a code.</summary>
    internal FrozenDictionary<string, ValidationSeverity> Severities { get; }

    /// <summary>Gets the codes that are switched off.</summary>
    internal FrozenSet<string> Disabled { get; }

    /// <summary>Gets the registered extensions, by absolute URI.</summary>
    internal FrozenDictionary<string, ContentExtension> Extensions { get; }

    /// <summary>Gets the codes of the partners' own rules, as given.</summary>
    internal IReadOnlyList<string> PartnerRules { get; }

    /// <summary>Gets the built-in rules over strings and texts to run, without those switched off.</summary>
    internal ValueRuleSet ValueRules { get; }

    /// <summary>Gets the rules over the whole document to run, built-in rules first, without those switched off.</summary>
    internal ContentRule[] DocumentRules { get; }

    /// <summary>Gets whether <see cref="ValidationCodes.FarYear"/> runs, so that a far year is reported as the cause of what it breaks.</summary>
    internal bool ReportsFarYears { get; }
}
