using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>The part a contributor had in an article.</summary>
[JsonConverter(typeof(ContentEnumConverter<ContributorRole>))]
public enum ContributorRole
{
    /// <summary>The contributor wrote the article.</summary>
    Author,

    /// <summary>The contributor edited the article.</summary>
    Editor,

    /// <summary>The contributor translated the article.</summary>
    Translator,

    /// <summary>The contributor took the article's photographs.</summary>
    Photographer,

    /// <summary>The contributor reviewed the article, as a translation or for its facts.</summary>
    Reviewer,

    /// <summary>The contributor reported the event, as a news agency's or newspaper's reporter.</summary>
    Reporter,
}
