using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Schemas.Checking;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace Lmec.Content.Schemas.Tests.Checking;

/// <summary>
/// The token NJsonSchema validates is built from the UTF-8 bytes, not from a string through Newtonsoft's reader:
/// it must be the very token that reader builds (with dates kept as strings and floats as doubles), node for node,
/// so that NJsonSchema's verdict cannot change.
/// </summary>
public class Utf8TokenBuilderTests
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "7", "-12", "6.0", "-0.0", "0.1", "1e2", "1E-2", "-1.5e+10", "2.5E3", "4.9e-324", "1.7976931348623157e308", "1e400",
        "9007199254740991", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890",
    ];

    private static readonly string[] Strings =
    [
        string.Empty, "en", "2023-05-01", "2023-05-01T10:00:00+07:00", "2023-05-01T10:00:00Z", "12:30", "00000000-0000-0000-0000-000000000000",
        "https://lmec.example/a?b=c", "mailto:a@b.example", "line\nbreak\t\"quoted\"\\", "\u0001\u001f", "<script>", "澜湄环境合作中心",
        "ສປປ ລາວ", "ក្រសួង", "😀", "\u2028\u2029", "true", "null", "1e2",
    ];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Property(MaxTest = 300)]
    public Property Build_AnyJsonText_BuildsWhatNewtonsoftsReaderBuilds() =>
        Prop.ForAll(Value(4).ToArbitrary(), ArbMap.Default.GeneratorFor<bool>().ToArbitrary(), static (text, escapeAll) =>
        {
            var json = escapeAll ? EscapeEverything(text) : text;

            AssertSame(NewtonsoftToken(json), Utf8TokenBuilder.Build(Encoding.UTF8.GetBytes(json)));
        });

    [Theory]
    [InlineData("6.0")]
    [InlineData("9223372036854775808")]
    [InlineData("\"2023-05-01T10:00:00+07:00\"")]
    [InlineData("{\"\\u0074itle\":{\"en\":\"a\"},\"n\":[1,2.5,-0,null,true,false]}")]
    public void Build_Scalar_OrNestedValue_KeepsNewtonsoftsTypes(string json) =>
        AssertSame(NewtonsoftToken(json), Utf8TokenBuilder.Build(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Build_SameMemberNameInTwoDocuments_SharesOneString()
    {
        var first = (JObject)Utf8TokenBuilder.Build("{\"organisationRoles\":1}"u8);
        var second = (JObject)Utf8TokenBuilder.Build("{\"organisationRoles\":2}"u8);

        Assert.Same(first.Properties().Single().Name, second.Properties().Single().Name);
    }

    [Fact]
    public void Build_NestingFarBeyondAnyLimit_DoesNotOverflowTheStack()
    {
        const int Depth = 100_000;
        var json = new string('[', Depth) + new string(']', Depth);

        var token = Utf8TokenBuilder.Build(Encoding.ASCII.GetBytes(json));

        for (var level = 1; level < Depth; level++)
        {
            token = Assert.Single((JArray)token);
        }

        Assert.Empty((JArray)token);
    }

    private static Gen<string> Value(int depth) =>
        depth == 0
            ? Scalar()
            : Gen.Frequency(
            [
                (3, Scalar()),
                (1, Few(Value(depth - 1)).Select(static items => "[" + string.Join(",", items) + "]")),
                (1, Few(Gen.Zip(Name(), Value(depth - 1))).Select(static members =>
                    "{" + string.Join(",", members.DistinctBy(static member => member.Item1).Select(static member => JsonSerializer.Serialize(member.Item1, Relaxed) + ":" + member.Item2)) + "}")),
            ]);

    private static Gen<T[]> Few<T>(Gen<T> item) => Gen.Choose(0, 4).SelectMany(count => Gen.CollectToArray(Enumerable.Range(0, count), _ => item));

    private static Gen<string> Scalar() =>
        Gen.OneOf(
            Gen.Elements(Numbers),
            Gen.Elements(Strings).Select(static text => JsonSerializer.Serialize(text, Relaxed)),
            ArbMap.Default.GeneratorFor<string>().Where(static text => text is not null && IsWellFormed(text)).Select(static text => JsonSerializer.Serialize(text, Relaxed)),
            ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite).Select(static number => JsonSerializer.Serialize(number)),
            ArbMap.Default.GeneratorFor<long>().Select(static number => JsonSerializer.Serialize(number)),
            Gen.Elements("true", "false", "null"));

    private static Gen<string> Name() =>
        Gen.OneOf(Gen.Elements("en", "zh-Hans", "title", "$id", "a b", "\"", "名"), ArbMap.Default.GeneratorFor<string>().Where(static text => text is not null && IsWellFormed(text)));

    private static bool IsWellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;

    // The same value with every non-ASCII and HTML-sensitive character of its strings and names written as a \u escape; numbers stay as written.
    private static string EscapeEverything(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JToken NewtonsoftToken(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = null };
        return JToken.ReadFrom(reader);
    }

    private static void AssertSame(JToken expected, JToken actual)
    {
        Assert.Equal(expected.Type, actual.Type);
        switch (expected)
        {
            case JObject obj:
                var members = ((JObject)actual).Properties().ToList();
                Assert.Equal(obj.Properties().Select(static member => member.Name), members.Select(static member => member.Name));
                foreach (var (member, index) in obj.Properties().Select(static (member, index) => (member, index)))
                {
                    AssertSame(member.Value, members[index].Value);
                }

                break;
            case JArray array:
                var items = (JArray)actual;
                Assert.Equal(array.Count, items.Count);
                for (var index = 0; index < array.Count; index++)
                {
                    AssertSame(array[index], items[index]);
                }

                break;
            case JValue { Value: double number }:
                Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(((JValue)actual).Value)));
                break;
            case JValue value:
                Assert.Equal(value.Value?.GetType(), ((JValue)actual).Value?.GetType());
                Assert.Equal(value.Value, ((JValue)actual).Value);
                break;
        }
    }
}
