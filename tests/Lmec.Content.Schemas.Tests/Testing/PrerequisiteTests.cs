using Lmec.Content.Testing;
using Xunit.Sdk;

namespace Lmec.Content.Schemas.Tests.Testing;

public class PrerequisiteTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public void Require_NothingMissing_LetsTheTestRun(string? ci) =>
        Prerequisite.Require(null, ci);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    [InlineData("1")]
    public void Require_SomethingMissingOutsideCi_SkipsTheTestWithTheReason(string? ci)
    {
        var skip = Assert.Throws<Xunit.SkipException>(() => Prerequisite.Require("Node.js (node) is not on the PATH.", ci));

        Assert.Equal("Node.js (node) is not on the PATH.", skip.Message);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("True")]
    public void Require_SomethingMissingUnderCi_FailsTheTest(string ci)
    {
        var failure = Assert.Throws<FailException>(() => Prerequisite.Require("Node.js (node) is not on the PATH.", ci));

        Assert.StartsWith("Node.js (node) is not on the PATH. Under CI (CI=true) this test must run", failure.Message, StringComparison.Ordinal);
    }
}
