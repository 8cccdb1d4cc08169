using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates the entities a root document declares besides organisations and people: documents, projects and media.</summary>
internal static class SharedEntityGenerators
{
    /// <summary>Generates the documents of a document, with ids <c>document-1</c>, <c>document-2</c>, ….</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<RelatedDocument[]> Documents(DocumentContext context) =>
        Gen.Choose(0, 3).SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), index => Document(context, $"document-{index}")));

    /// <summary>Generates the projects of a document, with ids <c>project-1</c>, <c>project-2</c>, ….</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<Project[]> Projects(DocumentContext context) =>
        Gen.Choose(0, 2).SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), index => Project(context, $"project-{index}")));

    /// <summary>Generates the media of a document, with ids <c>media-1</c>, <c>media-2</c>, ….</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<MediaObject[]> Media(DocumentContext context) =>
        Gen.Choose(0, 3).SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), index => MediaObject(context, $"media-{index}")));

    /// <summary>Generates a related document with every optional part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">Its id.</param>
    public static Gen<RelatedDocument> Document(DocumentContext context, string id) =>
        from kind in Gen.Elements(Enum.GetValues<RelatedDocumentKind>()).OptionalValue()
        from title in context.Text
        from date in TimeGenerators.PartialDate.OptionalValue()
        from issuerIds in context.SomeOrganisationIds
        from url in TextGenerators.Url.Optional()
        from projectIds in context.SomeProjectIds
        from summary in context.Text.Optional()
        select new RelatedDocument { Id = id, Kind = kind, Title = title, Date = date, IssuerIds = issuerIds, Url = url, ProjectIds = projectIds, Summary = summary };

    /// <summary>Generates a project with every optional part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">Its id.</param>
    public static Gen<Project> Project(DocumentContext context, string id) =>
        from name in context.Text
        from aliases in context.Text.Many(2)
        from programme in context.Text.Optional()
        from funderIds in context.SomeOrganisationIds
        from implementerIds in context.SomeOrganisationIds
        from aims in context.Text.Many(3)
        from startDate in TimeGenerators.PartialDate.OptionalValue()
        from years in Gen.Choose(0, 4).OptionalValue()
        from countries in TextGenerators.CountryCode.Many(3)
        from url in TextGenerators.Url.Optional()
        from summary in context.Text.Optional()
        select new Project
        {
            Id = id,
            Name = name,
            Aliases = aliases,
            Programme = programme,
            FunderIds = funderIds,
            ImplementerIds = implementerIds,
            Aims = aims,
            StartDate = startDate,
            EndDate = startDate is { } start && years is { } count ? start.AddYears(count) : null,
            CountryCodes = [.. countries.Distinct(StringComparer.Ordinal)],
            Url = url,
            Summary = summary,
        };

    /// <summary>Generates an image, a video or a recording with every optional part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">Its id.</param>
    public static Gen<MediaObject> MediaObject(DocumentContext context, string id) =>
        from kind in Gen.Elements(Enum.GetValues<MediaKind>())
        from url in TextGenerators.Url
        from caption in context.Text.Optional()
        from altText in context.Text.Optional()
        from credit in context.Text.Optional()
        from creditPersonId in context.PersonIds.Count > 0 ? context.PersonId.Optional() : Gen.Constant<string?>(null)
        from licence in context.Text.Optional()
        from licenceUrl in TextGenerators.Url.Optional()
        from width in Gen.Choose(1, 4000).OptionalValue()
        from height in Gen.Choose(1, 3000).OptionalValue()
        select new MediaObject
        {
            Id = id,
            Kind = kind,
            Url = url,
            Caption = caption,
            AltText = altText,
            Credit = credit,
            CreditPersonId = creditPersonId,
            Licence = licence,
            LicenceUrl = licenceUrl,
            Width = width,
            Height = height,
        };
}
