using System.Globalization;
using Lmec.Content.Localization;

namespace Lmec.Content.Cli;

/// <summary>
/// The tool's own sentences: the <c>cli.</c> entries of the message catalogue, which live in the same
/// file per language as the findings' messages, so that a language is one file for the library and the tool.
/// The sentences of its reports (the summary, an input that cannot be read) are <see cref="Reports.ReportText"/>'s.
/// </summary>
/// <param name="messages">The catalogue, with any files loaded with <c>--messages</c>.</param>
/// <param name="culture">The language of the sentences.</param>
internal sealed class CliText(MessageCatalog messages, CultureInfo culture)
{
    /// <summary>Says that a pipe, socket or device met in a folder was passed over.</summary>
    /// <param name="path">Its path.</param>
    /// <returns>The sentence.</returns>
    public string SkippedNotAFile(string path) => Format("cli.skippedNotAFile", path);

    /// <summary>Says that standard output cannot be written.</summary>
    /// <param name="reason">What the operating system said.</param>
    /// <returns>The sentence.</returns>
    public string CannotWriteOutput(string reason) => Format("cli.cannotWriteOutput", reason);

    /// <summary>Says where to read how a command is used, after the reason a command line was refused.</summary>
    /// <param name="command">The command, from the tool's name, such as <c>lmec-content validate</c>.</param>
    /// <returns>The sentence.</returns>
    public string UsageHint(string command) => Format("cli.usageHint", command);

    /// <summary>Says how far a long run has come, on the progress line.</summary>
    /// <param name="documents">The documents checked so far.</param>
    /// <param name="megabytes">Their size in megabytes.</param>
    /// <param name="rate">The megabytes checked a second.</param>
    /// <param name="errors">The errors found so far.</param>
    /// <returns>The sentence.</returns>
    public string Progress(string documents, string megabytes, string rate, string errors) => Format("cli.progress", documents, megabytes, rate, errors);

    /// <summary>Says that the message files given with <c>--messages</c> cannot be used.</summary>
    /// <param name="reason">Why, naming the file and line.</param>
    /// <returns>The sentence.</returns>
    public string CannotUseMessages(string reason) => Format("cli.badMessages", reason);

    /// <summary>Says that there are no messages in the language asked for, and which there are.</summary>
    /// <param name="language">The language asked for.</param>
    /// <returns>The sentence.</returns>
    public string UnknownLanguage(string language) => Format("cli.unknownLanguage", language, string.Join(", ", messages.Languages));

    /// <summary>Says where the web checker is served, and how to stop it.</summary>
    /// <param name="address">The address to open in a browser.</param>
    /// <returns>The sentence.</returns>
    public string Serving(string address) => Format("cli.serving", address);

    /// <summary>Says that the web checker cannot be served on a port.</summary>
    /// <param name="port">The port.</param>
    /// <param name="reason">What the system said.</param>
    /// <returns>The sentence.</returns>
    public string CannotServe(int port, string reason) => Format("cli.cannotServe", port, reason);

    private string Format(string key, params object?[] arguments) => messages.Format(key, culture, arguments);
}
