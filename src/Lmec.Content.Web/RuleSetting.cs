namespace Lmec.Content.Web;

/// <summary>How the page reports the findings of one rule, as the tool's <c>--severity</c> and <c>--ignore</c> options do.</summary>
internal enum RuleSetting
{
    /// <summary>With the severity the rule gives them.</summary>
    Defined,

    /// <summary>As errors: <c>--severity CODE=error</c>.</summary>
    Error,

    /// <summary>As warnings: <c>--severity CODE=warning</c>.</summary>
    Warning,

    /// <summary>Not at all: <c>--ignore CODE</c>.</summary>
    Off,
}
