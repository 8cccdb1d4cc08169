using System.Text;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Tests.Support;

/// <summary>Asserts how <see cref="ContentJson"/> rejects text, through every reading entry point.</summary>
internal static class ReadAssert
{
    /// <summary>
    /// Asserts that reading <paramref name="json"/> as <typeparamref name="TDocument"/> throws
    /// <see cref="JsonException"/> (never another exception type) from the string, bytes, stream and
    /// asynchronous stream entry points alike, each saying where: the same path, a line and a position.
    /// </summary>
    /// <typeparam name="TDocument">The kind of document requested.</typeparam>
    /// <param name="json">The text.</param>
    /// <param name="path">The expected <see cref="JsonException.Path"/>.</param>
    /// <param name="mode">The reading mode.</param>
    /// <returns>The exception the string entry point threw.</returns>
    public static JsonException Rejects<TDocument>(string json, string path, ContentReadMode mode = ContentReadMode.Strict)
        where TDocument : ContentDocument => Rejects<TDocument>(json, Encoding.UTF8.GetBytes(json), path, mode);

    /// <summary>
    /// Asserts that reading <paramref name="utf8Json"/> as <typeparamref name="TDocument"/> throws
    /// <see cref="JsonException"/> from the bytes, stream and asynchronous stream entry points alike.
    /// </summary>
    /// <typeparam name="TDocument">The kind of document requested.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="path">The expected <see cref="JsonException.Path"/>.</param>
    /// <param name="mode">The reading mode.</param>
    /// <returns>The exception the bytes entry point threw.</returns>
    public static JsonException RejectsBytes<TDocument>(byte[] utf8Json, string path, ContentReadMode mode = ContentReadMode.Strict)
        where TDocument : ContentDocument => Rejects<TDocument>(json: null, utf8Json, path, mode);

    private static JsonException Rejects<TDocument>(string? json, byte[] utf8Json, string path, ContentReadMode mode)
        where TDocument : ContentDocument
    {
        var thrown = new List<JsonException>();
        if (json is not null)
        {
            thrown.Add(Assert.ThrowsAny<JsonException>(() => ContentJson.Deserialize<TDocument>(json, mode)));
        }

        thrown.Add(Assert.ThrowsAny<JsonException>(() => ContentJson.Deserialize<TDocument>((ReadOnlySpan<byte>)utf8Json, mode)));
        thrown.Add(Assert.ThrowsAny<JsonException>(() => ContentJson.Deserialize<TDocument>(new MemoryStream(utf8Json), mode)));
        thrown.Add(Assert.ThrowsAny<JsonException>(() => ContentJson.DeserializeAsync<TDocument>(new MemoryStream(utf8Json), mode).AsTask().GetAwaiter().GetResult()));
        Assert.All(thrown, exception =>
        {
            Assert.Equal(path, exception.Path);
            Assert.NotNull(exception.LineNumber);
            Assert.NotNull(exception.BytePositionInLine);
        });
        return thrown[0];
    }
}
