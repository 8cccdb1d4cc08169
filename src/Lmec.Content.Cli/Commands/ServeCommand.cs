using System.CommandLine;
using System.Globalization;
using System.Net;
using Lmec.Content.Cli.Serving;
using Lmec.Content.Localization;

namespace Lmec.Content.Cli.Commands;

/// <summary>
/// The <c>serve</c> command: serves the web checker, which the tool carries inside it, on the loopback address
/// (127.0.0.1) until Ctrl+C, and prints its address.
/// </summary>
internal static class ServeCommand
{
    private const int DefaultPort = 8770;

    /// <summary>Creates the command.</summary>
    /// <param name="console">The terminal.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port")
        {
            Description = $"The port to listen on, on 127.0.0.1; 0 takes any free port. The default is {DefaultPort}.",
            DefaultValueFactory = static _ => DefaultPort,
            CustomParser = static result =>
            {
                var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= IPEndPoint.MaxPort)
                {
                    return number;
                }

                result.AddError($"--port must be a whole number from 0 to {IPEndPoint.MaxPort}, not '{value}'.");
                return 0;
            },
        };
        var command = new Command(
            "serve",
            "Serves the web checker on this computer only (127.0.0.1) and prints its address: open it in a browser to check documents by "
            + "picking, dropping or pasting them, in the language you choose. The documents are checked in the browser and never sent "
            + "anywhere, not even to this command. Ctrl+C stops it.")
        {
            port,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = new CliText(MessageCatalog.Default, CultureInfo.InvariantCulture);
            SiteServer server;
            try
            {
                server = SiteServer.Start(SiteFiles.Embedded, parseResult.GetValue(port));
            }
            catch (HttpListenerException exception)
            {
                await console.Error.WriteLineAsync(text.CannotServe(parseResult.GetValue(port), exception.Message)).ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }

            using (server)
            {
                await console.Output.WriteLineAsync(text.Serving(server.Address.ToString())).ConfigureAwait(false);
                await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
                await server.RunAsync(cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
