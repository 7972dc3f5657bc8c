using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Edges of <see cref="Period"/>: shared boundary days, ordering, arithmetic at the ends of the
/// calendar, the messages of its exceptions, and the "L" display form in a handful of cultures
/// whose calendars do not cover every date (ar-SA's Umm al-Qura, fa-IR's Persian, th-TH's Thai
/// Buddhist years past 9999) or whose dates carry direction marks. Expected display texts come
/// from .NET's own date formatting in the calendar the period must be shown in.
/// </summary>
public class PeriodEdgeTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    /// <summary>The culture with the Gregorian calendar among its optional calendars.</summary>
    private static CultureInfo Gregorian(string name)
    {
        var culture = (CultureInfo)C(name).Clone();
        culture.DateTimeFormat.Calendar = culture.OptionalCalendars.OfType<GregorianCalendar>().First();
        return culture;
    }

    private static string MonthIn(DateOnly first, CultureInfo culture) => first.ToString(culture.DateTimeFormat.YearMonthPattern, culture);

    // ---- Overlaps and ordering ------------------------------------------------------------------

    [Fact]
    public void Periods_sharing_only_a_boundary_day_overlap()
    {
        var march = Period.Month(2026, 3);
        var lateFebruary = Period.FromDays(D(2026, 2, 20), 10); // February 20 to March 1
        Assert.True(march.Overlaps(lateFebruary));
        Assert.True(lateFebruary.Overlaps(march));
        Assert.True(Period.Day(D(2026, 3, 1)).Overlaps(Period.Day(D(2026, 3, 1))));
        Assert.False(march.Overlaps(Period.Month(2026, 2)));
    }

    [Fact]
    public void Periods_with_the_same_start_sort_by_end_before_unit()
    {
        // Week 10 of 2026 runs Monday March 2 to Sunday March 8; the 10 days from March 2 end later,
        // so they sort after the week although the unit Days sorts before IsoWeek.
        var week = Period.IsoWeek(2026, 10);
        var tenDays = Period.FromDays(D(2026, 3, 2), 10);
        Assert.True(week.CompareTo(tenDays) < 0);
        Assert.True(tenDays.CompareTo(week) > 0);
        Assert.True(week < tenDays);
        Assert.True(Period.FromDays(D(2026, 3, 2), 2).CompareTo(Period.FromDays(D(2026, 3, 2), 3)) < 0);

        // The same dates: the unit decides, Days before Month.
        Assert.True(Period.FromDays(D(2026, 2, 1), 28).CompareTo(Period.Month(2026, 2)) < 0);
        Assert.Equal(0, Period.Month(2026, 2).CompareTo(Period.Month(2026, 2)));
    }

    [Fact]
    public void CompareTo_an_object_that_is_not_a_period_names_the_rule()
    {
        var e = Assert.Throws<ArgumentException>(() => Period.Month(2026, 3).CompareTo("2026-03"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("The value must be a Period.", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, Period.Month(2026, 3).CompareTo(null));
    }

    // ---- Arithmetic at the ends of the calendar -------------------------------------------------

    [Fact]
    public void Offset_past_the_calendar_names_the_period_and_the_count()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(2026, 3).Offset(100_000));
        Assert.StartsWith("Moving 2026-03 by 100000 periods leaves the supported calendar.", e.Message, StringComparison.Ordinal);
        Assert.Equal(100_000, e.ActualValue);
    }

    [Fact]
    public void Offset_of_a_run_of_days_by_a_count_whose_length_overflows_throws_instead_of_wrapping()
    {
        // 2 x int.MaxValue is 2^32 - 2, which a 32-bit product would wrap to -2: one step back.
        var twoDays = Period.FromDays(D(2026, 3, 1), 2);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => twoDays.Offset(int.MaxValue)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Period.IsoWeek(2026, 10).Offset(int.MaxValue)).ParamName);
    }

    [Fact]
    public void A_run_of_days_past_the_calendar_names_the_calendar_of_DateOnly()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Day(DateOnly.MaxValue));
        Assert.StartsWith("The period must stay within the calendar of DateOnly, years 1 to 9999.", e.Message, StringComparison.Ordinal);
        Assert.Equal("days", e.ParamName);
    }

    [Fact]
    public void A_seven_day_run_keeps_its_figure_per_week_even_at_the_top_of_decimal()
    {
        // A week's figure stays as it is: no multiplication by 7 that could overflow.
        var sevenDays = Period.FromDays(D(2026, 3, 3), 7);
        Assert.Equal(decimal.MaxValue, sevenDays.PerWeek(decimal.MaxValue));
        Assert.Equal(13m, sevenDays.PerWeek(13m));
    }

    // ---- Format ---------------------------------------------------------------------------------

    [Fact]
    public void An_unsupported_format_is_named_with_the_supported_ones()
    {
        var e = Assert.Throws<FormatException>(() => Period.Month(2026, 3).ToString("X", null));
        Assert.Equal("The format 'X' is not supported by Period; use \"G\", \"R\" or \"L\".", e.Message);
    }

    // ---- "L" in calendars that cannot show every period -----------------------------------------

    [Fact]
    public void A_Gregorian_month_in_ar_SA_is_shown_and_read_in_its_Gregorian_calendar()
    {
        // March 2026 straddles two Umm al-Qura months; Arabic Gregorian month names do not read as Hijri ones.
        var arabic = C("ar-SA");
        var expected = MonthIn(D(2026, 3, 1), Gregorian("ar-SA"));
        Assert.Equal(expected, Period.Month(2026, 3).ToString("L", arabic));
        Assert.Equal(Period.Month(2026, 3), Period.Parse(expected, arabic));
    }

    [Fact]
    public void Days_beyond_Umm_al_Qura_are_shown_and_read_in_the_Gregorian_calendar_of_ar_SA()
    {
        // Umm al-Qura ends on 2077-11-16. January 2, 2100 read day-first and month-first differ,
        // so only the Gregorian reading of ar-SA (not the invariant one) names it.
        var arabic = C("ar-SA");
        var expected = D(2100, 1, 2).ToString("d", Gregorian("ar-SA"));
        Assert.Equal(expected, Period.Day(D(2100, 1, 2)).ToString("L", arabic));
        Assert.Equal(Period.Day(D(2100, 1, 2)), Period.Parse(expected, arabic));
    }

    [Theory]
    [InlineData(1900, 4, 30)] // the first day of Umm al-Qura
    [InlineData(2077, 11, 16)] // its last day
    public void The_first_and_last_days_of_Umm_al_Qura_are_shown_in_it(int year, int month, int day)
    {
        var arabic = C("ar-SA");
        Assert.Equal(D(year, month, day).ToString("d", arabic), Period.Day(D(year, month, day)).ToString("L", arabic));
    }

    [Fact]
    public void A_Gregorian_month_that_is_as_long_as_its_Persian_month_is_still_shown_in_the_Gregorian_calendar()
    {
        // May 2026 and Ordibehesht 1405 both have 31 days, but May 1 is 11 Ordibehesht: the Persian
        // month would name other days.
        var persian = C("fa-IR");
        var calendar = persian.DateTimeFormat.Calendar;
        var may1 = new DateTime(2026, 5, 1);
        Assert.Equal(11, calendar.GetDayOfMonth(may1));
        Assert.Equal(31, calendar.GetDaysInMonth(calendar.GetYear(may1), calendar.GetMonth(may1)));

        var expected = MonthIn(D(2026, 5, 1), Gregorian("fa-IR"));
        Assert.Equal(expected, Period.Month(2026, 5).ToString("L", persian));
        Assert.NotEqual(MonthIn(D(2026, 5, 1), persian), expected);
        Assert.Equal(Period.Month(2026, 5), Period.Parse(expected, persian));
    }

    [Fact]
    public void Days_before_the_Persian_calendar_that_fa_IR_would_read_as_Persian_are_shown_in_the_invariant_culture()
    {
        // fa-IR writes Gregorian dates as yyyy/M/d too: 0001/1/1 would read as 1 Farvardin of year 1
        // (AD 622). The invariant short date is MM/dd/yyyy.
        var persian = C("fa-IR");
        Assert.Equal("01/01/0001", Period.Day(D(1, 1, 1)).ToString("L", persian));
        Assert.Equal("01/01/0001 – 01/03/0001", Period.FromDays(D(1, 1, 1), 3).ToString("L", persian));
        Assert.Equal(Period.Day(D(1, 1, 1)), Period.Parse("01/01/0001", persian));
        Assert.Equal(Period.FromDays(D(1, 1, 1), 3), Period.Parse("01/01/0001 – 01/03/0001", persian));
    }

    [Fact]
    public void The_Thai_year_9999_is_shown_in_the_Thai_calendar()
    {
        // The Thai Buddhist year is the Gregorian year + 543: June 9456 is June 9999.
        var thai = C("th-TH");
        var expected = MonthIn(D(9456, 6, 1), thai);
        Assert.Contains("9999", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Period.Month(9456, 6).ToString("L", thai));
        Assert.Equal(Period.Month(9456, 6), Period.Parse(expected, thai));
    }

    [Fact]
    public void Thai_years_past_9999_are_shown_and_read_in_the_invariant_culture()
    {
        // January 2, 9457 is in the Thai year 10000. Its Gregorian Thai text 2/1/9457 would read as a
        // date of the Thai year 9457, so the invariant culture shows it (MM/dd/yyyy), and only the
        // invariant reading of 01/02/9457 prints back as that text.
        var thai = C("th-TH");
        Assert.Equal("01/02/9457", Period.Day(D(9457, 1, 2)).ToString("L", thai));
        Assert.Equal(Period.Day(D(9457, 1, 2)), Period.Parse("01/02/9457", thai));
        Assert.Equal("9457 January", Period.Month(9457, 1).ToString("L", thai));
    }

    // ---- Reading the "L" form --------------------------------------------------------------------

    [Theory]
    [InlineData("fr-FR", "01/03/2026", "01/03/2026 – 30/03/2026")]
    [InlineData("en-US", "3/1/2026", "3/1/2026 – 3/30/2026")]
    [InlineData("de-DE", "01.03.2026", "01.03.2026 – 30.03.2026")]
    [InlineData("ja-JP", "2026/03/01", "2026/03/01 – 2026/03/30")]
    public void Parse_reads_a_day_and_a_run_of_days_in_their_display_form(string culture, string day, string run)
    {
        Assert.Equal(Period.Day(D(2026, 3, 1)), Period.Parse(day, C(culture)));
        Assert.Equal(Period.FromDays(D(2026, 3, 1), 30), Period.Parse(run, C(culture)));
        Assert.True(Period.TryParse(run, C(culture), out var parsed));
        Assert.Equal(Period.LastDays(30, D(2026, 3, 31)), parsed);
    }

    [Theory]
    [InlineData("fr-FR", "mars 2026")]
    [InlineData("en-US", "March 2026")]
    [InlineData("de-DE", "März 2026")]
    [InlineData("ja-JP", "2026年3月")]
    public void Parse_reads_a_month_in_its_display_form(string culture, string text)
    {
        Assert.Equal(Period.Month(2026, 3), Period.Parse(text, C(culture)));
    }

    [Fact]
    public void Parse_reads_a_month_name_that_the_date_parser_of_NET_does_not_read()
    {
        // ca-ES writes "de gener de 2026", which DateOnly.TryParseExact does not read back.
        var catalan = C("ca-ES");
        var text = Period.Month(2026, 1).ToString("L", catalan);
        Assert.False(DateOnly.TryParseExact(text, catalan.DateTimeFormat.YearMonthPattern, catalan, DateTimeStyles.AllowWhiteSpaces, out _));
        Assert.Equal(Period.Month(2026, 1), Period.Parse(text, catalan));
    }

    [Fact]
    public void Parse_reads_the_display_form_with_other_blanks_and_direction_marks()
    {
        var french = C("fr-FR");
        Assert.Equal(Period.Month(2026, 3), Period.Parse("mars\u00A02026", french));
        Assert.Equal(Period.Month(2026, 3), Period.Parse("mars\u202F2026", french));
        Assert.Equal(Period.Day(D(2026, 3, 1)), Period.Parse("\u200F01/03/2026", french));
        Assert.Equal(Period.FromDays(D(2026, 3, 1), 30), Period.Parse("\u200E01/03/2026 – 30/03/2026\u200E", french));
    }

    [Theory]
    [InlineData("décembre 9999")] // its exclusive end, 10000-01-01, is beyond DateOnly
    [InlineData("31/12/9999")]
    [InlineData("01/12/9999 – 31/12/9999")]
    [InlineData("30/03/2026 – 01/03/2026")]
    [InlineData("01/03/2026 – 01/03/2026")]
    [InlineData("01/03/2026 – ")]
    public void Display_forms_of_periods_that_cannot_exist_are_refused(string text)
    {
        var french = C("fr-FR");
        Assert.False(Period.TryParse(text, french, out var result));
        Assert.Equal(default, result);
        var e = Assert.Throws<FormatException>(() => Period.Parse(text, french));
        Assert.Contains("the culture 'fr-FR'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_refuses_a_display_form_that_names_two_periods()
    {
        // A culture whose short date is written like its months: "March 2026" is both the month and its first day.
        var culture = (CultureInfo)C("en-US").Clone();
        culture.DateTimeFormat.ShortDatePattern = "MMMM yyyy";
        Assert.Equal("March 2026", Period.Month(2026, 3).ToString("L", culture));
        Assert.Equal("March 2026", Period.Day(D(2026, 3, 1)).ToString("L", culture));

        Assert.False(Period.TryParse("March 2026", culture, out var result));
        Assert.Equal(default, result);
        Assert.Throws<FormatException>(() => Period.Parse("March 2026", culture));
    }

    [Fact]
    public void A_blank_text_is_not_a_period_in_any_culture()
    {
        Assert.False(Period.TryParse("\u00A0 \u202F", C("fr-FR"), out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void In_the_Japanese_calendar_periods_are_shown_with_Gregorian_years_since_its_patterns_name_no_era()
    {
        var japanese = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        japanese.DateTimeFormat.Calendar = new JapaneseCalendar();
        var yearMonth = japanese.DateTimeFormat.YearMonthPattern;

        // .NET itself writes December 1996 (Heisei 8) and December 2026 (Reiwa 8) alike in that calendar.
        Assert.Equal(new DateOnly(1996, 12, 1).ToString(yearMonth, japanese), new DateOnly(2026, 12, 1).ToString(yearMonth, japanese));

        // ja-JP's Gregorian form, "1996年12月", would also read in the Japanese calendar, so the period is shown
        // in the invariant culture ("yyyy MMMM"), as for the other cultures whose calendar reads Gregorian digits.
        Assert.Equal("1996 December", Period.Month(1996, 12).ToString("L", japanese));
        Assert.Equal("2026 December", Period.Month(2026, 12).ToString("L", japanese));
        foreach (var period in new[] { Period.Month(1996, 12), Period.Month(2026, 12), Period.Day(new DateOnly(1996, 12, 1)), Period.Day(new DateOnly(2026, 12, 1)) })
        {
            Assert.Equal(period, Period.Parse(period.ToString("L", japanese), japanese));
        }

        // The era-less text names two months: refused, not read as the later one.
        Assert.False(Period.TryParse(new DateOnly(1996, 12, 1).ToString(yearMonth, japanese), japanese, out _));
    }
}
