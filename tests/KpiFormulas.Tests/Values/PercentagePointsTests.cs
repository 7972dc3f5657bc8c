using System.Globalization;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class PercentagePointsTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(0.04, "G", "0.0\u00A0pp")]
    [InlineData(-0.04, "G", "0.0\u00A0pp")]
    [InlineData(0.05, "G", "+0.1\u00A0pp")]
    [InlineData(0.4, "G0", "0\u00A0pp")]
    [InlineData(0.5, "G0", "+1\u00A0pp")]
    public void A_value_shown_as_zero_has_no_plus_sign(double points, string format, string expected)
    {
        // +0.04 points shows as 0.0 with one decimal: no sign, like -0.04 and zero. 0.05 rounds away from zero to 0.1.
        Assert.Equal(expected, PercentagePoints.FromPoints((decimal)points).ToString(format, En));
    }
}
