using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>The order in which the parts of a person's name are written.</summary>
[JsonConverter(typeof(ContentEnumConverter<NameOrder>))]
public enum NameOrder
{
    /// <summary>Family name first, as in Chinese, Vietnamese or Khmer names (<c>Liu Qing</c>).</summary>
    FamilyNameFirst,

    /// <summary>Given name first (<c>Qing Liu</c>).</summary>
    GivenNameFirst,
}
