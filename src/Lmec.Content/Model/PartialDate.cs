using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Lmec.Content.Serialization;

namespace Lmec.Content.Model;

/// <summary>
/// A date of the Gregorian calendar given to the precision the source gives it: a year (<c>2023</c>), a year and
/// month (<c>2023-12</c>) or a full date (<c>2023-12-05</c>), in the ISO 8601 calendar date forms, years 0001 to
/// 9999. Compared by value; it has no order, as "2023" is neither before nor after "2023-12": compare
/// <see cref="Earliest"/> and <see cref="Latest"/>.
/// </summary>
/// <remarks>The default value is the year 0001, as the default <see cref="DateOnly"/> is 0001-01-01.</remarks>
[JsonConverter(typeof(PartialDateConverter))]
[SuppressMessage("Usage", "CA2225:Operator overloads have named alternates", Justification = "FromDate is the named alternate of the conversion from DateOnly.")]
public readonly record struct PartialDate
{
    // The year less one, so that the default value is the year 0001; 0 for an unknown month or day.
    private readonly short _yearFromOne;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>Initialises a date of which only the year is known.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not from 1 to 9999.</exception>
    public PartialDate(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        _yearFromOne = (short)(year - 1);
    }

    /// <summary>Initialises a date of which the year and month are known.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range.</exception>
    public PartialDate(int year, int month)
        : this(year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        _month = (byte)month;
    }

    /// <summary>Initialises a full date.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, 1 to the number of days of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range, or the day does not exist.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, DateTime.DaysInMonth(year, month));
        _day = (byte)day;
    }

    /// <summary>Gets the year, 1 to 9999.</summary>
    public int Year => _yearFromOne + 1;

    /// <summary>Gets the month, 1 to 12.</summary>
    /// <value>The month, or <see langword="null"/> when only the year is known.</value>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>Gets the day of the month.</summary>
    /// <value>The day, or <see langword="null"/> when the day is not known.</value>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Gets the first day the date covers: the date itself, the first of its month, or 1 January of its year.</summary>
    public DateOnly Earliest => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>Gets the last day the date covers: the date itself, the last of its month, or 31 December of its year.</summary>
    public DateOnly Latest => _day != 0 ? new(Year, _month, _day)
        : _month != 0 ? new(Year, _month, DateTime.DaysInMonth(Year, _month))
        : new(Year, 12, 31);

    /// <summary>Converts a full date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator PartialDate(DateOnly date) => FromDate(date);

    /// <summary>Makes a full date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date, of precision <see cref="DatePrecision.Day"/>.</returns>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Reads a date of the wire format: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, in ASCII digits, years 0001 to 9999, a day that exists.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date) => TryParse(text.AsSpan(), out date) && text is not null;

    /// <summary>Reads a date of the wire format: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, in ASCII digits, years 0001 to 9999, a day that exists.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns><see langword="true"/> when it is one.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10) || !TryDigits(text[..4], out var year) || year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Reads a date of the wire format: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the forms yyyy, yyyy-MM or yyyy-MM-dd (ISO 8601, Gregorian calendar, years 0001 to 9999).");
    }

    /// <summary>Gives the full date.</summary>
    /// <param name="date">The date, when the day is known.</param>
    /// <returns><see langword="true"/> when <see cref="Precision"/> is <see cref="DatePrecision.Day"/>.</returns>
    public bool TryGetDate(out DateOnly date)
    {
        date = _day != 0 ? new DateOnly(Year, _month, _day) : default;
        return _day != 0;
    }

    /// <summary>Moves the date by whole years, keeping its precision; a 29 February becomes 28 February in a year that is not a leap year.</summary>
    /// <param name="years">The years to add, negative to go back.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year would not be from 1 to 9999.</exception>
    public PartialDate AddYears(int years) => Precision switch
    {
        DatePrecision.Year => new PartialDate(Year + years),
        DatePrecision.Month => new PartialDate(Year + years, _month),
        _ => FromDate(Earliest.AddYears(years)),
    };

    /// <summary>Writes the date in its wire form: <c>2023</c>, <c>2023-12</c> or <c>2023-12-05</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var year = Year.ToString("D4", CultureInfo.InvariantCulture);
        return Precision switch
        {
            DatePrecision.Year => year,
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{year}-{_month:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year}-{_month:D2}-{_day:D2}"),
        };
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var character in text)
        {
            if (!char.IsAsciiDigit(character))
            {
                return false;
            }

            value = (value * 10) + (character - '0');
        }

        return true;
    }
}
