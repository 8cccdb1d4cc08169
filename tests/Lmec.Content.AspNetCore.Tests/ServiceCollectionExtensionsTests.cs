using Lmec.Content.Model;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lmec.Content.AspNetCore.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddLmecContentWebApi_CalledTwice_RegistersOnceAndRunsEveryConfiguration()
    {
        var services = new ServiceCollection()
            .AddLmecContentWebApi(static options => options.IncludeWarnings = false)
            .AddLmecContentWebApi(static options => options.BodyReadTimeout = TimeSpan.FromSeconds(5));

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<LmecContentWebApiOptions>>().Value;

        Assert.Single(services, static service => service.ServiceType == typeof(MatcherPolicy));
        Assert.Single(services, static service => service.ServiceType == typeof(ArticleDocument));
        Assert.False(options.IncludeWarnings);
        Assert.Equal(TimeSpan.FromSeconds(5), options.BodyReadTimeout);
    }

    [Fact]
    public void AddLmecContentWebApi_DocumentResolvedOutsideAnEndpoint_ThrowsAndSaysWhy()
    {
        using var provider = new ServiceCollection().AddLmecContentWebApi().BuildServiceProvider();
        using var scope = provider.CreateScope();

        var exception = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<ArticleDocument>());

        Assert.Contains("[FromBody]", exception.Message, StringComparison.Ordinal);
    }
}
