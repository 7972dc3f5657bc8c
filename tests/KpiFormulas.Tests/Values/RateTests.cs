using System;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class RateTests
{
    [Fact]
    public void ToLongerPeriod_with_a_fractional_count_saturates_at_100_percent()
    {
        // A daily drop-out of 20 % over a mean Gregorian year (Period.DaysPerYear = 365.2425 days):
        // 1 - 0.8^365.2425 = 1 - e^(365.2425 x ln 0.8) = 1 - e^-81.5 = 1 - 4e-36, which is 1 in decimal.
        Assert.Equal(1m, Rate.FromFraction(0.2m).ToLongerPeriod(Period.DaysPerYear).Fraction);
    }

    [Fact]
    public void ToShorterPeriod_with_a_fractional_count_below_one_saturates_at_100_percent()
    {
        // 1 - 0.5^(1 / 0.0007) = 1 - 2^-1428.6: 100 % in decimal.
        Assert.Equal(1m, Rate.FromFraction(0.5m).ToShorterPeriod(0.0007m).Fraction);
    }
}
