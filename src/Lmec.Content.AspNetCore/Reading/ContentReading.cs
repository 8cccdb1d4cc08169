using System.Collections.Concurrent;
using System.Globalization;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Lmec.Content.AspNetCore.Reading;

/// <summary>
/// What every endpoint reads with: one validator per language of the catalogue and reading mode, made on first use
/// from the registered <see cref="LmecContentOptions"/> (so a request's language never depends on the thread's
/// culture), the limits, and the web API options. A thread-safe singleton.
/// </summary>
internal sealed class ContentReading
{
    private readonly LmecContentOptions _options;
    private readonly IStructureValidator[] _structureValidators;
    private readonly ConcurrentDictionary<(string Language, ContentReadMode Mode), ContentValidator> _validators = new();

    /// <summary>Initialises the singleton.</summary>
    /// <param name="options">The options of validation.</param>
    /// <param name="structureValidators">The structure checks registered, such as the schema check.</param>
    /// <param name="webApiOptions">The options of the web API.</param>
    public ContentReading(LmecContentOptions options, IEnumerable<IStructureValidator> structureValidators, IOptions<LmecContentWebApiOptions> webApiOptions)
    {
        _options = options.Clone();
        _structureValidators = [.. structureValidators];
        WebApi = webApiOptions.Value;
        Limits = _options.Limits.Clone();
    }

    /// <summary>Gets the limits every validator enforces.</summary>
    internal ContentLimits Limits { get; }

    /// <summary>Gets the options of the web API.</summary>
    internal LmecContentWebApiOptions WebApi { get; }

    /// <summary>Gets how an endpoint reads: its <see cref="ContentReadingAttribute"/>, else the options.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The reading mode and whether warnings are listed.</returns>
    internal (ContentReadMode Mode, bool IncludeWarnings) SettingsOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ContentReadingAttribute>() is { } attribute
            ? (attribute.ReadMode, attribute.IncludeWarnings)
            : (_options.ReadMode, WebApi.IncludeWarnings);

    /// <summary>Chooses the language of a request's messages from its <c>Accept-Language</c>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The tag of one of the catalogue's languages.</returns>
    internal string LanguageOf(HttpRequest request) => RequestLanguage.Choose(request, _options.Messages, _options.Culture);

    /// <summary>Gets the validator that reads in a mode and writes messages in a language of the catalogue.</summary>
    /// <param name="language">The tag of one of the catalogue's languages.</param>
    /// <param name="mode">The reading mode.</param>
    /// <returns>The validator.</returns>
    internal ContentValidator Validator(string language, ContentReadMode mode) =>
        _validators.GetOrAdd((language, mode), static (key, reading) =>
        {
            var options = reading._options.Clone();
            options.ReadMode = key.Mode;
            options.Culture = CultureInfo.GetCultureInfo(key.Language);
            return new ContentValidator(options, reading._structureValidators);
        }, this);

    /// <summary>Makes the finding of a body over the size limit, as the JSON front end words it.</summary>
    /// <param name="language">The language of the message.</param>
    /// <param name="limit">The limit that was passed, in bytes.</param>
    /// <returns>The finding.</returns>
    internal ValidationError TooLarge(string language, long limit) => new()
    {
        Code = ValidationCodes.DocumentTooLarge,
        Severity = ValidationSeverity.Error,
        Path = JsonPointer.Root,
        Line = 1,
        Column = 1,
        Message = _options.Messages.Format(ValidationCodes.DocumentTooLarge, CultureInfo.GetCultureInfo(language), limit),
    };
}
