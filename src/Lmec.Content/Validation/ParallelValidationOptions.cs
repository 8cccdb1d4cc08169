namespace Lmec.Content.Validation;

/// <summary>
/// How many documents <see cref="ContentValidator.ValidateManyAsync"/>, <see cref="ContentValidator.ReadManyAsync{TItem, TResult}"/>
/// and <see cref="ContentValidator.ValidateLinesAsync"/> validate at once, and how far ahead of the caller they read.
/// Results always come in the order of the input, whatever these values.
/// </summary>
public sealed class ParallelValidationOptions
{
    /// <summary>Gets or sets how many documents are validated at the same time.</summary>
    /// <value>
    /// The default value is <see cref="Environment.ProcessorCount"/>. <c>1</c> validates one document after the other on the
    /// caller's own flow, reading the next document only when the caller asks for the next result.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = Environment.ProcessorCount;

    /// <summary>
    /// Gets or sets the most documents read from the input and not yet handed to the caller, those being validated
    /// included: the back-pressure that keeps memory flat however long the input, when the caller is slower than the
    /// validation or one document takes long.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: four documents for each one validated at the same time.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int? MaxDocumentsInFlight
    {
        get;
        set
        {
            if (value is { } count)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(value));
            }

            field = value;
        }
    }

    /// <summary>Gets the window in effect: <see cref="MaxDocumentsInFlight"/>, or its default.</summary>
    internal int Window => MaxDocumentsInFlight ?? 4 * MaxDegreeOfParallelism;
}
