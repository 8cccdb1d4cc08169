using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lmec.Content.AspNetCore.Tests.Hosting;

/// <summary>The test host with a size limit of <see cref="MaxDocumentBytes"/> and a body timeout of <see cref="BodyReadTimeout"/>.</summary>
public sealed class SmallLimitsFactory : TestHostFactory
{
    /// <summary>The size limit of one document.</summary>
    public const int MaxDocumentBytes = 64 * 1024;

    /// <summary>How long a body may take.</summary>
    public static readonly TimeSpan BodyReadTimeout = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(static services => services
            .AddLmecContent(static options => options.Limits.MaxDocumentBytes = MaxDocumentBytes)
            .AddLmecContentWebApi(static options => options.BodyReadTimeout = BodyReadTimeout));
    }
}
