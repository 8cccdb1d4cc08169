using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Validation;

/// <summary>How serious a validation finding is.</summary>
[JsonConverter(typeof(ContentEnumConverter<ValidationSeverity>))]
public enum ValidationSeverity
{
    /// <summary>The document is invalid.</summary>
    Error,

    /// <summary>The document is valid, but something in it deserves a look.</summary>
    Warning,
}
