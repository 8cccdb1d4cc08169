using System.Collections.Frozen;
using System.Globalization;
using Lmec.Content.Json;
using Lmec.Content.Localization;

namespace Lmec.Content.Validation;

/// <summary>
/// Collects the findings of one validation, writes their messages from the catalogue in the culture asked for, and turns
/// them into a report: a disabled code is dropped, a changed severity applied, and a missing line and
/// column filled from the source text. At a number of findings it is full: it keeps no more, the layers
/// stop looking, and the report ends with <see cref="ValidationCodes.TooManyFindings"/>. One instance serves
/// one validation on one thread.
/// </summary>
internal sealed class ValidationFindings
{
    private readonly List<ValidationError> _errors = [];
    private readonly int _maxFindings;
    private readonly MessageCatalog _messages;

    /// <summary>Initialises an empty collection.</summary>
    /// <param name="messages">The catalogue the messages come from (<see cref="LmecContentOptions.Messages"/>).</param>
    /// <param name="culture">The culture of the messages.</param>
    /// <param name="maxFindings">The most findings to keep (<see cref="ContentLimits.MaxFindings"/>).</param>
    internal ValidationFindings(MessageCatalog messages, CultureInfo culture, int maxFindings)
    {
        _messages = messages;
        Culture = culture;
        _maxFindings = maxFindings;
    }

    /// <summary>Gets the culture of the messages.</summary>
    internal CultureInfo Culture { get; }

    /// <summary>Gets whether any finding so far is an error.</summary>
    internal bool HasErrors { get; private set; }

    /// <summary>Gets the number of findings so far.</summary>
    internal int Count => _errors.Count;

    /// <summary>Gets whether the limit of findings is reached: no more are kept, and the layers stop looking for more.</summary>
    internal bool IsFull => _errors.Count >= _maxFindings;

    /// <summary>
    /// Tells whether an exception from a reader, a rule or a structure check is to be reported as a
    /// finding, rather than let through as a failure of the process.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="false"/> for out-of-memory, which no finding can help with.</returns>
    internal static bool IsReportable(Exception exception) => exception is not OutOfMemoryException;

    /// <summary>Writes a message of the catalogue in the culture of this validation, such as a part of another message.</summary>
    /// <param name="key">The message key: a code, a code and a variant, or another name such as <c>type.array</c>.</param>
    /// <param name="arguments">The message's values.</param>
    /// <returns>The message.</returns>
    internal string Format(string key, params object?[] arguments) => _messages.Format(key, Culture, arguments);

    /// <summary>Adds a built-in finding whose message is keyed by its code or a variant of it.</summary>
    /// <param name="code">The code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="path">The JSON Pointer.</param>
    /// <param name="messageKey">The message key: the code, or the code and a variant.</param>
    /// <param name="arguments">The message's values.</param>
    internal void Add(string code, ValidationSeverity severity, string path, string messageKey, params object?[] arguments)
    {
        if (!IsFull)
        {
            Add(new ValidationError { Code = code, Severity = severity, Path = path, Message = Format(messageKey, arguments) });
        }
    }

    /// <summary>Adds a built-in error found at a byte offset of the source text.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The JSON Pointer.</param>
    /// <param name="position">Where in the text.</param>
    /// <param name="messageKey">The message key.</param>
    /// <param name="arguments">The message's values.</param>
    internal void AddAt(string code, string path, SourcePosition position, string messageKey, params object?[] arguments)
    {
        if (!IsFull)
        {
            Add(new ValidationError
            {
                Code = code,
                Severity = ValidationSeverity.Error,
                Path = path,
                Message = Format(messageKey, arguments),
                Line = position.Line,
                Column = position.Column,
            });
        }
    }

    /// <summary>Tells whether a finding of a code stands at a pointer already, whatever its severity.</summary>
    /// <param name="code">The code.</param>
    /// <param name="path">The pointer.</param>
    /// <returns><see langword="true"/> when there is one.</returns>
    internal bool Contains(string code, string path)
    {
        foreach (var error in _errors)
        {
            if (error.Code == code && error.Path == path)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a finding as it is.</summary>
    /// <param name="error">The finding.</param>
    internal void Add(ValidationError error)
    {
        if (!IsFull)
        {
            _errors.Add(error);
            HasErrors |= error.Severity == ValidationSeverity.Error;
        }
    }

    /// <summary>
    /// Makes the report of findings that are all of the reading layers, whose severity cannot be changed nor
    /// their code switched off, and that all have their line and column, as the JSON front end's have.
    /// </summary>
    /// <returns>The report.</returns>
    internal ValidationReport ToReport() => ToReport(FrozenSet<string>.Empty, FrozenDictionary<string, ValidationSeverity>.Empty, []);

    /// <summary>Makes the report.</summary>
    /// <param name="settings">The severities and disabled codes to apply.</param>
    /// <param name="utf8Json">The source text, to locate findings without a line; empty for a model.</param>
    /// <returns>The report.</returns>
    internal ValidationReport ToReport(ValidationSettings settings, ReadOnlySpan<byte> utf8Json) => ToReport(settings.Disabled, settings.Severities, utf8Json);

    private ValidationReport ToReport(FrozenSet<string> disabled, FrozenDictionary<string, ValidationSeverity> severities, ReadOnlySpan<byte> utf8Json)
    {
        if (_errors.Count == 0)
        {
            return ValidationReport.Valid;
        }

        IReadOnlyDictionary<string, SourcePosition>? positions = null;
        if (!utf8Json.IsEmpty && _errors.Exists(static error => error.Line is null))
        {
            positions = JsonSourceMap.Locate(utf8Json, _errors.Where(static error => error.Line is null).Select(static error => error.Path));
        }

        var report = new List<ValidationError>(_errors.Count);
        foreach (var error in _errors)
        {
            if (disabled.Contains(error.Code))
            {
                continue;
            }

            var finding = severities.TryGetValue(error.Code, out var severity) && severity != error.Severity
                ? error with { Severity = severity }
                : error;
            if (finding.Line is null && positions is not null && positions.TryGetValue(finding.Path, out var position))
            {
                finding = finding with { Line = position.Line, Column = position.Column };
            }

            report.Add(finding);
        }

        if (IsFull)
        {
            // Validation stopped looking, so the document was not checked to its end: never valid.
            report.Add(new ValidationError
            {
                Code = ValidationCodes.TooManyFindings,
                Severity = ValidationSeverity.Error,
                Path = JsonPointer.Root,
                Message = Format(ValidationCodes.TooManyFindings, _maxFindings),
            });
        }

        return new ValidationReport(report);
    }
}
