using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// A reporting period: the half-open range of dates <c>[Start, End)</c>, with the unit it was built
/// from (days, ISO week, month, quarter, year), so that "the previous period" of March is February.
/// </summary>
/// <remarks>
/// <para>Not NodaTime's <c>Period</c>, which is a calendar length ("one month") with no position:
/// this is a concrete range of dates you report a KPI over.</para>
/// <para>Two periods are equal when they have the same start, end and unit; <see cref="SameDates(Period)"/>
/// compares the dates only. Ordering is by start, then end, then unit.</para>
/// <para>Text (the same in every culture, and what JSON holds as a string): <c>2026</c>,
/// <c>2026-Q1</c>, <c>2026-03</c>, <c>2026-W05</c>, and for runs of days the start and the length
/// in ISO 8601 form, <c>2026-03-01/P30D</c>, so that no one wonders whether an end date is included.
/// Parsing also accepts <c>start/endExclusive</c>.</para>
/// <para>Per-week, per-month and per-year figures (<see cref="PerMonth{T}(T)"/>...) use calendar
/// units for calendar periods (a quarter is 3 months) and otherwise the mean Gregorian year of
/// 365.2425 days: a month is 30.436875 days, a week 7 days, so a month is 4.348125 weeks and a year
/// 52.1775 weeks. This is the library's one week/month/year convention. See <c>docs/values.md</c>.</para>
/// <para><c>default(Period)</c> is a valid period: the single day 0001-01-01 (<c>0001-01-01/P1D</c>).</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PeriodJsonConverter))]
public readonly struct Period
    : IEquatable<Period>,
      IComparable<Period>,
      IComparable,
      ISpanFormattable,
      IUtf8SpanFormattable,
      ISpanParsable<Period>,
      IEqualityOperators<Period, Period, bool>,
      IComparisonOperators<Period, Period, bool>
{
    /// <summary>Days in a week: 7.</summary>
    public const decimal DaysPerWeek = 7m;

    /// <summary>Days in the mean Gregorian year: 365.2425.</summary>
    public const decimal DaysPerYear = 365.2425m;

    /// <summary>Days in the mean Gregorian month, a twelfth of <see cref="DaysPerYear"/>: 30.436875.</summary>
    public const decimal DaysPerMonth = 30.436875m;

    private readonly DateOnly start;
    // The length minus one day, so that default(Period) is a valid period: the single day 0001-01-01.
    private readonly int extraDays;

    /// <summary>Creates the run of days <c>[start, endExclusive)</c>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="endExclusive">The day after the last day.</param>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not before <paramref name="endExclusive"/>; the message names both dates.</exception>
    public Period(DateOnly start, DateOnly endExclusive)
        : this(start, endExclusive, PeriodUnit.Days)
    {
    }

    private Period(DateOnly start, DateOnly endExclusive, PeriodUnit unit)
    {
        if (start >= endExclusive)
        {
            Preconditions.ThrowArgument(nameof(endExclusive), "The start must be before the end, which is exclusive; start {0:yyyy-MM-dd} is not before end {1:yyyy-MM-dd}.", start, endExclusive);
        }

        this.start = start;
        extraDays = endExclusive.DayNumber - start.DayNumber - 1;
        Unit = unit;
    }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => start;

    /// <summary>The day after the last day (exclusive end).</summary>
    public DateOnly End => DateOnly.FromDayNumber(start.DayNumber + extraDays + 1);

    /// <summary>The last day of the period (<see cref="End"/> minus one day).</summary>
    public DateOnly LastDay => DateOnly.FromDayNumber(start.DayNumber + extraDays);

    /// <summary>The unit the period was built from.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The length in days.</summary>
    public int Days => extraDays + 1;

    /// <summary>The run of <paramref name="days"/> days from <paramref name="start"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="days">The length, at least 1.</param>
    /// <returns>The period <c>[start, start + days)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1 or runs past the calendar.</exception>
    public static Period FromDays(DateOnly start, int days)
    {
        Preconditions.Positive(days);
        return new Period(start, AddDaysChecked(start, days, nameof(days)), PeriodUnit.Days);
    }

    /// <summary>One day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The period <c>[date, date + 1)</c>.</returns>
    public static Period Day(DateOnly date) => FromDays(date, 1);

    /// <summary>
    /// The <paramref name="days"/> days before <paramref name="endExclusive"/>: a baseline over
    /// "the 30 days before acting" is <c>LastDays(30, actionDate)</c>.
    /// </summary>
    /// <param name="days">The length, at least 1.</param>
    /// <param name="endExclusive">The day after the last day (the day of the action).</param>
    /// <returns>The period <c>[endExclusive - days, endExclusive)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1 or runs past the calendar.</exception>
    public static Period LastDays(int days, DateOnly endExclusive)
    {
        Preconditions.Positive(days);
        return new Period(AddDaysChecked(endExclusive, -days, nameof(days)), endExclusive, PeriodUnit.Days);
    }

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12; 1 to 11 in 9999 (the exclusive end of December 9999,
    /// 10000-01-01, is beyond <see cref="DateOnly"/>).</param>
    /// <returns>The month as a period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static Period Month(int year, int month)
    {
        Preconditions.InRange(year, 1, 9999);
        Preconditions.InRange(month, 1, year == 9999 ? 11 : 12);
        var first = new DateOnly(year, month, 1);
        return new Period(first, first.AddMonths(1), PeriodUnit.Month);
    }

    /// <summary>A calendar quarter: Q1 is January to March.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4; 1 to 3 in 9999 (the exclusive end of Q4 9999,
    /// 10000-01-01, is beyond <see cref="DateOnly"/>).</param>
    /// <returns>The quarter as a period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static Period Quarter(int year, int quarter)
    {
        Preconditions.InRange(year, 1, 9999);
        Preconditions.InRange(quarter, 1, year == 9999 ? 3 : 4);
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new Period(first, first.AddMonths(3), PeriodUnit.Quarter);
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1 to 9998 (the end of 9999 is beyond <see cref="DateOnly"/>).</param>
    /// <returns>The year as a period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static Period Year(int year)
    {
        Preconditions.InRange(year, 1, 9998);
        return new Period(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), PeriodUnit.Year);
    }

    /// <summary>An ISO 8601 week, Monday to Sunday (week 1 holds the year's first Thursday).</summary>
    /// <param name="isoYear">The ISO week-numbering year.</param>
    /// <param name="week">The week, 1 to 52 or 53 depending on the year.</param>
    /// <returns>The week as a period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or week is out of range.</exception>
    public static Period IsoWeek(int isoYear, int week)
    {
        Preconditions.InRange(isoYear, 1, 9998);
        Preconditions.InRange(week, 1, ISOWeek.GetWeeksInYear(isoYear));
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));
        return new Period(monday, monday.AddDays(7), PeriodUnit.IsoWeek);
    }

    /// <summary>The period of a calendar unit that contains a date (the cohort month of a first order).</summary>
    /// <param name="date">The date.</param>
    /// <param name="unit">A calendar unit: <see cref="PeriodUnit.IsoWeek"/>, <see cref="PeriodUnit.Month"/>, <see cref="PeriodUnit.Quarter"/> or <see cref="PeriodUnit.Year"/>.</param>
    /// <returns>The containing period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is <see cref="PeriodUnit.Days"/> (a run of days has no natural start) or undefined,
    /// or the containing period ends beyond <see cref="DateOnly"/> (December, Q4 and the year 9999, ISO year 9999).</exception>
    public static Period Containing(DateOnly date, PeriodUnit unit)
    {
        Preconditions.CalendarUnit(unit);
        return unit switch
        {
            PeriodUnit.Month => Month(date.Year, date.Month),
            PeriodUnit.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
            PeriodUnit.Year => Year(date.Year),
            _ => IsoWeek(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue))),
        };
    }

    /// <summary>True when the date is in <c>[Start, End)</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the period contains the date.</returns>
    public bool Contains(DateOnly date) => date >= start && date.DayNumber <= start.DayNumber + extraDays;

    /// <summary>True when this period and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(Period other) => start <= other.LastDay && other.start <= LastDay;

    /// <summary>True when both periods cover the same dates, whatever their units.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True when the starts and the ends are equal.</returns>
    public bool SameDates(Period other) => start == other.start && extraDays == other.extraDays;

    /// <summary>The period just before, of the same unit (February for March; the 30 days before a 30-day run).</summary>
    /// <returns>The previous period.</returns>
    public Period Previous() => Offset(-1);

    /// <summary>The period just after, of the same unit.</summary>
    /// <returns>The next period.</returns>
    public Period Next() => Offset(1);

    /// <summary>The period <paramref name="count"/> units away (−12 months for year-over-year comparisons).</summary>
    /// <param name="count">How many periods to move; negative moves back.</param>
    /// <returns>The period of the same unit that many steps away.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result falls outside the calendar of <see cref="DateOnly"/>.</exception>
    public Period Offset(int count)
    {
        Period moved = default;
        try
        {
            moved = Unit switch
            {
                PeriodUnit.Month => FromMonthIndex(MonthIndex(start) + count, 1),
                PeriodUnit.Quarter => FromMonthIndex(MonthIndex(start) + (3L * count), 3),
                PeriodUnit.Year => Year(checked(start.Year + count)),
                PeriodUnit.IsoWeek => WeekStarting(start.AddDays(checked(7 * count))),
                _ => new Period(start.AddDays(checked(Days * count)), End.AddDays(checked(Days * count)), PeriodUnit.Days),
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            Preconditions.ThrowOutOfRange(nameof(count), count, "Moving {0} by {1} periods leaves the supported calendar.", ToString(), count);
        }

        return moved;
    }

    /// <summary>
    /// The length in weeks: 1 for an ISO week, 30.436875 × months / 7 for calendar months, quarters
    /// and years, and days / 7 otherwise.
    /// </summary>
    public decimal Weeks => CalendarMonths is { } months ? months * DaysPerMonth / DaysPerWeek : Unit == PeriodUnit.IsoWeek ? 1m : Days / DaysPerWeek;

    /// <summary>
    /// The length in months: 1, 3 or 12 for a month, a quarter or a year, and days / 30.436875
    /// otherwise.
    /// </summary>
    public decimal Months => CalendarMonths ?? (Days / DaysPerMonth);

    /// <summary>The length in years: months / 12 for calendar periods, days / 365.2425 otherwise.</summary>
    public decimal Years => CalendarMonths is { } months ? months / 12m : Days / DaysPerYear;

    /// <summary>
    /// Scales a quantity measured over this period to one week (13 h measured over a month is
    /// 13 / 4.348125 = 2.99 h a week; a week's figure stays as it is).
    /// </summary>
    /// <typeparam name="T">An additive quantity: a count or plain number (<see cref="decimal"/>), an amount
    /// (<see cref="Money"/>, which keeps its currency), or any type with the same exact decimal generic math.
    /// Rates are not additive over time and do not compile (a monthly churn is not a quarterly churn / 3).</typeparam>
    /// <param name="quantity">The quantity measured over the whole period.</param>
    /// <returns>The quantity per week, by the conventions of <see cref="Weeks"/>: computed with one rounding,
    /// so exact whenever the exact result has at most 28 decimals (50 over 10 days is exactly 35 a week).</returns>
    /// <exception cref="OverflowException">The result, or for a period of days the quantity times 7, is beyond decimal's range (quantities below about 2 × 10^26 never are).</exception>
    /// <remarks>Durations: <see cref="PerWeek(TimeSpan)"/>. Counts are passed as <see cref="decimal"/>: C# does not
    /// convert the arguments of a generic method implicitly.</remarks>
    /// <example>
    /// <code>
    /// Period.Month(2026, 3).PerWeek(56.525625m);                // 13
    /// Period.Month(2026, 3).PerWeek(Money.Euros(4_348.125m));    // 1 000 EUR
    /// </code>
    /// </example>
    public T PerWeek<T>(T quantity)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T> =>
        Unit == PeriodUnit.IsoWeek ? quantity
        : CalendarMonths is { } months ? quantity / Weeks
        : Days == 7 ? quantity

        // One rounding, so that the result is exact whenever the quotient is (50 over 10 days is 35 a
        // week); dividing by the rounded Weeks (10 / 7 = 1.428…6) would round twice.
        : quantity * DaysPerWeek / Days;

    /// <summary>
    /// Scales a quantity measured over this period to one month (13 h in an ISO week is
    /// 13 × 30.436875 / 7 = 56.53 h a month; a quarter's revenue / 3).
    /// </summary>
    /// <typeparam name="T">An additive quantity: <see cref="decimal"/>, <see cref="Money"/>, or any type with the
    /// same exact decimal generic math (see <see cref="PerWeek{T}(T)"/>).</typeparam>
    /// <param name="quantity">The quantity measured over the whole period.</param>
    /// <returns>The quantity per month, by the conventions of <see cref="Months"/>.</returns>
    /// <exception cref="OverflowException">The result, or for a period of days the quantity times 30.436875, is beyond decimal's range (quantities below about 2 × 10^26 never are).</exception>
    /// <remarks>Durations: <see cref="PerMonth(TimeSpan)"/>.</remarks>
    /// <example>
    /// <code>
    /// Period.IsoWeek(2026, 10).PerMonth(13m);                   // 56.525625
    /// Period.Quarter(2026, 1).PerMonth(Money.Euros(31_500m));   // 10 500 EUR
    /// </code>
    /// </example>
    public T PerMonth<T>(T quantity)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T> =>
        CalendarMonths is { } months ? (months == 1 ? quantity : quantity / months) : quantity * DaysPerMonth / Days;

    /// <summary>Scales a quantity measured over this period to one year (a month's figure × 12).</summary>
    /// <typeparam name="T">An additive quantity: <see cref="decimal"/>, <see cref="Money"/>, or any type with the
    /// same exact decimal generic math (see <see cref="PerWeek{T}(T)"/>).</typeparam>
    /// <param name="quantity">The quantity measured over the whole period.</param>
    /// <returns>The quantity per year, by the conventions of <see cref="Years"/>.</returns>
    /// <exception cref="OverflowException">The result, or for a period of days the quantity times 365.2425, is beyond decimal's range (quantities below about 2 × 10^26 never are).</exception>
    /// <remarks>Durations: <see cref="PerYear(TimeSpan)"/>.</remarks>
    /// <example>
    /// <code>
    /// Period.Month(2026, 3).PerYear(Money.Euros(50m)); // 600 EUR (a 50 € monthly licence)
    /// Period.IsoWeek(2026, 10).PerYear(10m);            // 521.775
    /// </code>
    /// </example>
    public T PerYear<T>(T quantity)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T> =>
        CalendarMonths is { } months ? (months == 12 ? quantity : quantity * (12m / months)) : quantity * DaysPerYear / Days;

    /// <summary>Scales a duration measured over this period to one week (see <see cref="PerWeek{T}(T)"/>).</summary>
    /// <param name="duration">The duration measured over the whole period.</param>
    /// <returns>The duration per week, to the tick (rounded half away from zero).</returns>
    /// <exception cref="OverflowException">The duration per week is beyond <see cref="TimeSpan"/>'s range.</exception>
    /// <remarks><see cref="TimeSpan"/> implements no generic-math operator interface, so durations have their own overload.</remarks>
    /// <example>
    /// <code>
    /// Period.Month(2026, 3).PerWeek(new TimeSpan(2, 8, 31, 32, 250)); // 13:00:00
    /// </code>
    /// </example>
    public TimeSpan PerWeek(TimeSpan duration) => FromTicks(PerWeek((decimal)duration.Ticks));

    /// <summary>Scales a duration measured over this period to one month (see <see cref="PerMonth{T}(T)"/>).</summary>
    /// <param name="duration">The duration measured over the whole period.</param>
    /// <returns>The duration per month, to the tick (rounded half away from zero).</returns>
    /// <exception cref="OverflowException">The duration per month is beyond <see cref="TimeSpan"/>'s range.</exception>
    /// <example>
    /// <code>
    /// Period.IsoWeek(2026, 10).PerMonth(TimeSpan.FromHours(13)); // 2.08:31:32.2500000 (13 h a week is 56 h 31 min 32.25 s a month)
    /// </code>
    /// </example>
    public TimeSpan PerMonth(TimeSpan duration) => FromTicks(PerMonth((decimal)duration.Ticks));

    /// <summary>Scales a duration measured over this period to one year (see <see cref="PerYear{T}(T)"/>).</summary>
    /// <param name="duration">The duration measured over the whole period.</param>
    /// <returns>The duration per year, to the tick (rounded half away from zero).</returns>
    /// <exception cref="OverflowException">The duration per year is beyond <see cref="TimeSpan"/>'s range.</exception>
    /// <example>
    /// <code>
    /// Period.Month(2026, 3).PerYear(TimeSpan.FromHours(10)); // 5.00:00:00 (120 h)
    /// </code>
    /// </example>
    public TimeSpan PerYear(TimeSpan duration) => FromTicks(PerYear((decimal)duration.Ticks));

    /// <inheritdoc />
    public bool Equals(Period other) => start == other.start && extraDays == other.extraDays && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(start, extraDays, Unit);

    /// <inheritdoc />
    public int CompareTo(Period other)
    {
        var byStart = start.CompareTo(other.start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = extraDays.CompareTo(other.extraDays);
        return byEnd != 0 ? byEnd : Unit.CompareTo(other.Unit);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj)
    {
        if (obj is Period other)
        {
            return CompareTo(other);
        }

        Preconditions.Argument(obj is null, nameof(obj), "The value must be a Period.");
        return 1;
    }

    /// <summary>The ISO text form: <c>2026-03</c>, <c>2026-Q1</c>, <c>2026</c>, <c>2026-W05</c>, <c>2026-03-01/P30D</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit switch
    {
        PeriodUnit.Year => start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodUnit.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-Q{((start.Month - 1) / 3) + 1}"),
        PeriodUnit.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodUnit.IsoWeek => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}/P{Days}D"),
    };

    /// <summary>Formats the period.</summary>
    /// <param name="format"><c>"G"</c>, <c>"R"</c>, empty or null: the ISO text form (see <see cref="ToString()"/>),
    /// the same in every culture; <c>"L"</c>: a display form in the culture's language (<c>mars 2026</c>,
    /// <c>March 2026</c>, <c>01/03/2026 – 30/03/2026</c> for a run of days), which
    /// <see cref="Parse(string, IFormatProvider)"/> reads back with the same culture. A period its
    /// calendar cannot show exactly (dates outside the calendar, years past 9999, a Gregorian month
    /// straddling two Hijri or Persian months) is shown in the culture's Gregorian calendar, or in
    /// the invariant culture where that text could be read in the culture's own calendar.</param>
    /// <param name="formatProvider">The culture, used by <c>"L"</c> only.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        switch (format)
        {
            case null or "" or "G" or "g" or "R" or "r":
                return ToString();
            case "L" or "l":
                return Display(Formatting.Culture(formatProvider));
            default:
                throw new FormatException($"The format '{format}' is not supported by Period; use \"G\", \"R\" or \"L\".");
        }
    }

    // Some cultures' calendars cover only part of DateOnly's range (Umm al-Qura 1900-2077, the Persian
    // calendar from 622), write years beyond 9999 that no parser reads back (the Thai calendar from
    // 9457), or have months that straddle the Gregorian ones (a Gregorian month shown as one Hijri
    // or Persian month would name other days): such periods are shown in the culture's Gregorian
    // calendar, or in the invariant culture when it has none, rather than throwing or misleading.
    // A Gregorian date in a culture whose own calendar may read the same digits (fa-IR writes both
    // 0001/1/1) is shown in the invariant culture instead, so that the text names one period only.
    private string Display(CultureInfo culture)
    {
        if (Unit is PeriodUnit.Year or PeriodUnit.Quarter or PeriodUnit.IsoWeek)
        {
            return ToString();
        }

        if (ShowsExactly(culture.DateTimeFormat.Calendar) && NamesItsEra(culture))
        {
            return DisplayIn(culture);
        }

        if (GregorianOf(culture) is { } gregorian)
        {
            var text = DisplayIn(gregorian);
            if (!ReadsInCalendarOf(text, culture))
            {
                return text;
            }
        }

        return DisplayIn(CultureInfo.InvariantCulture);
    }

    private string DisplayIn(CultureInfo culture) => Unit switch
    {
        PeriodUnit.Month => start.ToString(culture.DateTimeFormat.YearMonthPattern, culture),
        _ => Days == 1 ? start.ToString("d", culture) : string.Concat(start.ToString("d", culture), " – ", LastDay.ToString("d", culture)),
    };

    private static bool ReadsInCalendarOf(string text, CultureInfo culture)
    {
        foreach (var part in text.Split(" – "))
        {
            if (DateOnly.TryParseExact(part, "d", culture, DateTimeStyles.AllowWhiteSpaces, out _)
                || DateOnly.TryParseExact(part, culture.DateTimeFormat.YearMonthPattern, culture, DateTimeStyles.AllowWhiteSpaces, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The Japanese calendar restarts its years with each era, and ja-JP's patterns name no era: they
    // would write December 1996 (Heisei 8) and December 2026 (Reiwa 8) alike, so such a period is
    // shown in the culture's Gregorian calendar.
    private bool NamesItsEra(CultureInfo culture)
    {
        var format = culture.DateTimeFormat;
        return format.Calendar.Eras.Length <= 1
            || (Unit == PeriodUnit.Month ? format.YearMonthPattern : format.ShortDatePattern).Contains('g', StringComparison.Ordinal);
    }

    private bool ShowsExactly(Calendar calendar)
    {
        var first = start.ToDateTime(TimeOnly.MinValue);
        var last = LastDay.ToDateTime(TimeOnly.MinValue);
        if (first < calendar.MinSupportedDateTime || LastDay.ToDateTime(TimeOnly.MaxValue) > calendar.MaxSupportedDateTime
            || calendar.GetYear(last) > 9999)
        {
            return false;
        }

        return Unit != PeriodUnit.Month
            || (calendar.GetDayOfMonth(first) == 1
                && calendar.GetDaysInMonth(calendar.GetYear(first), calendar.GetMonth(first), calendar.GetEra(first)) == Days);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo?> GregorianCultures = new(StringComparer.Ordinal);

    /// <summary>The culture with its Gregorian calendar, or null when it has none (cached for the read-only cultures of the platform).</summary>
    private static CultureInfo? GregorianOf(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture;
        }

        return culture.IsReadOnly ? GregorianCultures.GetOrAdd(culture.Name, _ => FindGregorian(culture)) : FindGregorian(culture);
    }

    private static CultureInfo? FindGregorian(CultureInfo culture)
    {
        foreach (var optional in culture.OptionalCalendars)
        {
            if (optional is GregorianCalendar gregorian)
            {
                var shown = (CultureInfo)culture.Clone();
                shown.DateTimeFormat.Calendar = gregorian;
                return CultureInfo.ReadOnly(shown);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopy(ToString(format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopyUtf8(ToString(format.ToString(), provider), utf8Destination, out bytesWritten);

    /// <summary>
    /// Parses the ISO text form: <c>2026</c>, <c>2026-Q1</c>, <c>2026-03</c>, <c>2026-W05</c>,
    /// <c>2026-03-01</c> (one day), <c>2026-03-01/P30D</c> or <c>2026-03-01/2026-03-31</c> (exclusive
    /// end), the same in every culture; or the "L" display form that
    /// <see cref="ToString(string, IFormatProvider)"/> prints in <paramref name="provider"/>'s culture
    /// (<c>mars 2026</c>, <c>01/03/2026 – 30/03/2026</c> in fr-FR).
    /// </summary>
    /// <remarks>
    /// A display form is accepted only when the period it names prints back as exactly that text in
    /// the culture (blanks and direction marks aside), and refused when it could name two periods.
    /// Refused with a <see cref="FormatException"/>: anything else, an impossible period (week 54, an
    /// end before the start), or a display form of another culture.
    /// </remarks>
    public static Period Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the ISO text form (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static Period Parse(string s) => Parse(s, null);

    /// <summary>Parses the ISO text form (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the display form (the current culture when null).</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period; the message quotes the text and names the culture.</exception>
    public static Period Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a period in {Formatting.CultureName(provider)}: expected the display form of the culture or 2026, 2026-Q1, 2026-03, 2026-W05, 2026-03-01, 2026-03-01/P30D or 2026-03-01/2026-03-31 (exclusive end).");

    /// <summary>Tries to parse the ISO text form (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the display form (the current culture when null).</param>
    /// <param name="result">The period, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Period result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse the ISO text form (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the display form (the current culture when null).</param>
    /// <param name="result">The period, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Period result)
    {
        result = default;
        s = Formatting.TrimBlanks(s);
        try
        {
            if (TryParseCore(s, out result))
            {
                return true;
            }
        }
        catch (ArgumentException)
        {
            // Well-formed text naming an impossible period (week 54, start after end).
            result = default;
            return false;
        }

        return TryParseDisplayForm(s, Formatting.Culture(provider), out result);
    }

    /// <summary>
    /// Reads the "L" form of a culture: every reading (a month, a day, a run of days; in the
    /// culture's calendar, its Gregorian calendar or the invariant one, as the format may have
    /// used) is kept only when it prints back as the text, and two different readings refuse it.
    /// </summary>
    private static bool TryParseDisplayForm(ReadOnlySpan<char> s, CultureInfo culture, out Period result)
    {
        result = default;
        var text = ComparableDisplay(s);
        if (text.Length == 0)
        {
            return false;
        }

        var found = false;
        foreach (var shown in DisplayCultures(culture))
        {
            if (!TryKeepReadings(DisplayReadings(s.ToString(), shown), culture, text, ref found, ref result))
            {
                return false;
            }
        }

        // Months printed and compared: only when .NET's parser found nothing (it is the slower way).
        foreach (var shown in found ? Array.Empty<CultureInfo>() : DisplayCultures(culture))
        {
            if (!TryKeepReadings(MonthReadings(text, shown), culture, text, ref found, ref result))
            {
                return false;
            }
        }

        return found;
    }

    /// <summary>Keeps the readings that print back as the text; false when two different ones do.</summary>
    private static bool TryKeepReadings(System.Collections.Generic.IEnumerable<Period> readings, CultureInfo culture, string text, ref bool found, ref Period result)
    {
        foreach (var candidate in readings)
        {
            if (ComparableDisplay(candidate.ToString("L", culture)) != text)
            {
                continue;
            }

            if (found && candidate != result)
            {
                result = default;
                found = false;
                return false;
            }

            result = candidate;
            found = true;
        }

        return true;
    }

    private static System.Collections.Generic.IEnumerable<CultureInfo> DisplayCultures(CultureInfo culture)
    {
        yield return culture;
        if (GregorianOf(culture) is { } gregorian && !ReferenceEquals(gregorian, culture))
        {
            yield return gregorian;
        }

        yield return CultureInfo.InvariantCulture;
    }

    private static System.Collections.Generic.IEnumerable<Period> DisplayReadings(string text, CultureInfo shown)
    {
        var format = shown.DateTimeFormat;
        var withoutMarks = Formatting.WithoutMarks(text);
        foreach (var variant in withoutMarks == text ? [text] : new[] { text, withoutMarks })
        {
            if (DateOnly.TryParseExact(variant, format.YearMonthPattern, shown, DateTimeStyles.AllowWhiteSpaces, out var month)
                && !(month.Year == 9999 && month.Month == 12))
            {
                yield return Month(month.Year, month.Month);
            }

            if (DateOnly.TryParseExact(variant, "d", shown, DateTimeStyles.AllowWhiteSpaces, out var day) && day < DateOnly.MaxValue)
            {
                yield return Day(day);
            }

            var dash = variant.IndexOf(" – ", StringComparison.Ordinal);
            if (dash > 0
                && DateOnly.TryParseExact(variant.AsSpan(0, dash), "d", shown, DateTimeStyles.AllowWhiteSpaces, out var first)
                && DateOnly.TryParseExact(variant.AsSpan(dash + 3), "d", shown, DateTimeStyles.AllowWhiteSpaces, out var last)
                && last > first && last < DateOnly.MaxValue)
            {
                yield return FromDays(first, last.DayNumber - first.DayNumber + 1);
            }
        }
    }

    /// <summary>
    /// Every month of the years a run of digits in the text may be: that Gregorian year, or that
    /// year of the culture's calendar (2569 in the Thai calendar is 2026). Some month names do not
    /// read back with .NET's parser (ca-ES prints <c>de gener de 2026</c>), so the months are
    /// printed and compared instead.
    /// </summary>
    private static System.Collections.Generic.IEnumerable<Period> MonthReadings(string text, CultureInfo shown)
    {
        var calendar = shown.DateTimeFormat.Calendar;
        var offset = calendar.GetYear(new DateTime(2000, 7, 1)) - 2000;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - i > 5 || !int.TryParse(text.AsSpan(i, end - i), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            foreach (var year in offset == 0 ? [number] : new[] { number, number - offset })
            {
                if (year is < 1 or > 9999)
                {
                    continue;
                }

                for (var month = 1; month <= (year == 9999 ? 11 : 12); month++)
                {
                    yield return Month(year, month);
                }
            }
        }
    }

    /// <summary>A display text with its direction marks removed and every blank an ordinary space.</summary>
    private static string ComparableDisplay(ReadOnlySpan<char> s)
    {
        var text = Formatting.WithoutMarks(Formatting.TrimBlanks(s)).ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = Formatting.IsBlank(text[i]) ? ' ' : text[i];
        }

        return new string(text);
    }

    private static bool TryParseCore(ReadOnlySpan<char> s, out Period result)
    {
        result = default;
        var slash = s.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParseDate(s[..slash], out var from))
            {
                return false;
            }

            var right = s[(slash + 1)..];
            if (right.Length > 2 && (right[0] is 'P' or 'p') && (right[^1] is 'D' or 'd')
                && int.TryParse(right[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0)
            {
                result = FromDays(from, days);
                return true;
            }

            if (TryParseDate(right, out var to))
            {
                result = new Period(from, to);
                return true;
            }

            return false;
        }

        if (s.Length == 4 && TryParseDigits(s, out var year))
        {
            result = Year(year);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && TryParseDigits(s[..4], out year))
        {
            if (s[5] is 'Q' or 'q' && s[6] is >= '1' and <= '4')
            {
                result = Quarter(year, s[6] - '0');
                return true;
            }

            if (TryParseDigits(s[5..], out var month))
            {
                result = Month(year, month);
                return true;
            }
        }

        if (s.Length == 8 && s[4] == '-' && s[5] is 'W' or 'w' && TryParseDigits(s[..4], out year) && TryParseDigits(s[6..], out var week))
        {
            result = IsoWeek(year, week);
            return true;
        }

        if (TryParseDate(s, out var day))
        {
            result = Day(day);
            return true;
        }

        return false;
    }

    private static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParseDigits(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>Equality: same start, end and unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Orders by start, end, then unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Orders by start, end, then unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Orders by start, end, then unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by start, end, then unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    private decimal? CalendarMonths => Unit switch
    {
        PeriodUnit.Month => 1m,
        PeriodUnit.Quarter => 3m,
        PeriodUnit.Year => 12m,
        _ => null,
    };

    private static TimeSpan FromTicks(decimal ticks) => TimeSpan.FromTicks(KpiMath.RoundedTicks(ticks));

    private static long MonthIndex(DateOnly date) => (date.Year * 12L) + date.Month - 1;

    private static Period FromMonthIndex(long index, int months)
    {
        var year = (int)(index / 12);
        var month = (int)(index % 12) + 1;
        return months == 1 ? Month(year, month) : Quarter(year, ((month - 1) / 3) + 1);
    }

    private static Period WeekStarting(DateOnly monday)
    {
        var dateTime = monday.ToDateTime(TimeOnly.MinValue);
        return IsoWeek(ISOWeek.GetYear(dateTime), ISOWeek.GetWeekOfYear(dateTime));
    }

    private static DateOnly AddDaysChecked(DateOnly date, int days, string paramName)
    {
        var target = (long)date.DayNumber + days;
        if (target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber)
        {
            Preconditions.ThrowOutOfRange(paramName, days, "The period must stay within the calendar of DateOnly, years 1 to 9999.");
        }

        return DateOnly.FromDayNumber((int)target);
    }
}
