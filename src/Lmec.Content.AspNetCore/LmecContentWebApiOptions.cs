namespace Lmec.Content.AspNetCore;

/// <summary>
/// How web API endpoints receive documents, beside <see cref="LmecContentOptions"/> (reading mode, limits, rules),
/// which they share with every other use of the validator. Set with <c>AddLmecContentWebApi(options =&gt; ...)</c>.
/// </summary>
public sealed class LmecContentWebApiOptions
{
    /// <summary>Gets or sets whether problem responses and NDJSON results list warnings beside errors.</summary>
    /// <value>
    /// The default value is <see langword="true"/>: a partner fixes everything at once. An endpoint may say otherwise
    /// with <see cref="ContentReadingAttribute"/>.
    /// </value>
    public bool IncludeWarnings { get; set; } = true;

    /// <summary>
    /// Gets or sets how long reading one request body may take in all. A slower body is cut off with
    /// <c>408 Request Timeout</c>, so that a client that sends a byte now and then holds no buffer and no
    /// request for long. An NDJSON body has this long for each line.
    /// </summary>
    /// <value>The default value is 30 seconds; <see cref="Timeout.InfiniteTimeSpan"/> leaves only the server's own minimum data rate.</value>
    public TimeSpan BodyReadTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
