using System;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class PeriodTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

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
}
