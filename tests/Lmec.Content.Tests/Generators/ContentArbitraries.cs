using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>
/// The FsCheck arbitraries of the content model, for
/// <c>[Property(Arbitrary = new[] { typeof(ContentArbitraries) })]</c>. They generate and do not shrink:
/// a generated document is already small at the small sizes FsCheck starts with.
/// </summary>
public static class ContentArbitraries
{
    /// <summary>Generates newsletter issues.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NewsletterIssue> NewsletterIssue() => DocumentGenerators.NewsletterIssue.ToArbitrary();

    /// <summary>Generates standalone articles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ArticleDocument> ArticleDocument() => DocumentGenerators.ArticleDocument.ToArbitrary();

    /// <summary>Generates organisation directories.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganisationDirectory> OrganisationDirectory() => DocumentGenerators.OrganisationDirectory.ToArbitrary();

    /// <summary>Generates documents of any kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ContentDocument> ContentDocument() => DocumentGenerators.AnyDocument.ToArbitrary();

    /// <summary>Generates multilingual text in one to three languages.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalizedText> LocalizedText() =>
        TextGenerators.LanguageTag.SelectMany(TextGenerators.Localized).ToArbitrary();

    /// <summary>Generates timestamps with offsets from around the world, UTC among them.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DateTimeOffset> Timestamp() => TimeGenerators.Timestamp.ToArbitrary();

    /// <summary>Generates sets of unknown members to add to a document.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<UnknownMemberPlan> UnknownMemberPlan() => UnknownMemberGenerators.Plan.ToArbitrary();
}
