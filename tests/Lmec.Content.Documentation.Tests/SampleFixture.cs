using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests;

/// <summary>Runs a sample in the examples folder and puts the working folder back afterwards.</summary>
public abstract class SampleFixture : IDisposable
{
    private readonly string _previous = Environment.CurrentDirectory;

    protected SampleFixture() => Environment.CurrentDirectory = RepositoryPaths.Examples;

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        GC.SuppressFinalize(this);
    }
}
