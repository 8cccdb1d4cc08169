using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>How a count relates to the number the source gives, such as "over 50" or "almost 300".</summary>
[JsonConverter(typeof(ContentEnumConverter<CountApproximation>))]
public enum CountApproximation
{
    /// <summary>The number is exact: "52 participants".</summary>
    Exact,

    /// <summary>The number is about right: "about 120", "some 120", "around 120".</summary>
    About,

    /// <summary>The number is a lower bound that may be reached: "at least 50".</summary>
    AtLeast,

    /// <summary>The number is exceeded: "over 50", "more than 300".</summary>
    MoreThan,

    /// <summary>The number is nearly reached: "almost 300", "nearly 300".</summary>
    Almost,

    /// <summary>The number is not reached: "fewer than 30", "under 30".</summary>
    FewerThan,

    /// <summary>The number is an upper bound that may be reached: "up to 200".</summary>
    UpTo,
}
