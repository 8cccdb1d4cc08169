using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>Laws of validation over generated input.</summary>
public class ValidationPropertyTests
{
    private static readonly ContentValidator Validator = TestDocuments.Validator();
    private static readonly byte[] NewsletterBytes = Encoding.UTF8.GetBytes(TestDocuments.Newsletter);

    [Property]
    public bool Validate_AnyBytes_NeverThrowsAndLocatesEveryFinding(byte[] bytes) => IsWellFormed(Validator.Validate(bytes ?? []));

    [Property]
    public bool Validate_AnyText_NeverThrowsAndLocatesEveryFinding(string text) => IsWellFormed(Validator.Validate(text ?? string.Empty));

    [Property]
    public bool Validate_TruncatedDocument_IsInvalid(int cut)
    {
        var length = Math.Abs(cut % NewsletterBytes.Length);
        var report = Validator.Validate(NewsletterBytes.AsMemory(0, length));
        return !report.IsValid && IsWellFormed(report);
    }

    [Property]
    public bool Validate_DocumentWithOneByteChanged_NeverThrows(int position, byte value)
    {
        var bytes = (byte[])NewsletterBytes.Clone();
        bytes[Math.Abs(position % bytes.Length)] = value;
        return IsWellFormed(Validator.Validate(bytes));
    }

    [Property]
    public Property ValidateModel_AnySpeakerId_AgreesWithValidatingItsJson(string speakerId) =>
        Prop.When(speakerId is not null && !speakerId.Any(char.IsSurrogate), () =>
        {
            var issue = ContentJson.Deserialize<NewsletterIssue>(TestDocuments.Newsletter);
            var article = issue.Articles[0] with { Speeches = [issue.Articles[0].Speeches[0] with { SpeakerId = speakerId!, Id = speakerId }] };
            var model = issue with { Articles = [article] };
            var fromModel = Validator.Validate(model).Errors.Select(error => (error.Code, error.Path, error.Severity, error.Message));
            var fromText = Validator.Validate(ContentJson.Serialize(model)).Errors.Select(error => (error.Code, error.Path, error.Severity, error.Message));
            return fromModel.SequenceEqual(fromText);
        });

    private static bool IsWellFormed(ValidationReport report) =>
        report.IsValid == report.Errors.All(error => error.Severity != ValidationSeverity.Error)
        && report.Errors.All(error => error.Line is > 0 && error.Column is > 0 && JsonPointer.Parse(error.Path) is not null);
}
