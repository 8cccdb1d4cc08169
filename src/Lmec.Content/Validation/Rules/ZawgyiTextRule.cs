using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// <see cref="ValidationCodes.ZawgyiText"/>, a warning: a Burmese text (a text of a multilingual text whose language
/// is <c>my</c>, in any region or script) that <see cref="ZawgyiDetector"/> finds likely in the legacy Zawgyi
/// encoding, which devices with Unicode fonts show as broken text. Texts in other languages are not looked at, as
/// Shan, Mon and Karen in Unicode use the code points Zawgyi reuses.
/// </summary>
internal sealed class ZawgyiTextRule : ValueRule
{
    /// <inheritdoc/>
    public override string Code => ValidationCodes.ZawgyiText;

    /// <inheritdoc/>
    public override ValidationSeverity DefaultSeverity => ValidationSeverity.Warning;

    /// <inheritdoc/>
    internal override bool ChecksTexts => true;

    /// <inheritdoc/>
    internal override void CheckText(WireMember member, LocalizedText text, JsonPointerBuilder path, RuleRun run)
    {
        foreach (var (language, value) in text.Entries)
        {
            if (IsBurmese(language) && ZawgyiDetector.FindFirstSign(value) is var sign and >= 0)
            {
                run.Report(this, JsonPointer.Append(path.ToString(), language), Code, CodePointCount(value.AsSpan(0, sign)) + 1);
            }
        }
    }

    private static bool IsBurmese(string language) =>
        language.StartsWith("my", StringComparison.OrdinalIgnoreCase) && (language.Length == 2 || language[2] == '-');

    private static int CodePointCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
