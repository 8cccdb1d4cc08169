using System.Net.Http.Headers;
using System.Text.Json;

namespace Lmec.Content.AspNetCore.Tests.Hosting;

/// <summary>A response as the tests read it: status, headers that matter, and the problem details, if any.</summary>
/// <param name="Status">The status code.</param>
/// <param name="ContentType">The media type of the body.</param>
/// <param name="Language">The <c>Content-Language</c>.</param>
/// <param name="Body">The body, parsed.</param>
internal sealed record Problem(int Status, string? ContentType, string? Language, JsonElement Body)
{
    /// <summary>Gets the problem's <c>type</c>.</summary>
    public string? Type => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("type", out var type) ? type.GetString() : null;

    /// <summary>Gets the findings as <c>code at pointer (line:column)</c>.</summary>
    public IReadOnlyList<string> Findings =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
            ? [.. findings.EnumerateArray().Select(static finding => $"{finding.GetProperty("code").GetString()} {finding.GetProperty("severity").GetString()} at {finding.GetProperty("pointer").GetString()}" + (finding.TryGetProperty("line", out var line) ? $" ({line}:{finding.GetProperty("column")})" : string.Empty))]
            : [];

    /// <summary>Gets the messages of the findings.</summary>
    public IReadOnlyList<string> Messages =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array
            ? [.. findings.EnumerateArray().Select(static finding => finding.GetProperty("message").GetString()!)]
            : [];

    /// <summary>Sends a request and reads its response.</summary>
    /// <param name="client">The client.</param>
    /// <param name="path">The path.</param>
    /// <param name="body">The body.</param>
    /// <param name="contentType">The <c>Content-Type</c>, or <see langword="null"/> for none.</param>
    /// <param name="language">The <c>Accept-Language</c>, or <see langword="null"/> for none.</param>
    /// <returns>The response.</returns>
    public static async Task<Problem> PostAsync(HttpClient client, string path, byte[] body, string? contentType = "application/json", string? language = null)
    {
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    /// <summary>Reads a response.</summary>
    /// <param name="response">The response.</param>
    /// <returns>What the tests look at.</returns>
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Problem((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentLanguage.FirstOrDefault(), body);
    }
}
