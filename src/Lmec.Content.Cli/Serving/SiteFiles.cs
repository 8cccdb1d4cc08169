using System.Collections.Frozen;
using System.Reflection;

namespace Lmec.Content.Cli.Serving;

/// <summary>
/// The files of the web checker's site, embedded in the tool when it is built (see <c>EmbedWebChecker</c> in the
/// project file): each under <c>site/</c> and its path in the site, with <c>.gz</c> after it where it is stored
/// gzip-compressed.
/// </summary>
internal sealed class SiteFiles
{
    private const string Prefix = "site/";
    private const string Compressed = ".gz";

    private static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly Assembly _assembly;
    private readonly FrozenSet<string> _names;

    private SiteFiles(Assembly assembly)
    {
        _assembly = assembly;
        _names = assembly.GetManifestResourceNames().Where(static name => name.StartsWith(Prefix, StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the site embedded in this tool.</summary>
    public static SiteFiles Embedded { get; } = new(typeof(SiteFiles).Assembly);

    /// <summary>Finds a file of the site by its path, the folder's own path giving <c>index.html</c>.</summary>
    /// <param name="path">The path in the site, without the leading slash, such as <c>_framework/dotnet.js</c>.</param>
    /// <param name="file">The file, when found.</param>
    /// <returns><see langword="true"/> when the site has the file.</returns>
    public bool TryGet(string path, out SiteFile file)
    {
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        var mediaType = MediaTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
        foreach (var (name, compressed) in (ReadOnlySpan<(string, bool)>)[(Prefix + path + Compressed, true), (Prefix + path, false)])
        {
            if (_names.Contains(name))
            {
                file = new SiteFile(() => _assembly.GetManifestResourceStream(name)!, mediaType, compressed);
                return true;
            }
        }

        file = default;
        return false;
    }
}
