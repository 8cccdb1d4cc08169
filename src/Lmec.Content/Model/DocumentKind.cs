using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>The kind of a root document; on the wire the <c>kind</c> member.</summary>
[JsonConverter(typeof(ContentEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>An issue of the newsletter (<c>newsletterIssue</c>).</summary>
    NewsletterIssue,

    /// <summary>A standalone article, such as a partner's submission (<c>article</c>).</summary>
    Article,

    /// <summary>A directory of organisations (<c>organisationDirectory</c>).</summary>
    OrganisationDirectory,
}
