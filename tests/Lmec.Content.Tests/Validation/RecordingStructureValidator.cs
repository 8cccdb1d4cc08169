using System.Globalization;
using Lmec.Content.Json;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>A fake structure check that records its calls and returns what it is told to, or throws.</summary>
internal sealed class RecordingStructureValidator(Func<DocumentKind, IReadOnlyList<ValidationError>>? findings = null) : IStructureValidator
{
    private int _calls;

    public int Calls => _calls;

    public DocumentKind? LastKind { get; private set; }

    public CultureInfo? LastCulture { get; private set; }

    public IReadOnlyList<ValidationError> Validate(JsonText json, DocumentKind kind, CultureInfo culture)
    {
        Interlocked.Increment(ref _calls);
        LastKind = kind;
        LastCulture = culture;
        return findings?.Invoke(kind) ?? [];
    }
}
