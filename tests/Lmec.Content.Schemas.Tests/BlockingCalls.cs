using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Lmec.Content.Schemas.Tests;

/// <summary>
/// Finds the methods of an assembly that wait synchronously for a task (<c>.Result</c>, <c>.Wait()</c>,
/// <c>.GetAwaiter().GetResult()</c>), by reading their IL. The state machines the compiler writes for
/// <c>await</c> call <c>GetResult</c> only once the task has completed, so they are not counted.
/// </summary>
internal static class BlockingCalls
{
    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(static field => (OpCode)field.GetValue(null)!)
        .ToDictionary(static code => code.Value, static code => code.OperandType);

    private static readonly HashSet<string> Blocking =
    [
        "Task.Wait", "Task.WaitAll", "Task.WaitAny", "Task`1.Wait", "Task`1.get_Result", "ValueTask`1.get_Result",
        "TaskAwaiter.GetResult", "TaskAwaiter`1.GetResult", "ConfiguredTaskAwaiter.GetResult", "ConfiguredTaskAwaiter`1.GetResult",
        "ValueTaskAwaiter.GetResult", "ValueTaskAwaiter`1.GetResult", "ConfiguredValueTaskAwaiter.GetResult", "ConfiguredValueTaskAwaiter`1.GetResult",
    ];

    /// <summary>Lists the blocking calls of an assembly.</summary>
    /// <param name="assembly">The assembly, loaded from a file.</param>
    /// <returns>One <c>Type.Method calls Callee</c> line per call.</returns>
    internal static List<string> In(Assembly assembly)
    {
        using var file = new PEReader(File.OpenRead(assembly.Location));
        var metadata = file.GetMetadataReader();
        var found = new List<string>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            if (IsAsyncStateMachine(metadata, type))
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var il = file.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
                foreach (var callee in Callees(metadata, il).Where(Blocking.Contains))
                {
                    found.Add($"{metadata.GetString(type.Name)}.{metadata.GetString(method.Name)} calls {callee}");
                }
            }
        }

        return found;
    }

    private static List<string> Callees(MetadataReader metadata, BlobReader il)
    {
        var callees = new List<string>();
        while (il.RemainingBytes > 0)
        {
            int value = il.ReadByte();
            if (value == 0xFE)
            {
                value = 0xFE00 | il.ReadByte();
            }

            switch (OperandTypes[unchecked((short)value)])
            {
                case OperandType.InlineMethod:
                    callees.Add(NameOf(metadata, MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return callees;
    }

    private static string NameOf(MetadataReader metadata, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MemberReference when metadata.GetMemberReference((MemberReferenceHandle)handle) is var member =>
            $"{TypeNameOf(metadata, member.Parent)}.{metadata.GetString(member.Name)}",
        HandleKind.MethodSpecification => NameOf(metadata, metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
        _ => string.Empty,
    };

    private static string TypeNameOf(MetadataReader metadata, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                return metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)handle).Name);
            case HandleKind.TypeSpecification:
                // A generic instantiation, such as TaskAwaiter<JsonSchema>: its signature names the generic type.
                var signature = metadata.GetBlobReader(metadata.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                if (signature.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                {
                    return string.Empty;
                }

                signature.ReadSignatureTypeCode();
                return TypeNameOf(metadata, signature.ReadTypeHandle());
            default:
                return string.Empty;
        }
    }

    private static bool IsAsyncStateMachine(MetadataReader metadata, TypeDefinition type) =>
        type.GetInterfaceImplementations()
            .Select(implementation => metadata.GetInterfaceImplementation(implementation).Interface)
            .Any(contract => TypeNameOf(metadata, contract) == "IAsyncStateMachine");
}
