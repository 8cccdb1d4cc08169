using System.Globalization;

namespace Lmec.Content.Localization;

/// <summary>
/// Thrown when a message file cannot be used: it is not UTF-8, a line is not <c>KEY = TEXT</c>, a key is
/// given twice, a translation names other placeholders than the English, or a file is not named after
/// its language. A programmer's or translator's mistake, never a finding: no message is silently lost.
/// </summary>
public sealed class MessageCatalogException : Exception
{
    /// <summary>Initialises the exception with a default message.</summary>
    public MessageCatalogException()
    {
    }

    /// <summary>Initialises the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MessageCatalogException(string message)
        : base(message)
    {
    }

    /// <summary>Initialises the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MessageCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initialises the exception for a fault in a file.</summary>
    /// <param name="fileName">The file or folder, as given.</param>
    /// <param name="lineNumber">The line, from 1, or <see langword="null"/> for the whole file.</param>
    /// <param name="reason">What is wrong and what to write instead.</param>
    internal MessageCatalogException(string fileName, int? lineNumber, string reason)
        : base(lineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {line}: {reason}") : $"{fileName}: {reason}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the message file or folder at fault, as given; <see langword="null"/> when not known.</summary>
    public string? FileName { get; }

    /// <summary>Gets the line at fault, from 1; <see langword="null"/> when the fault is the whole file, or not known.</summary>
    public int? LineNumber { get; }
}
