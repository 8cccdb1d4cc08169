namespace Lmec.Content.AspNetCore.Reading;

/// <summary>How reading a request body ended.</summary>
internal enum BodyOutcome
{
    /// <summary>The body was read to its end, within the limit.</summary>
    Read,

    /// <summary>The body passed a size limit, ours or the server's; the rest was not read.</summary>
    TooLarge,

    /// <summary>The body came too slowly and was cut off.</summary>
    TimedOut,

    /// <summary>The server could not read the body as HTTP, such as a broken chunked encoding.</summary>
    Malformed,

    /// <summary>The client went away: there is no one to answer.</summary>
    Aborted,
}
