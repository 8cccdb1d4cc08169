using System.Reflection;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

internal static class ValidationCodeList
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!),
    ];
}
