using Lmec.Content.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lmec.Content.AspNetCore.Tests.Hosting;

/// <summary>Starts the test host on Kestrel, on a loopback port of its own, so that every test sends real HTTP requests.</summary>
public class TestHostFactory : WebApplicationFactory<Answer>
{
    /// <summary>Initialises the factory; the server starts on first use.</summary>
    public TestHostFactory() => UseKestrel(0);

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
    }
}
