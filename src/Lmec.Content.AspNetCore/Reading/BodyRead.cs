namespace Lmec.Content.AspNetCore.Reading;

/// <summary>What reading a request body gave.</summary>
/// <param name="Outcome">How the read ended.</param>
/// <param name="Content">The bytes read, when <paramref name="Outcome"/> is <see cref="BodyOutcome.Read"/>.</param>
/// <param name="Limit">The size limit that was passed, when <paramref name="Outcome"/> is <see cref="BodyOutcome.TooLarge"/>.</param>
internal readonly record struct BodyRead(BodyOutcome Outcome, ReadOnlyMemory<byte> Content = default, long Limit = 0);
