using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

public class ValidationReportTests
{
    private static ValidationError Finding(ValidationSeverity severity) =>
        new() { Code = "LMEC-TEST", Severity = severity, Path = "/a", Message = "m", Line = 2, Column = 3 };

    [Fact]
    public void IsValid_WarningsOnly_IsTrue()
    {
        var report = new ValidationReport([Finding(ValidationSeverity.Warning)]);
        Assert.True(report.IsValid);
        Assert.Same(report, report.ThrowIfInvalid());
    }

    [Fact]
    public void ThrowIfInvalid_WithError_ThrowsWithReport()
    {
        var report = new ValidationReport([Finding(ValidationSeverity.Warning), Finding(ValidationSeverity.Error)]);
        Assert.False(report.IsValid);
        var exception = Assert.Throws<ContentValidationException>(() => report.ThrowIfInvalid());
        Assert.Same(report, exception.Report);
        Assert.Contains("2:3: error LMEC-TEST at '/a': m", exception.Message, StringComparison.Ordinal);
    }
}
