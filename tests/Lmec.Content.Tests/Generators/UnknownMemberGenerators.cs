using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates unknown members: names no model object defines, and JSON values of every kind.</summary>
internal static class UnknownMemberGenerators
{
    private static readonly string[] Names =
    [
        "futureField", "x-note", "Id", "KIND", "unknownMembers", "extensionData", "翻译", "$comment", "$id", "a.b", "it's", "with space", "emoji😀", "[0]", "<tag>",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-17", "2.5", "1e3", "9007199254740993", "\"\"", "[]", "{}",
        "[1,\"two\",{\"three\":null},[false]]",
        "{\"nested\":{\"list\":[true,{\"deep\":\"中文 & <b>\"}]},\"n\":-0.5}",
        "{\"en\":\"like a LocalizedText\",\"zh-Hans\":\"像多语言文本\"}",
    ];

    /// <summary>Gets a JSON value as text: a literal, a nested structure or a string of any text.</summary>
    public static Gen<string> Value { get; } =
        Gen.Frequency(
            (3, Gen.Elements(Values)),
            (1, TextGenerators.Text.Select(static text => JsonValue.Create(text).ToJsonString())));

    /// <summary>Gets one unknown member.</summary>
    public static Gen<UnknownMember> Member { get; } =
        from target in Gen.Choose(0, int.MaxValue)
        from position in Gen.Choose(0, int.MaxValue)
        from name in Gen.Elements(Names)
        from value in Value
        select new UnknownMember(target, position, name, value);

    /// <summary>Gets one to five unknown members.</summary>
    public static Gen<UnknownMemberPlan> Plan { get; } =
        Member.Between(1, 5).Select(static members => new UnknownMemberPlan(members));
}
