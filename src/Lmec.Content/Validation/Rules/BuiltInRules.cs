using Lmec.Content.Contract;

namespace Lmec.Content.Validation.Rules;

/// <summary>The built-in rules, one instance of each, in the order they run.</summary>
internal static class BuiltInRules
{
    /// <summary>Gets every built-in rule.</summary>
    internal static IReadOnlyList<ContentRule> All { get; } =
    [
        new UniqueIdsRule(),
        new DuplicateListItemRule(),
        new ValueTooLongRule(),
        new ParentCycleRule(),
        new EventDatesRule(),
        new EventDaysRule(),
        new PersonRoleRule(),
        new RelatedEventRule(),
        new EventAfterIssueRule(),
        new IssueYearRule(),
        new FarYearRule(),
        new RecommendationOrdinalsRule(),
        new PersonWithoutNameRule(),
        new NameOrderRule(),
        new EmptyAffiliationRule(),
        new SpeakerIdentifiedRule(),
        new EmptyRepresentationRule(),
        new SpeechDateRule(),
        new SessionDateRule(),
        new PublicationTimeRule(),
        new ContributorIdentifiedRule(),
        new TranslationRule(),
        ReferenceRule.Organisations,
        ReferenceRule.People,
        ReferenceRule.Documents,
        ReferenceRule.Projects,
        ReferenceRule.Media,
        ReferenceRule.Events,
        new PrimaryLanguageRule(),
        new FormatRule(ValueCategory.SchemaVersion),
        new FormatRule(ValueCategory.LanguageTag),
        new FormatRule(ValueCategory.CountryCode),
        new FormatRule(ValueCategory.Email),
        new FormatRule(ValueCategory.PhoneNumber),
        new NonAsciiDigitsRule(),
        new FormatRule(ValueCategory.WebLink),
        new FormatRule(ValueCategory.UtcOffset),
        new FormatRule(ValueCategory.Duration),
        new IntegerRangeRule(),
        new BlankTextRule(),
        new IdFormatRule(),
        new SuspiciousCharacterRule(),
        new NotNormalizedRule(),
        new ZawgyiTextRule(),
        new HtmlInTextRule(),
    ];
}
