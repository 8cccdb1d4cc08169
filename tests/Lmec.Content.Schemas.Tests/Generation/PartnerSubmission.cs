using Lmec.Content.Model;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>An integrator's envelope around an article it receives from a partner.</summary>
public sealed record PartnerSubmission
{
    /// <summary>Gets the integrator's own id of the submission.</summary>
    public required string SubmissionId { get; init; }

    /// <summary>Gets the article submitted.</summary>
    public required Article Article { get; init; }

    /// <summary>Gets who reviewed the article.</summary>
    public IReadOnlyList<Person> Reviewers { get; init; } = [];

    /// <summary>Gets where the submission stands.</summary>
    public PartnerReviewStatus Status { get; init; }

    /// <summary>Gets the day the submission arrived.</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>Gets the reviewers' comment.</summary>
    public LocalizedText? Comment { get; init; }

    /// <summary>Gets a note the integrator keeps, its own type deriving from the model's base.</summary>
    public PartnerNote? Note { get; init; }
}
