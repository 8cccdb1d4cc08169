using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Canonicalization;

namespace Lmec.Content.Tests.Canonicalization;

public class EcmaScriptNumberTests
{
    // RFC 8785, Appendix B: IEEE 754 bit patterns and the text ECMAScript writes for them.
    public static TheoryData<string, string> Rfc8785AppendixB() => new()
    {
        { "0000000000000000", "0" },
        { "8000000000000000", "0" },
        { "0000000000000001", "5e-324" },
        { "8000000000000001", "-5e-324" },
        { "7fefffffffffffff", "1.7976931348623157e+308" },
        { "ffefffffffffffff", "-1.7976931348623157e+308" },
        { "4340000000000000", "9007199254740992" },
        { "c340000000000000", "-9007199254740992" },
        { "4430000000000000", "295147905179352830000" },
        { "44b52d02c7e14af5", "9.999999999999997e+22" },
        { "44b52d02c7e14af6", "1e+23" },
        { "44b52d02c7e14af7", "1.0000000000000001e+23" },
        { "444b1ae4d6e2ef4e", "999999999999999700000" },
        { "444b1ae4d6e2ef4f", "999999999999999900000" },
        { "444b1ae4d6e2ef50", "1e+21" },
        { "3eb0c6f7a0b5ed8c", "9.999999999999997e-7" },
        { "3eb0c6f7a0b5ed8d", "0.000001" },
        { "41b3de4355555553", "333333333.3333332" },
        { "41b3de4355555554", "333333333.33333325" },
        { "41b3de4355555555", "333333333.3333333" },
        { "41b3de4355555556", "333333333.3333334" },
        { "41b3de4355555557", "333333333.33333343" },
        { "becbf647612f3696", "-0.0000033333333333333333" },
        { "43143ff3c1cb0959", "1424953923781206.2" },
    };

    [Theory]
    [MemberData(nameof(Rfc8785AppendixB))]
    public void Format_Rfc8785AppendixBValue_WritesEcmaScriptText(string ieee754, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(long.Parse(ieee754, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        Assert.Equal(expected, EcmaScriptNumber.Format(value));
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(123e-20, "1.23e-18")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(42, "42")]
    [InlineData(0.002, "0.002")]
    public void Format_BoundariesOfPlainNotation_FollowEcmaScript(double value, string expected) =>
        Assert.Equal(expected, EcmaScriptNumber.Format(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_NonFiniteValue_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EcmaScriptNumber.Format(value));

    [Property(Arbitrary = [typeof(Doubles)])]
    public bool Format_AnyFiniteDouble_ReadsBackAsTheSameDouble(double value) =>
        double.Parse(EcmaScriptNumber.Format(value), CultureInfo.InvariantCulture).Equals(value == 0 ? 0d : value);

    /// <summary>Finite doubles drawn from every bit pattern, so subnormals, huge and tiny values all occur.</summary>
    public static class Doubles
    {
        public static Arbitrary<double> Finite() =>
            Gen.Choose(int.MinValue, int.MaxValue)
                .Two()
                .Select(static pair => BitConverter.Int64BitsToDouble(((long)pair.Item1 << 32) | (uint)pair.Item2))
                .Where(double.IsFinite)
                .ToArbitrary();
    }
}
