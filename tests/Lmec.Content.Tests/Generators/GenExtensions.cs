using FsCheck;
using FsCheck.Fluent;

namespace Lmec.Content.Tests.Generators;

/// <summary>Combinators the content generators share: optional values and bounded lists.</summary>
internal static class GenExtensions
{
    /// <summary>Generates <see langword="null"/> one time in three, else a value of <paramref name="gen"/>.</summary>
    public static Gen<T?> Optional<T>(this Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(static value => (T?)value)));

    /// <summary>Generates <see langword="null"/> one time in three, else a value of <paramref name="gen"/>.</summary>
    public static Gen<T?> OptionalValue<T>(this Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(static value => (T?)value)));

    /// <summary>
    /// Generates an array of up to <paramref name="max"/> elements (empty one time in three); the bound
    /// grows with FsCheck's size, so early cases stay small.
    /// </summary>
    public static Gen<T[]> Many<T>(this Gen<T> gen, int max) =>
        Gen.Sized(size => Gen.Frequency(
            (1, Gen.Constant(Array.Empty<T>())),
            (2, Gen.Choose(1, Math.Clamp(1 + (size / 15), 1, max)).SelectMany(count => gen.ArrayOf(count)))));

    /// <summary>Generates an array of <paramref name="min"/> to <paramref name="max"/> elements.</summary>
    public static Gen<T[]> Between<T>(this Gen<T> gen, int min, int max) =>
        Gen.Choose(min, max).SelectMany(count => gen.ArrayOf(count));
}
