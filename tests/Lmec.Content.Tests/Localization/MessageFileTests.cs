using System.Globalization;
using System.Text;
using Lmec.Content.Localization;

namespace Lmec.Content.Tests.Localization;

/// <summary>Message files loaded at run time: corrections and new languages apply; a faulty file is an exception naming file, line and reason.</summary>
public sealed class MessageFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lmec-content-messages-").FullName;

    public static TheoryData<string, string, int, string> FaultyFiles() => new()
    {
        { "zh-Hans.txt", "# a comment\nLMEC021", 2, "neither an entry" },
        { "zh-Hans.txt", "LMEC 021 = 文档为空。", 1, "'LMEC 021' is not a key" },
        { "zh-Hans.txt", "LMEC021. = 文档为空。", 1, "is not a key" },
        { "zh-Hans.txt", "= 文档为空。", 1, "'' is not a key" },
        { "zh-Hans.txt", "\nLMEC021 =   ", 2, "has no text" },
        { "zh-Hans.txt", "LMEC021 = 一\r\n\r\nLMEC021 = 二", 3, "already given on line 1" },
        { "zh-Hans.txt", "LMEC001 = 文档超过了 {1} 字节", 1, "names {1}, but the English names {0}" },
        { "zh-Hans.txt", "LMEC021 = 文档为空 {0}", 1, "names {0}, but the English names no placeholder" },
        { "en.txt", "LMEC003 = This string is too long.", 1, "names no placeholder, but the English names {0}, {1}" },
        { "zh-Hans.txt", "LMEC021 = 文档为空。\nACME001 = 没有英文", 2, "'ACME001' has no English entry" },
    };

    [Theory]
    [MemberData(nameof(FaultyFiles))]
    public void Load_FaultyFile_ThrowsNamingFileLineAndReason(string name, string text, int line, string reason)
    {
        var path = Write(name, text);
        var exception = Assert.Throws<MessageCatalogException>(() => MessageCatalog.Load(path));
        Assert.Equal((path, (int?)line), (exception.FileName, exception.LineNumber));
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}, line {line}: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileNotUtf8_ThrowsAtTheLineOfTheBadByte()
    {
        var path = Path.Combine(_folder, "zh-Hans.txt");
        File.WriteAllBytes(path, [.. "LMEC021 = ok\nLMEC214 = "u8, 0xC3, 0x28, .. "\n"u8]);
        var exception = Assert.Throws<MessageCatalogException>(() => MessageCatalog.Load(path));
        Assert.Equal(2, exception.LineNumber);
        Assert.Contains("not UTF-8", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf16File_ThrowsNotUtf8()
    {
        var path = Path.Combine(_folder, "zh-Hans.txt");
        File.WriteAllText(path, "LMEC021 = 文档为空。", Encoding.Unicode);
        Assert.Contains("not UTF-8", Assert.Throws<MessageCatalogException>(() => MessageCatalog.Load(path)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh_Hans.txt")]
    [InlineData("zh-Hans.properties")]
    [InlineData("messages zh.txt")]
    public void Load_FileNotNamedAfterALanguage_ThrowsNamingTheFile(string name)
    {
        var path = Write(name, "LMEC021 = 文档为空。");
        var exception = Assert.Throws<MessageCatalogException>(() => MessageCatalog.Load(path));
        Assert.Equal((path, (int?)null), (exception.FileName, exception.LineNumber));
        Assert.Contains("named after", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutMessageFiles_Throws()
    {
        Write("README.md", "# notes");
        Assert.Contains("no message file", Assert.Throws<MessageCatalogException>(() => MessageCatalog.Load(_folder)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoFilesOfOneLanguage_Throws()
    {
        Write("zh-Hans.txt", "LMEC021 = 一");
        Write("zh-hans.txt", "LMEC021 = 二");
        Assert.Contains("one file per language", Assert.Throws<MessageCatalogException>(() => MessageCatalog.Load(_folder)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PathThatDoesNotExist_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => MessageCatalog.Load(Path.Combine(_folder, "missing.txt")));

    [Fact]
    public void Load_CorrectedFile_ReplacesItsEntriesAndKeepsTheOthers()
    {
        var path = Write("zh-Hans.txt", "\uFEFF# corrected by a partner\r\n# en: The document is empty.\r\nLMEC021 = 文件是空的。\r\n");
        var catalog = MessageCatalog.Load(path);
        var chinese = CultureInfo.GetCultureInfo("zh-Hans");
        Assert.Equal("文件是空的。", catalog.Format("LMEC021", chinese));
        Assert.Equal(MessageCatalog.Default.Format("LMEC022", chinese, "x"), catalog.Format("LMEC022", chinese, "x"));
        Assert.Equal(MessageCatalog.Default.Languages, catalog.Languages);
    }

    [Fact]
    public void Load_FolderWithANewLanguageAndItsEnglish_AddsTheLanguageAndThePartnersKeys()
    {
        Write("de.txt", "LMEC021 = Das Dokument ist leer.\nACME001 = Zu viele Reden: {0}");
        Write("en.txt", "ACME001 = Too many speeches: {0}.");
        var catalog = MessageCatalog.Load(_folder);
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal([.. MessageCatalog.Default.Languages.Append("de").Order(StringComparer.Ordinal).OrderBy(language => language != "en")], catalog.Languages);
        Assert.Equal("Das Dokument ist leer.", catalog.Format("LMEC021", german));
        Assert.Equal("Zu viele Reden: 4", catalog.Format("ACME001", german, 4));
        Assert.Equal("Too many speeches: 4.", catalog.Format("ACME001", CultureInfo.InvariantCulture, 4));
        Assert.Equal(MessageCatalog.Default.Format("LMEC214", CultureInfo.InvariantCulture), catalog.Format("LMEC214", german));
    }

    [Fact]
    public void With_LoadedTwice_TheLaterFileWins()
    {
        var first = Write("first/zh-Hans.txt", "LMEC021 = 一");
        var second = Write("second/zh-Hans.txt", "LMEC021 = 二");
        Assert.Equal("二", MessageCatalog.Load(first).With(second).Format("LMEC021", CultureInfo.GetCultureInfo("zh-Hans")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
