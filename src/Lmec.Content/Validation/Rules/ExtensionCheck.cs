using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Validation.Rules;

/// <summary>
/// Checks a document's extensions: the content under a registered extension's URI with that extension, each problem at its
/// pointer within the content (<see cref="ValidationCodes.InvalidExtension"/>); content under any other URI is reported
/// (<see cref="ValidationCodes.UnknownExtension"/>), an error in strict reading and a warning in lenient reading, and kept.
/// </summary>
internal static class ExtensionCheck
{
    private static readonly string Member = JsonPointer.Append(JsonPointer.Root, WireContract.ExtensionsName);

    /// <summary>Checks the extensions of a document.</summary>
    /// <param name="document">The document, read into the model.</param>
    /// <param name="settings">The registered extensions and the reading mode.</param>
    /// <param name="findings">Where findings go.</param>
    internal static void Run(ContentDocument document, ValidationSettings settings, ValidationFindings findings)
    {
        // Nearly every document has none, and the map's enumerator is an object.
        if (document.Extensions.Count == 0)
        {
            return;
        }

        foreach (var (uri, content) in document.Extensions)
        {
            var pointer = JsonPointer.Append(Member, uri);
            if (!settings.Extensions.TryGetValue(uri, out var extension))
            {
                var lenient = settings.Mode == Serialization.ContentReadMode.Lenient;
                findings.Add(ValidationCodes.UnknownExtension, lenient ? ValidationSeverity.Warning : ValidationSeverity.Error, pointer, lenient ? "LMEC112.lenient" : ValidationCodes.UnknownExtension, ValidationMessages.Display(uri));
                continue;
            }

            IEnumerable<ExtensionProblem> problems;
            try
            {
                problems = [.. extension.Validate(content)];
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                problems = [new ExtensionProblem(JsonPointer.Root, $"{exception.GetType().Name}: {exception.Message}")];
            }

            foreach (var problem in problems)
            {
                findings.Add(ValidationCodes.InvalidExtension, ValidationSeverity.Error, pointer + problem.Pointer, ValidationCodes.InvalidExtension, ValidationMessages.Display(uri), problem.Detail);
            }
        }
    }
}
