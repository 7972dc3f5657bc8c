using System.Text.Json;
using Xunit;

namespace KpiFormulas.Tests.Serialization;

/// <summary>
/// A difference of two rates near decimal's range has more points than a decimal holds: JSON writes
/// it exactly and reads it back instead of throwing.
/// </summary>
public class ExtremePointsJsonTests
{
    [Fact]
    public void A_difference_with_more_points_than_a_decimal_holds_round_trips()
    {
        // decimal.MaxValue is 79228162514264337593543950335; as a fraction it is that many times
        // 100 points, which is the same digits followed by two zeros.
        var points = PercentagePoints.FromFraction(decimal.MaxValue);

        var json = JsonSerializer.Serialize(points);

        Assert.Equal("7922816251426433759354395033500", json);
        Assert.Equal(points, JsonSerializer.Deserialize<PercentagePoints>(json));
        Assert.Equal(points, JsonSerializer.Deserialize<PercentagePoints>(json, JsonSerializerOptions.Web));
    }

    [Fact]
    public void The_most_negative_difference_round_trips_as_a_dictionary_key_too()
    {
        var points = PercentagePoints.FromFraction(decimal.MinValue);
        var table = new System.Collections.Generic.Dictionary<PercentagePoints, int> { [points] = 1 };

        var json = JsonSerializer.Serialize(table);

        Assert.Equal("{\"-7922816251426433759354395033500\":1}", json);
        Assert.Equal(1, JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<PercentagePoints, int>>(json)![points]);
    }

    [Theory]
    [InlineData("2.5", 0.025)]
    [InlineData("-250", -2.5)]
    [InlineData("1e2", 1)]
    [InlineData("0", 0)]
    public void Points_read_as_the_fraction_a_hundredth_of_them(string json, double fraction) =>
        Assert.Equal(PercentagePoints.FromFraction((decimal)fraction), JsonSerializer.Deserialize<PercentagePoints>(json));

    [Fact]
    public void Points_beyond_what_a_fraction_holds_are_refused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PercentagePoints>("79228162514264337593543950335000"));
}
