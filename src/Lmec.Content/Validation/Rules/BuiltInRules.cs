namespace Lmec.Content.Validation.Rules;

/// <summary>The built-in rules, one instance of each, in the order they run.</summary>
internal static class BuiltInRules
{
    /// <summary>Gets every built-in rule.</summary>
    internal static IReadOnlyList<ContentRule> All { get; } =
    [
        new SchemaVersionRule(),
        new UniqueIdsRule(),
        new DuplicateListItemRule(),
        new ValueTooLongRule(),
        new ParentCycleRule(),
        new EventDatesRule(),
        new EventAfterIssueRule(),
        new IssueYearRule(),
        new RecommendationOrdinalsRule(),
        new OrganisationReferenceRule(),
        new PersonReferenceRule(),
        new PrimaryLanguageRule(),
        new LanguageTagRule(),
        new CountryCodeRule(),
        new EmailRule(),
        new PhoneNumberRule(),
        new UrlRule(),
        new BlankTextRule(),
        new IdFormatRule(),
        new SuspiciousCharacterRule(),
        new HtmlInTextRule(),
    ];
}
