using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Serialization;

/// <summary>
/// Reading many texts one after the other on one thread, as a document is read: the tags a reader reuses from earlier
/// texts and the room it keeps between texts never carry one text's entries into another.
/// </summary>
public class LocalizedTextConverterTests
{
    private static readonly LocalizedTextConverter Converter = new();

    [Property(Arbitrary = new[] { typeof(ContentArbitraries) })]
    public void Read_ManyTextsInARow_GivesEachItsOwnTagsAndTexts(LocalizedText[] texts)
    {
        Assert.Equal(texts.Select(Entries), ReadAll(WriteAll(texts)).Select(Entries));
    }

    [Fact]
    public void Read_TagsLongEscapedAndMoreThanAReaderKeeps_AreReadAsWritten()
    {
        const string Json = """
            [{"en": "a", "zh-Hans": "b"}, {"\u0065n": "c"}, {"th": "d", "vi": "e", "km": "f", "lo": "g", "my": "h"},
             {"zh-Hans-CN-x-private": "i"}, {"en": "j", "EN-gb": "k"}, {"zh-Hans": "l", "en": "m"}]
            """;

        var texts = ReadAll(Encoding.UTF8.GetBytes(Json));

        Assert.Equal(
            [["en=a", "zh-Hans=b"], ["en=c"], ["th=d", "vi=e", "km=f", "lo=g", "my=h"], ["zh-Hans-CN-x-private=i"], ["en=j", "EN-gb=k"], ["zh-Hans=l", "en=m"]],
            texts.Select(Entries));
    }

    [Fact]
    public void Read_TextRejectedHalfWay_LeavesNothingForTheNextText()
    {
        var rejected = Encoding.UTF8.GetBytes("""{"en": "Newsletter", "zh-Hans": 7}""");
        Assert.Throws<JsonException>(() => ReadOne(rejected));

        var next = ReadOne(Encoding.UTF8.GetBytes("""{"lo": "ຈົດໝາຍຂ່າວ"}"""));

        Assert.Equal(["lo=ຈົດໝາຍຂ່າວ"], Entries(next));
    }

    [Fact]
    public void Read_TextOfManyLanguagesThenSmallOnes_ReadsEachWhole()
    {
        var many = new LocalizedText(Enumerable.Range(0, 40).Select(static index => KeyValuePair.Create($"x-tag{index}", $"text {index}")));
        var small = new LocalizedText("en", "Newsletter");

        var read = ReadAll(WriteAll([many, small, many]));

        Assert.Equal([Entries(many), Entries(small), Entries(many)], read.Select(Entries));
    }

    private static string[] Entries(LocalizedText text) => [.. text.Select(static entry => $"{entry.Key}={entry.Value}")];

    private static byte[] WriteAll(IEnumerable<LocalizedText> texts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var text in texts)
            {
                Converter.Write(writer, text, ContentJson.GetOptions(ContentReadMode.Strict));
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static List<LocalizedText> ReadAll(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var texts = new List<LocalizedText>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            texts.Add(Converter.Read(ref reader, typeof(LocalizedText), ContentJson.GetOptions(ContentReadMode.Strict)));
        }

        return texts;
    }

    private static LocalizedText ReadOne(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return Converter.Read(ref reader, typeof(LocalizedText), ContentJson.GetOptions(ContentReadMode.Strict));
    }
}
