using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>How the texts of a language were translated.</summary>
[JsonConverter(typeof(ContentEnumConverter<TranslationMethod>))]
public enum TranslationMethod
{
    /// <summary>A person translated them.</summary>
    Human,

    /// <summary>A machine translated them, and no person edited the result.</summary>
    Machine,

    /// <summary>A machine translated them, and a person edited the result.</summary>
    MachineReviewed,
}
