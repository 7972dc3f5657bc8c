using System;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class PeriodTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    // ---- Construction ---------------------------------------------------------------------------

    [Fact]
    public void The_constructor_builds_a_half_open_run_of_days()
    {
        var period = new Period(D(2026, 3, 1), D(2026, 3, 31));
        Assert.Equal(D(2026, 3, 1), period.Start);
        Assert.Equal(D(2026, 3, 31), period.End);
        Assert.Equal(D(2026, 3, 30), period.LastDay);
        Assert.Equal(30, period.Days);
        Assert.Equal(PeriodUnit.Days, period.Unit);
    }

    [Theory]
    [InlineData("2026-03-05", "2026-03-01")]
    [InlineData("2026-03-01", "2026-03-01")]
    public void The_constructor_needs_the_start_before_the_end(string start, string end)
    {
        var e = Assert.Throws<ArgumentException>(() => new Period(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)));
        Assert.Equal("endExclusive", e.ParamName);
        Assert.Contains(start, e.Message, StringComparison.Ordinal);
        Assert.Contains(end, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDays_and_Day_count_days_from_the_start()
    {
        var run = Period.FromDays(D(2026, 3, 1), 30);
        Assert.Equal(new Period(D(2026, 3, 1), D(2026, 3, 31)), run);
        Assert.Equal(PeriodUnit.Days, run.Unit);

        var day = Period.Day(D(2026, 3, 1));
        Assert.Equal(D(2026, 3, 1), day.Start);
        Assert.Equal(D(2026, 3, 2), day.End);
        Assert.Equal(D(2026, 3, 1), day.LastDay);
        Assert.Equal(1, day.Days);
        Assert.Equal(Period.FromDays(D(2026, 3, 1), 1), day);

        var lastDay = Period.Day(D(9999, 12, 30));
        Assert.Equal(DateOnly.MaxValue, lastDay.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void FromDays_needs_at_least_one_day(int days)
    {
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Period.FromDays(D(2026, 3, 1), days)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Period.LastDays(days, D(2026, 3, 31))).ParamName);
    }

    [Fact]
    public void Runs_of_days_must_stay_within_the_calendar()
    {
        // The exclusive end of the last day, 9999-12-31, would be 10000-01-01.
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Day(DateOnly.MaxValue)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Period.FromDays(D(9999, 12, 1), int.MaxValue)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Period.LastDays(1, DateOnly.MinValue)).ParamName);
    }

    [Fact]
    public void LastDays_is_the_baseline_of_the_30_days_before_acting()
    {
        // Measure the 30 days before acting as the baseline.
        // Acting on 2026-03-31: 31 - 30 = March 1, so the baseline is [2026-03-01, 2026-03-31).
        var baseline = Period.LastDays(30, D(2026, 3, 31));
        Assert.Equal(D(2026, 3, 1), baseline.Start);
        Assert.Equal(D(2026, 3, 31), baseline.End);
        Assert.Equal(30, baseline.Days);
        Assert.Equal(PeriodUnit.Days, baseline.Unit);
        Assert.False(baseline.Contains(D(2026, 3, 31)));
    }

    [Theory]
    [InlineData(2026, 3, 31)]
    [InlineData(2026, 2, 28)] // 2026 is not divisible by 4
    [InlineData(2024, 2, 29)] // divisible by 4
    [InlineData(1900, 2, 28)] // divisible by 100, not by 400
    [InlineData(2000, 2, 29)] // divisible by 400
    [InlineData(2026, 4, 30)]
    [InlineData(2026, 12, 31)]
    [InlineData(1, 1, 31)]
    [InlineData(9999, 11, 30)]
    public void Month_covers_the_calendar_month(int year, int month, int days)
    {
        var period = Period.Month(year, month);
        Assert.Equal(new DateOnly(year, month, 1), period.Start);
        Assert.Equal(new DateOnly(year, month, days), period.LastDay);
        Assert.Equal(days, period.Days);
        Assert.Equal(PeriodUnit.Month, period.Unit);
    }

    [Theory]
    [InlineData(2026, 0, "month")]
    [InlineData(2026, 13, "month")]
    [InlineData(0, 1, "year")]
    [InlineData(10000, 1, "year")]
    public void Month_rejects_an_invalid_year_or_month(int year, int month, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(year, month)).ParamName);
    }

    [Fact]
    public void The_last_month_and_quarter_of_the_calendar_cannot_be_represented()
    {
        // December 9999 has 31 days and its exclusive end would be 10000-01-01, beyond DateOnly.MaxValue
        // (9999-12-31). A 30-day "December" would be silently wrong, so it is refused like Year(9999).
        var month = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(9999, 12));
        Assert.Equal("month", month.ParamName);
        var quarter = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(9999, 4));
        Assert.Equal("quarter", quarter.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Containing(D(9999, 12, 31), PeriodUnit.Month));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Containing(D(9999, 10, 1), PeriodUnit.Quarter));
        Assert.Throws<FormatException>(() => Period.Parse("9999-12", null));
        Assert.Throws<FormatException>(() => Period.Parse("9999-Q4", null));
    }

    [Fact]
    public void The_months_and_quarters_before_them_are_whole()
    {
        // November 9999: 30 days, [9999-11-01, 9999-12-01). Q3 9999: July 31 + August 31 + September 30 = 92 days.
        var november = Period.Month(9999, 11);
        Assert.Equal(D(9999, 11, 1), november.Start);
        Assert.Equal(D(9999, 12, 1), november.End);
        Assert.Equal(30, november.Days);
        Assert.Equal(92, Period.Quarter(9999, 3).Days);
        var next = Assert.Throws<ArgumentOutOfRangeException>(() => november.Next());
        Assert.Equal("count", next.ParamName);
    }

    [Theory]
    [InlineData(2026, 1, 1, 90)] // 31 + 28 + 31
    [InlineData(2024, 1, 1, 91)] // 31 + 29 + 31
    [InlineData(2026, 2, 4, 91)] // 30 + 31 + 30
    [InlineData(2026, 3, 7, 92)] // 31 + 31 + 30
    [InlineData(2026, 4, 10, 92)] // 31 + 30 + 31
    public void Quarter_covers_three_calendar_months(int year, int quarter, int firstMonth, int days)
    {
        var period = Period.Quarter(year, quarter);
        Assert.Equal(new DateOnly(year, firstMonth, 1), period.Start);
        Assert.Equal(new DateOnly(year, firstMonth, 1).AddMonths(3), period.End);
        Assert.Equal(days, period.Days);
        Assert.Equal(PeriodUnit.Quarter, period.Unit);
    }

    [Theory]
    [InlineData(2026, 0, "quarter")]
    [InlineData(2026, 5, "quarter")]
    [InlineData(0, 1, "year")]
    public void Quarter_rejects_an_invalid_year_or_quarter(int year, int quarter, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(year, quarter)).ParamName);
    }

    [Theory]
    [InlineData(2026, 365)]
    [InlineData(2024, 366)]
    [InlineData(1900, 365)]
    [InlineData(2000, 366)]
    [InlineData(9998, 365)]
    public void Year_covers_the_calendar_year(int year, int days)
    {
        var period = Period.Year(year);
        Assert.Equal(new DateOnly(year, 1, 1), period.Start);
        Assert.Equal(new DateOnly(year + 1, 1, 1), period.End);
        Assert.Equal(days, period.Days);
        Assert.Equal(PeriodUnit.Year, period.Unit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Year_rejects_years_whose_end_is_outside_the_calendar(int year)
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(year)).ParamName);
    }

    [Fact]
    public void IsoWeek_1_of_2026_starts_on_Monday_29_December_2025()
    {
        // 2026-01-01 is a Thursday, so the week holding it (the year's first Thursday) is week 1: Monday 2025-12-29.
        var week = Period.IsoWeek(2026, 1);
        Assert.Equal(D(2025, 12, 29), week.Start);
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.Equal(D(2026, 1, 5), week.End);
        Assert.Equal(D(2026, 1, 4), week.LastDay);
        Assert.Equal(7, week.Days);
        Assert.Equal(PeriodUnit.IsoWeek, week.Unit);
    }

    [Fact]
    public void IsoWeek_follows_the_53_and_52_week_years()
    {
        // 2026 starts on a Thursday: 53 ISO weeks, the last from Monday 2026-12-28 (= 2025-12-29 + 52 x 7).
        var last2026 = Period.IsoWeek(2026, 53);
        Assert.Equal(D(2026, 12, 28), last2026.Start);
        Assert.Equal(D(2027, 1, 4), last2026.End);

        // 2025 starts on a Wednesday and is not a leap year: 52 weeks, the last from Monday 2025-12-22.
        Assert.Equal(D(2025, 12, 22), Period.IsoWeek(2025, 52).Start);
        Assert.Equal("week", Assert.Throws<ArgumentOutOfRangeException>(() => Period.IsoWeek(2025, 53)).ParamName);

        // 2021 starts on a Friday: week 1 begins on the following Monday, 2021-01-04.
        Assert.Equal(D(2021, 1, 4), Period.IsoWeek(2021, 1).Start);
    }

    [Theory]
    [InlineData(2026, 0, "week")]
    [InlineData(2026, 54, "week")]
    [InlineData(0, 1, "isoYear")]
    [InlineData(9999, 1, "isoYear")]
    public void IsoWeek_rejects_an_invalid_year_or_week(int year, int week, string parameter)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => Period.IsoWeek(year, week)).ParamName);
    }

    // ---- Containing -----------------------------------------------------------------------------

    [Fact]
    public void Containing_finds_the_calendar_period_of_a_date()
    {
        var date = D(2026, 3, 15);
        Assert.Equal(Period.Month(2026, 3), Period.Containing(date, PeriodUnit.Month));
        Assert.Equal(Period.Quarter(2026, 1), Period.Containing(date, PeriodUnit.Quarter));
        Assert.Equal(Period.Year(2026), Period.Containing(date, PeriodUnit.Year));

        // 2026-03-15 is a Sunday: the week of Monday 2026-03-09, week 11 (2025-12-29 + 10 x 7).
        Assert.Equal(Period.IsoWeek(2026, 11), Period.Containing(date, PeriodUnit.IsoWeek));
        Assert.Equal(D(2026, 3, 9), Period.Containing(date, PeriodUnit.IsoWeek).Start);
    }

    [Fact]
    public void Containing_uses_the_ISO_week_year_across_new_year()
    {
        Assert.Equal(Period.IsoWeek(2026, 1), Period.Containing(D(2025, 12, 29), PeriodUnit.IsoWeek));
        Assert.Equal(Period.IsoWeek(2026, 1), Period.Containing(D(2026, 1, 4), PeriodUnit.IsoWeek));
        Assert.Equal(Period.IsoWeek(2026, 53), Period.Containing(D(2027, 1, 3), PeriodUnit.IsoWeek));
        Assert.Equal(Period.IsoWeek(2020, 53), Period.Containing(D(2021, 1, 1), PeriodUnit.IsoWeek));
    }

    [Theory]
    [InlineData(PeriodUnit.Days)]
    [InlineData((PeriodUnit)42)]
    public void Containing_needs_a_calendar_unit(PeriodUnit unit)
    {
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Containing(D(2026, 3, 15), unit)).ParamName);
    }

    // ---- Contains, Overlaps, SameDates ----------------------------------------------------------

    [Fact]
    public void Contains_includes_the_start_and_excludes_the_end()
    {
        var march = Period.Month(2026, 3);
        Assert.True(march.Contains(D(2026, 3, 1)));
        Assert.True(march.Contains(D(2026, 3, 31)));
        Assert.False(march.Contains(D(2026, 4, 1)));
        Assert.False(march.Contains(D(2026, 2, 28)));
    }

    [Fact]
    public void Overlaps_needs_a_shared_day()
    {
        var march = Period.Month(2026, 3);
        Assert.True(march.Overlaps(Period.Quarter(2026, 1)));
        Assert.True(Period.Quarter(2026, 1).Overlaps(march));
        Assert.True(march.Overlaps(Period.FromDays(D(2026, 3, 31), 2)));
        Assert.True(march.Overlaps(march));
        Assert.False(march.Overlaps(Period.Month(2026, 4)));
        Assert.False(Period.Month(2026, 4).Overlaps(march));
        Assert.False(march.Overlaps(Period.Month(2026, 2)));
    }

    [Fact]
    public void Equality_includes_the_unit_and_SameDates_does_not()
    {
        var month = Period.Month(2026, 3);
        var days = Period.FromDays(D(2026, 3, 1), 31);
        Assert.True(month.SameDates(days));
        Assert.True(days.SameDates(month));
        Assert.False(month.Equals(days));
        Assert.False(month.Equals((object)days));
        Assert.True(month != days);
        Assert.False(month == days);
        Assert.False(month.SameDates(Period.FromDays(D(2026, 3, 1), 30)));

        Assert.True(month == Period.Month(2026, 3));
        Assert.False(month != Period.Month(2026, 3));
        Assert.True(month.Equals((object)Period.Month(2026, 3)));
        Assert.False(month.Equals((object)"2026-03"));
        Assert.Equal(month.GetHashCode(), Period.Month(2026, 3).GetHashCode());
        Assert.Equal(month, Period.Containing(D(2026, 3, 31), PeriodUnit.Month));
    }

    // ---- Previous, Next, Offset -----------------------------------------------------------------

    [Fact]
    public void The_previous_month_of_March_is_February()
    {
        var february = Period.Month(2026, 3).Previous();
        Assert.Equal(Period.Month(2026, 2), february);
        Assert.Equal(28, february.Days);
        Assert.Equal(29, Period.Month(2024, 3).Previous().Days);
        Assert.Equal(Period.Month(2025, 12), Period.Month(2026, 1).Previous());
        Assert.Equal(Period.Month(2027, 1), Period.Month(2026, 12).Next());
    }

    [Fact]
    public void The_previous_quarter_of_Q1_is_Q4_of_the_year_before()
    {
        Assert.Equal(Period.Quarter(2025, 4), Period.Quarter(2026, 1).Previous());
        Assert.Equal(Period.Quarter(2027, 1), Period.Quarter(2026, 4).Next());
        Assert.Equal(Period.Year(2025), Period.Year(2026).Previous());
        Assert.Equal(Period.Year(2027), Period.Year(2026).Next());
    }

    [Fact]
    public void The_previous_ISO_week_of_2026_W01_is_2025_W52()
    {
        Assert.Equal(Period.IsoWeek(2025, 52), Period.IsoWeek(2026, 1).Previous());
        Assert.Equal(Period.IsoWeek(2026, 53), Period.IsoWeek(2026, 52).Next());
        Assert.Equal(Period.IsoWeek(2027, 1), Period.IsoWeek(2026, 53).Next());
    }

    [Fact]
    public void The_previous_run_of_days_is_the_same_number_of_days_before()
    {
        // 30 days before 2026-03-01: February has 28 days in 2026, so back to 2026-01-30. [2026-01-30, 2026-03-01).
        var baseline = Period.LastDays(30, D(2026, 3, 31));
        var before = baseline.Previous();
        Assert.Equal(D(2026, 1, 30), before.Start);
        Assert.Equal(D(2026, 3, 1), before.End);
        Assert.Equal(30, before.Days);
        Assert.Equal(PeriodUnit.Days, before.Unit);
        Assert.Equal(Period.FromDays(D(2026, 3, 31), 30), baseline.Next());
    }

    [Fact]
    public void Offset_moves_by_whole_periods()
    {
        var march = Period.Month(2026, 3);
        Assert.Equal(march, march.Offset(0));
        Assert.Equal(Period.Month(2025, 3), march.Offset(-12));

        // 2026-03 is month index 2026 x 12 + 2 = 24 314; + 95 000 = 119 314 = 9 942 x 12 + 10, November 9942.
        Assert.Equal(Period.Month(9942, 11), march.Offset(95_000));
        Assert.Equal(Period.Month(1, 1), march.Offset(-24_302)); // index 12 = 1 x 12 + 0, January of year 1

        Assert.Equal(Period.Quarter(2024, 1), Period.Quarter(2026, 1).Offset(-8));
        Assert.Equal(Period.Year(1), Period.Year(2026).Offset(-2025));
        Assert.Equal(Period.IsoWeek(2026, 53), Period.IsoWeek(2026, 1).Offset(52));
        Assert.Equal(Period.IsoWeek(2027, 1), Period.IsoWeek(2026, 1).Offset(53));

        var day = Period.Day(D(2026, 3, 1));
        Assert.Equal(Period.Day(D(2026, 3, 1).AddDays(1_000_000)), day.Offset(1_000_000));
        Assert.Equal(Period.FromDays(D(2026, 3, 1).AddDays(-30 * 1000), 30), Period.LastDays(30, D(2026, 3, 31)).Offset(-1000));

        // 2026-03-01 is day number 739 675 (days since 0001-01-01): that many days back is the first day.
        Assert.Equal(Period.Day(DateOnly.MinValue), day.Offset(-739_675));
    }

    public static TheoryData<string, int> OffsetsPastTheCalendar => new()
    {
        { "month", int.MaxValue },
        { "month", int.MinValue },
        { "month", -24_303 },
        { "month", 100_000 },
        { "quarter", int.MaxValue },
        { "quarter", int.MinValue },
        { "year", int.MaxValue },
        { "year", int.MinValue },
        { "year", -2026 },
        { "year", 7973 },
        { "week", int.MaxValue },
        { "week", int.MinValue },
        { "week", 500_000 },
        { "days", int.MaxValue },
        { "days", int.MinValue },
        { "days", 200_000 },
        { "day", -739_676 },
    };

    [Theory]
    [MemberData(nameof(OffsetsPastTheCalendar))]
    public void Offset_past_the_calendar_throws(string unit, int count)
    {
        var period = unit switch
        {
            "month" => Period.Month(2026, 3),
            "quarter" => Period.Quarter(2026, 1),
            "year" => Period.Year(2026),
            "week" => Period.IsoWeek(2026, 1),
            "days" => Period.LastDays(30, D(2026, 3, 31)),
            _ => Period.Day(D(2026, 3, 1)),
        };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => period.Offset(count));
        Assert.Equal("count", e.ParamName);
    }

    [Fact]
    public void Previous_of_the_first_period_of_the_calendar_throws()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(1, 1).Previous()).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(1).Previous()).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Day(DateOnly.MinValue).Previous()).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Period.Year(9998).Next()).ParamName);
    }

    // ---- Lengths and per-unit figures -----------------------------------------------------------

    [Fact]
    public void The_documented_conventions()
    {
        // The mean Gregorian year: 365.2425 days (146 097 days in 400 years); a month is a twelfth, a week 7 days.
        Assert.Equal(7m, Period.DaysPerWeek);
        Assert.Equal(365.2425m, Period.DaysPerYear);
        Assert.Equal(30.436875m, Period.DaysPerMonth);
        Assert.Equal(Period.DaysPerYear, Period.DaysPerMonth * 12m);
    }

    [Fact]
    public void Calendar_periods_count_whole_months()
    {
        var month = Period.Month(2026, 2);
        Assert.Equal(1m, month.Months);
        Assert.Equal(4.348125m, month.Weeks); // 30.436875 / 7
        Assert.Equal(1m / 12m, month.Years);

        var quarter = Period.Quarter(2026, 1);
        Assert.Equal(3m, quarter.Months);
        Assert.Equal(13.044375m, quarter.Weeks); // 3 x 30.436875 / 7 = 91.310625 / 7
        Assert.Equal(0.25m, quarter.Years);

        var year = Period.Year(2024);
        Assert.Equal(12m, year.Months);
        Assert.Equal(52.1775m, year.Weeks); // 365.2425 / 7
        Assert.Equal(1m, year.Years);
    }

    [Fact]
    public void Weeks_and_runs_of_days_count_days()
    {
        var week = Period.IsoWeek(2026, 5);
        Assert.Equal(1m, week.Weeks);
        Assert.Equal(7m / 30.436875m, week.Months);
        Assert.Equal(7m / 365.2425m, week.Years);

        var fortnight = Period.FromDays(D(2026, 3, 2), 14);
        Assert.Equal(2m, fortnight.Weeks);
        Assert.Equal(14m / 30.436875m, fortnight.Months);
        Assert.Equal(14m / 365.2425m, fortnight.Years);
    }

    [Fact]
    public void A_week_figure_per_month_uses_the_mean_month()
    {
        // A time saved of 13 h per person in a week. 13 h in an ISO week is
        // 13 x 30.436875 / 7 = 395.679375 / 7 = 56.525625 h a month and 13 x 52.1775 = 678.3075 h a year.
        var week = Period.IsoWeek(2026, 5);
        Assert.Equal(13m, week.PerWeek(13m));
        Assert.Equal(56.525625m, week.PerMonth(13m));
        Assert.Equal(678.3075m, week.PerYear(13m));
    }

    [Fact]
    public void A_quarter_figure_per_month_is_a_third()
    {
        // Extra revenue of 3 × 3 500 EUR = 10 500 EUR a month: 31 500 EUR over a quarter is
        // 31 500 / 3 = 10 500 EUR a month and 31 500 x 4 = 126 000 EUR a year.
        var quarter = Period.Quarter(2026, 2);
        Assert.Equal(10_500m, quarter.PerMonth(31_500m));
        Assert.Equal(126_000m, quarter.PerYear(31_500m));
        Assert.Equal(3m, quarter.PerWeek(39.133125m)); // 3 x 13.044375 = 39.133125
    }

    [Fact]
    public void Month_and_year_figures_per_unit()
    {
        // 50 h saved a month is 600 h a year; 4.348125 h a month is 1 h a week.
        var month = Period.Month(2026, 2);
        Assert.Equal(50m, month.PerMonth(50m));
        Assert.Equal(600m, month.PerYear(50m));
        Assert.Equal(1m, month.PerWeek(4.348125m));

        var year = Period.Year(2026);
        Assert.Equal(100m, year.PerMonth(1_200m));
        Assert.Equal(1_200m, year.PerYear(1_200m));
        Assert.Equal(1m, year.PerWeek(52.1775m));
    }

    [Fact]
    public void Run_figures_are_scaled_by_days()
    {
        // A 30-day baseline: 30 x 30.436875 / 30 = 30.436875 a month. A fortnight: 28 / 2 = 14 a week,
        // 14 x 30.436875 / 14 = 30.436875 a month, 14 x 365.2425 / 14 = 365.2425 a year.
        Assert.Equal(30.436875m, Period.LastDays(30, D(2026, 3, 31)).PerMonth(30m));
        var fortnight = Period.FromDays(D(2026, 3, 2), 14);
        Assert.Equal(14m, fortnight.PerWeek(28m));
        Assert.Equal(30.436875m, fortnight.PerMonth(14m));
        Assert.Equal(365.2425m, fortnight.PerYear(14m));
    }

    [Fact]
    public void Amounts_are_scaled_per_period_in_their_currency()
    {
        // The quarter's 31 500 EUR of the example above: 10 500 EUR a month, 126 000 EUR a year. A 50 EUR monthly
        // licence is 600 EUR a year. 13 USD in an ISO week is 13 x 30.436875 / 7 = 56.525625 USD a month.
        var quarter = Period.Quarter(2026, 2);
        Assert.Equal(Money.Euros(10_500m), quarter.PerMonth(Money.Euros(31_500m)));
        Assert.Equal(Money.Euros(126_000m), quarter.PerYear(Money.Euros(31_500m)));
        Assert.Equal(Money.Euros(600m), Period.Month(2026, 2).PerYear(Money.Euros(50m)));
        var week = Period.IsoWeek(2026, 5);
        Assert.Equal(Money.UsDollars(56.525625m), week.PerMonth(Money.UsDollars(13m)));
        Assert.Equal(Money.UsDollars(13m), week.PerWeek(Money.UsDollars(13m)));
        Assert.Equal(new Money(678.3075m, Currency.JPY), week.PerYear(new Money(13m, Currency.JPY)));
        Assert.Equal(new Money(-1m, Currency.GBP), Period.Month(2026, 2).PerWeek(new Money(-4.348125m, Currency.GBP)));
    }

    [KpiProperty]
    public Property Scaling_an_amount_scales_its_decimal_amount()
    {
        var periods =
            from unit in Gen.Elements(Enum.GetValues<PeriodUnit>())
            from day in Gen.Choose(0, 3_000)
            from days in Gen.Choose(1, 400)
            let start = D(2020, 1, 1).AddDays(day)
            select unit == PeriodUnit.Days ? Period.FromDays(start, days) : Period.Containing(start, unit);
        var amounts = Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 100m);
        return Prop.ForAll(periods.ToArbitrary(), amounts.ToArbitrary(), (period, amount) =>
            period.PerWeek(Money.Euros(amount)) == Money.Euros(period.PerWeek(amount))
            && period.PerMonth(Money.Euros(amount)) == Money.Euros(period.PerMonth(amount))
            && period.PerYear(Money.Euros(amount)) == Money.Euros(period.PerYear(amount)));
    }

    [Fact]
    public void Durations_are_scaled_per_period_to_the_tick()
    {
        // 13 h a week is 13 x 4.348125 = 56.525625 h = 56 h 31 min 32.25 s a month; 10 h a month is 120 h a year;
        // 28 h in a fortnight is 14 h a week.
        Assert.Equal(new TimeSpan(2, 8, 31, 32, 250), Period.IsoWeek(2026, 5).PerMonth(TimeSpan.FromHours(13)));
        Assert.Equal(TimeSpan.FromHours(13), Period.Month(2026, 2).PerWeek(new TimeSpan(2, 8, 31, 32, 250)));
        Assert.Equal(TimeSpan.FromHours(120), Period.Month(2026, 2).PerYear(TimeSpan.FromHours(10)));
        Assert.Equal(TimeSpan.FromHours(14), Period.FromDays(D(2026, 3, 2), 14).PerWeek(TimeSpan.FromHours(28)));

        // One tick in a day is 7 ticks a week: 1 / (1 / 7) in decimal is 6.99...9, rounded to the nearest tick.
        Assert.Equal(TimeSpan.FromTicks(7), Period.Day(D(2026, 3, 2)).PerWeek(TimeSpan.FromTicks(1)));
        Assert.Equal(TimeSpan.FromTicks(-7), Period.Day(D(2026, 3, 2)).PerWeek(TimeSpan.FromTicks(-1)));
    }

    // ---- Ordering -------------------------------------------------------------------------------

    [Fact]
    public void Ordering_is_by_start_then_end_then_unit()
    {
        var daysOfMarch = Period.FromDays(D(2026, 3, 1), 31);
        var march = Period.Month(2026, 3);
        var q1 = Period.Quarter(2026, 1);
        var january = Period.Month(2026, 1);
        var february = Period.Month(2026, 2);
        var q2 = Period.Quarter(2026, 2);

        var sorted = new[] { q2, march, q1, daysOfMarch, february, january }.OrderBy(p => p).ToArray();
        Assert.Equal(new[] { january, q1, february, daysOfMarch, march, q2 }, sorted);

        Assert.True(daysOfMarch < march); // same dates: Days (0) before Month (2)
        Assert.True(january < q1); // same start: the earlier end first
        Assert.True(q1 > january);
        Assert.True(march <= Period.Month(2026, 3));
        Assert.True(march >= Period.Month(2026, 3));
        Assert.False(march <= february);
        Assert.False(february >= march);
        Assert.Equal(0, march.CompareTo(Period.Month(2026, 3)));
        Assert.True(march.CompareTo((object)q2) < 0);
        Assert.True(march.CompareTo(null) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => march.CompareTo((object)"2026-03")).ParamName);
    }

    // ---- Text -----------------------------------------------------------------------------------

    public static TheoryData<string, string> IsoForms => new()
    {
        { "year", "2026" },
        { "quarter", "2026-Q1" },
        { "month", "2026-03" },
        { "week", "2026-W05" },
        { "days", "2026-03-01/P30D" },
        { "day", "2026-03-01/P1D" },
        { "week 1", "2026-W01" },
        { "year 1", "0001" },
        { "month 1", "0001-01" },
    };

    private static Period Sample(string name) => name switch
    {
        "year" => Period.Year(2026),
        "quarter" => Period.Quarter(2026, 1),
        "month" => Period.Month(2026, 3),
        "week" => Period.IsoWeek(2026, 5),
        "days" => Period.FromDays(D(2026, 3, 1), 30),
        "day" => Period.Day(D(2026, 3, 1)),
        "week 1" => Period.IsoWeek(2026, 1),
        "year 1" => Period.Year(1),
        _ => Period.Month(1, 1),
    };

    [Theory]
    [MemberData(nameof(IsoForms))]
    public void ToString_writes_the_ISO_form_in_every_culture(string sample, string expected)
    {
        var period = Sample(sample);
        Assert.Equal(expected, period.ToString());
        foreach (var format in new[] { null, "", "G", "g", "R", "r" })
        {
            foreach (var culture in Generators.CultureNames)
            {
                Assert.Equal(expected, period.ToString(format, C(culture)));
            }
        }

        Assert.Equal(period, Period.Parse(expected, null));
    }

    [Theory]
    [InlineData("fr-FR", "mars 2026")]
    [InlineData("en-US", "March 2026")]
    [InlineData("de-DE", "März 2026")]
    [InlineData("ja-JP", "2026年3月")]
    [InlineData("", "2026 March")]
    public void The_L_format_shows_a_month_in_the_culture_year_month_pattern(string culture, string expected)
    {
        // YearMonthPattern: "MMMM yyyy" (fr-FR, en-US, de-DE), "yyyy年M月" (ja-JP), "yyyy MMMM" (invariant).
        var march = Period.Month(2026, 3);
        Assert.Equal(expected, march.ToString("L", C(culture)));
        Assert.Equal(expected, march.ToString("l", C(culture)));
        using (new CultureScope(culture))
        {
            Assert.Equal(expected, march.ToString("L", null));
        }
    }

    [Theory]
    [InlineData("fr-FR", "01/03/2026", "01/03/2026 – 30/03/2026")]
    [InlineData("en-US", "3/1/2026", "3/1/2026 – 3/30/2026")]
    [InlineData("de-DE", "01.03.2026", "01.03.2026 – 30.03.2026")]
    [InlineData("ja-JP", "2026/03/01", "2026/03/01 – 2026/03/30")]
    [InlineData("", "03/01/2026", "03/01/2026 – 03/30/2026")]
    public void The_L_format_shows_days_with_the_short_date_and_the_last_day_included(string culture, string day, string run)
    {
        // The range shows the last day (March 30), not the exclusive end, joined by an en dash (U+2013).
        Assert.Equal(day, Period.Day(D(2026, 3, 1)).ToString("L", C(culture)));
        Assert.Equal(run, Period.LastDays(30, D(2026, 3, 31)).ToString("L", C(culture)));
    }

    [Fact]
    public void The_L_format_shows_every_period_in_every_culture_even_outside_its_calendar()
    {
        // Umm al-Qura (ar-SA) covers 1900-04-30 to 2077-11-16 and the Persian calendar (fa-IR) starts in
        // 622: periods outside them are shown in the culture's Gregorian calendar instead of throwing.
        Period[] extremes =
        [
            Period.Month(1, 1), Period.Month(9998, 12), Period.Day(D(1, 1, 1)), Period.Day(D(9999, 12, 30)),
            Period.FromDays(D(9999, 12, 1), 30), Period.FromDays(D(2077, 11, 10), 10), Period.Month(2026, 3),
        ];
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.AllCultures))
        {
            foreach (var period in extremes)
            {
                Assert.False(string.IsNullOrWhiteSpace(period.ToString("L", culture)), $"{period} in '{culture.Name}'");
            }
        }

        // A month of year 1 in ar-SA is the Gregorian "January 0001" in Arabic. A Gregorian month is shown
        // in the Gregorian calendar too: March 2026 straddles two Umm al-Qura months, so the Hijri month of
        // its first day (Ramadan 1447) would name other days. A day inside the calendar's range keeps the
        // culture's own calendar.
        var arabic = C("ar-SA");
        var arabicGregorian = (CultureInfo)arabic.Clone();
        arabicGregorian.DateTimeFormat.Calendar = new GregorianCalendar();
        Assert.Contains("0001", Period.Month(1, 1).ToString("L", arabic), StringComparison.Ordinal);
        Assert.Equal(D(2026, 3, 1).ToString(arabicGregorian.DateTimeFormat.YearMonthPattern, arabicGregorian), Period.Month(2026, 3).ToString("L", arabic));
        Assert.Equal(D(2026, 3, 1).ToString("d", arabic), Period.Day(D(2026, 3, 1)).ToString("L", arabic));

        // fa-IR writes Gregorian and Persian dates alike (yyyy/M/d): 1 January of year 1 in its Gregorian
        // calendar would read as 1 Farvardin of year 1 (AD 622), so it is shown in the invariant culture.
        Assert.Equal("01/01/0001", Period.Day(D(1, 1, 1)).ToString("L", C("fa-IR")));
    }

    [Fact]
    public void The_L_format_keeps_the_ISO_form_of_years_quarters_and_weeks()
    {
        var fr = C("fr-FR");
        Assert.Equal("2026", Period.Year(2026).ToString("L", fr));
        Assert.Equal("2026-Q1", Period.Quarter(2026, 1).ToString("L", fr));
        Assert.Equal("2026-W05", Period.IsoWeek(2026, 5).ToString("L", fr));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("D")]
    [InlineData("LL")]
    [InlineData("G1")]
    public void Unsupported_formats_throw(string format)
    {
        Assert.Throws<FormatException>(() => Period.Month(2026, 3).ToString(format, null));
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("2026-Q1")]
    [InlineData("2026-q1")]
    [InlineData("2026-03")]
    [InlineData("2026-W05")]
    [InlineData("2026-w05")]
    [InlineData("2026-03-01")]
    [InlineData("2026-03-01/P30D")]
    [InlineData("2026-03-01/p30d")]
    [InlineData("2026-03-01/2026-03-31")]
    [InlineData("  2026-03  ")]
    public void Parse_reads_every_form(string text)
    {
        var expected = text.Trim().ToUpperInvariant() switch
        {
            "2026" => Period.Year(2026),
            "2026-Q1" => Period.Quarter(2026, 1),
            "2026-03" => Period.Month(2026, 3),
            "2026-W05" => Period.IsoWeek(2026, 5),
            "2026-03-01" => Period.Day(D(2026, 3, 1)),
            _ => Period.FromDays(D(2026, 3, 1), 30),
        };
        Assert.Equal(expected, Period.Parse(text, null));
        Assert.Equal(expected, Period.Parse(text));
        Assert.Equal(expected, Period.Parse(text.AsSpan(), C("fr-FR")));
        Assert.True(Period.TryParse(text, C("ja-JP"), out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void Parse_of_start_and_end_reads_the_end_as_exclusive()
    {
        // "2026-03-01/2026-03-31" is the 30 days of March 1 to 30, a usual 30-day baseline.
        var period = Period.Parse("2026-03-01/2026-03-31", null);
        Assert.Equal(30, period.Days);
        Assert.Equal(D(2026, 3, 30), period.LastDay);
        Assert.Equal(Period.LastDays(30, D(2026, 3, 31)), period);
        Assert.Equal("2026-03-01/P30D", period.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-W54")]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("2026-03-05/2026-03-01")]
    [InlineData("2026-03-01/2026-03-01")]
    [InlineData("2026-03-01/P0D")]
    [InlineData("2026-03-01/P-1D")]
    [InlineData("2026-03-01/")]
    [InlineData("/2026-03-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-3")]
    [InlineData("26-03")]
    [InlineData("0000")]
    [InlineData("9999")]
    [InlineData("2026-03-01/P30")]
    public void Parse_of_an_invalid_or_impossible_period_fails(string text)
    {
        var e = Assert.Throws<FormatException>(() => Period.Parse(text, null));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
        Assert.False(Period.TryParse(text, null, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_of_null_throws_and_TryParse_of_null_is_false()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Period.Parse(null!, null)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Period.Parse(null!));
        Assert.False(Period.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void TryFormat_writes_chars_and_utf8_or_reports_a_small_destination()
    {
        var march = Period.Month(2026, 3);
        Span<char> chars = stackalloc char[7];
        Assert.True(march.TryFormat(chars, out var written, "", null));
        Assert.Equal(7, written);
        Assert.Equal("2026-03", chars.ToString());
        Assert.False(march.TryFormat(stackalloc char[6], out written, "", null));
        Assert.Equal(0, written);

        // "März 2026": 9 chars, 10 UTF-8 bytes (ä is two bytes).
        var de = C("de-DE");
        var bytes = new byte[10];
        Assert.True(march.TryFormat(bytes, out written, "L", de));
        Assert.Equal(10, written);
        Assert.Equal(Encoding.UTF8.GetBytes("März 2026"), bytes);
        Assert.False(march.TryFormat(new byte[9], out written, "L", de));
        Assert.Equal(0, written);

        Assert.Equal("period 2026-03", string.Create(CultureInfo.InvariantCulture, $"period {march}"));
    }
}

public class DefaultPeriodTests
{
    [Fact]
    public void Default_period_is_the_first_day_of_the_calendar_and_round_trips()
    {
        var period = default(Period);
        Assert.Equal(DateOnly.MinValue, period.Start);
        Assert.Equal(DateOnly.MinValue.AddDays(1), period.End);
        Assert.Equal(1, period.Days);
        Assert.Equal(PeriodUnit.Days, period.Unit);
        Assert.Equal(Period.Day(DateOnly.MinValue), period);
        Assert.Equal("0001-01-01/P1D", period.ToString());
        Assert.Equal(period, Period.Parse(period.ToString(), null));
        Assert.Equal(period, System.Text.Json.JsonSerializer.Deserialize<Period>(System.Text.Json.JsonSerializer.Serialize(period)));
        Assert.Equal(new DateOnly(1, 1, 2), period.Next().Start);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => period.Previous()).ParamName);
    }
}
