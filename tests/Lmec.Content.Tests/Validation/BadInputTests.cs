using System.Text;
using System.Text.Json.Nodes;
using Lmec.Content.Contract;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// Every case of <c>bad-inputs.md</c> (<see cref="BadInputCases"/>) through every raw-JSON entry point: the
/// exact code and pointer, the same verdict, an answer well within the bound that tells a hang, and for a
/// document reported valid, nothing lost.
/// </summary>
public class BadInputTests
{
    // Not a timing: an answer later than this, even for the 16 MiB cases on a busy machine, is a hang.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> CasesAtEntryPoints()
    {
        var data = new TheoryData<string, string>();
        foreach (var item in BadInputCases.All)
        {
            foreach (var entry in RawJsonEntryPoint.All.Where(entry => item.Text is not null || !entry.TakesText))
            {
                data.Add(item.Name, entry.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CasesAtEntryPoints))]
    public async Task Validate_BadInput_ReportsItsCodeAtItsPointer(string caseName, string entryPoint)
    {
        var item = BadInputCases.Get(caseName);
        var entry = RawJsonEntryPoint.Get(entryPoint);
        var validator = TestDocuments.Validator(options => options.ReadMode = item.Mode);

        var result = await Task.Run(() => entry.Run(validator, item)).WaitAsync(HangBound);

        var mismatch = item.Mismatch(result.Report.IsValid, result.Report.Errors);
        Assert.True(mismatch is null, mismatch);
        if (entry.ReturnsDocument && item.IsValid)
        {
            Assert.NotNull(result.Document);
            ValidationLaws.RoundTrip(result.Document, item.Utf8, item.Mode);
            var written = JsonNode.Parse(ContentJson.Serialize(result.Document));
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(WithoutByteOrderMark(item.Utf8)), written), "the document lost or changed something");
        }
    }

    [Fact]
    public void Cases_HaveUniqueNamesAndCoverEveryCodeOfLimitsSyntaxAndStructure()
    {
        Assert.Equal(BadInputCases.All.Count, BadInputCases.All.Select(item => item.Name).Distinct().Count());
        var reading = typeof(ValidationCodes).GetFields().Select(field => (string)field.GetValue(null)!)
            // An extension's invalid content needs a registered extension: ExtensionTests cover it.
            .Where(code => code[4] is '0' or '1' && code is not ValidationCodes.KindMismatch and not ValidationCodes.DuplicateLanguage and not ValidationCodes.UnreadableDocument and not ValidationCodes.InvalidExtension)
            // A code of a value category is owed a case once a member of the model holds values of it.
            .Where(static code => code != ValidationCodes.InvalidTime || HoldsCategory(ValueCategory.Time));
        Assert.Empty(reading.Except(BadInputCases.All.Select(item => item.Code)));
    }

    private static bool HoldsCategory(ValueCategory category) =>
        WireContract.Entities.SelectMany(static entity => entity.Members).Any(member => member.Category == category);

    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] utf8) => utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? utf8.AsSpan(3) : utf8;
}
