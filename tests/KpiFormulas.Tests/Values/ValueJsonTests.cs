using System;
using System.Collections.Generic;
using System.Text.Json;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class ValueJsonTests
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    public sealed record ChurnReport(Rate MonthlyChurn, PercentagePoints Change, Ratio LtvToCac, Period Period);

    // ---- Rate ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0.25, "0.25")]
    [InlineData(0.375, "0.375")]
    [InlineData(-0.8125, "-0.8125")]
    [InlineData(0, "0")]
    public void A_rate_is_its_fraction_as_a_number(double fraction, string json)
    {
        var rate = Rate.FromFraction((decimal)fraction);
        Assert.Equal(json, JsonSerializer.Serialize(rate));
        Assert.Equal(rate, JsonSerializer.Deserialize<Rate>(json));
    }

    [Fact]
    public void A_rate_keeps_every_digit()
    {
        var third = Rate.FromRatio(1m, 3m);
        Assert.Equal("0.3333333333333333333333333333", JsonSerializer.Serialize(third));
        Assert.Equal(third, JsonSerializer.Deserialize<Rate>("0.3333333333333333333333333333"));
    }

    [Theory]
    [InlineData("\"25 %\"")]
    [InlineData("\"0.25\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    public void A_rate_must_be_a_number(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Rate>(json));
    }

    // ---- PercentagePoints ----------------------------------------------------------------------------

    [Theory]
    [InlineData(5, "5")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0, "0")]
    public void Percentage_points_are_the_number_of_points(double points, string json)
    {
        var value = PercentagePoints.FromPoints((decimal)points);
        Assert.Equal(json, JsonSerializer.Serialize(value));
        Assert.Equal(value, JsonSerializer.Deserialize<PercentagePoints>(json));
    }

    [Fact]
    public void Percentage_points_from_a_difference_of_rates_are_written_as_points()
    {
        // A rise of 5 points: 25 % - 20 % is written 5, not 0.05.
        Assert.Equal("5", JsonSerializer.Serialize(Rate.FromPercent(25m) - Rate.FromPercent(20m)));
    }

    [Theory]
    [InlineData("\"+5 pp\"")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Percentage_points_must_be_a_number(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PercentagePoints>(json));
    }

    // ---- Ratio ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("3.0")]
    [InlineData("2.4")]
    [InlineData("3.3333333333333333333333333333")]
    [InlineData("-1")]
    public void A_ratio_is_x_as_a_number(string json)
    {
        var ratio = new Ratio(decimal.Parse(json, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(json, JsonSerializer.Serialize(ratio));
        Assert.Equal(ratio, JsonSerializer.Deserialize<Ratio>(json));
    }

    [Theory]
    [InlineData("\"3:1\"")]
    [InlineData("null")]
    public void A_ratio_must_be_a_number(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Ratio>(json));
    }

    // ---- Period --------------------------------------------------------------------------------------

    [Fact]
    public void A_period_is_its_ISO_text()
    {
        Assert.Equal("\"2026\"", JsonSerializer.Serialize(Period.Year(2026)));
        Assert.Equal("\"2026-Q1\"", JsonSerializer.Serialize(Period.Quarter(2026, 1)));
        Assert.Equal("\"2026-03\"", JsonSerializer.Serialize(Period.Month(2026, 3)));
        Assert.Equal("\"2026-W05\"", JsonSerializer.Serialize(Period.IsoWeek(2026, 5)));
        Assert.Equal("\"2026-03-01/P30D\"", JsonSerializer.Serialize(Period.LastDays(30, D(2026, 3, 31))));
    }

    [Theory]
    [InlineData("\"2026\"")]
    [InlineData("\"2026-Q1\"")]
    [InlineData("\"2026-03\"")]
    [InlineData("\"2026-W05\"")]
    [InlineData("\"2026-03-01\"")]
    [InlineData("\"2026-03-01/P30D\"")]
    [InlineData("\"2026-03-01/2026-03-31\"")]
    public void A_period_reads_every_text_form(string json)
    {
        Assert.Equal(Period.Parse(json.Trim('"'), null), JsonSerializer.Deserialize<Period>(json));
    }

    [Theory]
    [InlineData("{\"start\":\"2026-03-01\",\"end\":\"2026-03-31\"}")]
    [InlineData("{\"Start\":\"2026-03-01\",\"END\":\"2026-03-31\"}")]
    public void A_period_reads_an_object_with_an_exclusive_end(string json)
    {
        // A 30-day baseline, [2026-03-01, 2026-03-31); names are case-insensitive.
        Assert.Equal(Period.LastDays(30, D(2026, 3, 31)), JsonSerializer.Deserialize<Period>(json));
    }

    [Theory]
    [InlineData("\"2026-13\"")]
    [InlineData("\"2026-W54\"")]
    [InlineData("\"x\"")]
    [InlineData("2026")]
    [InlineData("null")]
    [InlineData("[\"2026-03-01\",\"2026-03-31\"]")]
    [InlineData("{\"start\":\"2026-03-01\"}")]
    [InlineData("{\"end\":\"2026-03-31\"}")]
    [InlineData("{\"start\":\"2026-03-31\",\"end\":\"2026-03-01\"}")]
    [InlineData("{\"start\":\"2026-03-01\",\"end\":\"2026-03-01\"}")]
    [InlineData("{\"start\":\"2026-3-1\",\"end\":\"2026-03-31\"}")]
    [InlineData("{\"start\":20260301,\"end\":\"2026-03-31\"}")]
    [InlineData("{\"start\":\"2026-03-01\",\"end\":\"2026-03-31\",\"label\":\"baseline\"}")] // an unknown member: refused, never skipped
    public void A_period_rejects_other_JSON(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Period>(json));
    }

    [Fact]
    public void A_period_is_a_dictionary_key_in_its_ISO_text()
    {
        // Counts or revenue by period, such as a cohort's first-order month: {"2026-03":12,...}.
        var byPeriod = new Dictionary<Period, int>
        {
            [Period.Month(2026, 3)] = 12,
            [Period.IsoWeek(2026, 5)] = 3,
            [Period.LastDays(30, D(2026, 3, 31))] = 30,
        };
        const string Json = "{\"2026-03\":12,\"2026-W05\":3,\"2026-03-01/P30D\":30}";
        Assert.Equal(Json, JsonSerializer.Serialize(byPeriod));
        Assert.Equal(byPeriod, JsonSerializer.Deserialize<Dictionary<Period, int>>(Json));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Period, int>>("{\"2026-13\":1}"));
    }

    // ---- Inside objects ------------------------------------------------------------------------------

    [Fact]
    public void Values_serialize_inside_an_object()
    {
        var report = new ChurnReport(Rate.FromPercent(2m), PercentagePoints.FromPoints(-5m), new Ratio(3.0m), Period.Month(2026, 3));
        const string Json = "{\"monthlyChurn\":0.02,\"change\":-5,\"ltvToCac\":3.0,\"period\":\"2026-03\"}";
        Assert.Equal(Json, JsonSerializer.Serialize(report, CamelCase));
        Assert.Equal(report, JsonSerializer.Deserialize<ChurnReport>(Json, CamelCase));
    }

    // ---- Round trips ---------------------------------------------------------------------------------

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;

    [KpiProperty]
    public bool Rates_round_trip(Rate x) => RoundTrip(x) == x;

    [KpiProperty]
    public bool Percentage_points_round_trip(PercentagePoints x) => RoundTrip(x) == x;

    [KpiProperty]
    public bool Ratios_round_trip(Ratio x) => RoundTrip(x) == x;

    [KpiProperty]
    public bool Periods_round_trip(Period x) => RoundTrip(x) == x;
}

public class NumericJsonKeyTests
{
    [Fact]
    public void Rates_points_and_ratios_work_as_dictionary_keys()
    {
        var byRate = new System.Collections.Generic.Dictionary<Rate, int> { [Rate.FromPercent(25m)] = 3 };
        var json = System.Text.Json.JsonSerializer.Serialize(byRate);
        Assert.Equal("{\"0.25\":3}", json);
        Assert.Equal(3, System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<Rate, int>>(json)![Rate.FromPercent(25m)]);

        var byPoints = new System.Collections.Generic.Dictionary<PercentagePoints, int> { [PercentagePoints.FromPoints(-5m)] = 1 };
        Assert.Equal("{\"-5\":1}", System.Text.Json.JsonSerializer.Serialize(byPoints));
        Assert.Equal(1, System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<PercentagePoints, int>>("{\"-5\":1}")![PercentagePoints.FromPoints(-5m)]);

        var byRatio = new System.Collections.Generic.Dictionary<Ratio, string> { [new Ratio(2.4m)] = "ok" };
        Assert.Equal("{\"2.4\":\"ok\"}", System.Text.Json.JsonSerializer.Serialize(byRatio));
        Assert.Equal("ok", System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<Ratio, string>>("{\"2.4\":\"ok\"}")![new Ratio(2.4m)]);
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<Ratio, string>>("{\"x\":\"ok\"}"));
    }
}
