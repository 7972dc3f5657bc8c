using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Serialization;

/// <summary>Round trips over random values, under the default, Web and context-only options.</summary>
public class JsonRoundTripProperties
{
    private static readonly string[] OptionNames = ["default", "web", "context", "web+context"];

    [KpiProperty]
    public void Money_rates_ratios_and_points_round_trip_to_the_digit(Money money, Rate rate, Ratio ratio, PercentagePoints points)
    {
        foreach (var options in OptionNames)
        {
            Assert.Equal(money.ToString("R", null), RoundTrip(money, options).ToString("R", null));
            Assert.Equal(rate.Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture), RoundTrip(rate, options).Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ratio, RoundTrip(ratio, options));
            Assert.Equal(points, RoundTrip(points, options));
        }
    }

    [KpiProperty]
    public void Results_round_trip_defined_or_undefined(Money money, bool defined, UndefinedReason reason, NonNull<string> explanation)
    {
        var result = defined ? KpiResult.Defined(KpiIds.Cac, money) : KpiResult.Undefined<Money>(KpiIds.Cac, reason, explanation.Get);
        foreach (var options in OptionNames)
        {
            var back = RoundTrip(result, options);
            Assert.Equal(result, back);
            Assert.Equal(result.Explanation, back.Explanation);
        }
    }

    [KpiProperty]
    public void Changes_round_trip(decimal before, decimal after)
    {
        // Within ±10^12, so that after − before and the relative change stay far from decimal's limits.
        var change = Change.Between(before % 1_000_000_000_000m, after % 1_000_000_000_000m);
        foreach (var options in OptionNames)
        {
            Assert.Equal(change, RoundTrip(change, options));
        }
    }

    [KpiProperty]
    public void Funnels_round_trip(PositiveInt first, byte[] drops)
    {
        var counts = new long[Math.Min(drops.Length, 6) + 2];
        counts[0] = first.Get;
        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] = Math.Max(0, counts[i - 1] - (i - 1 < drops.Length ? drops[i - 1] : 0));
        }

        var funnel = Conversion.Funnel([.. counts.Select((c, i) => new FunnelStage($"stage {i}", c))]);
        foreach (var options in OptionNames)
        {
            var json = JsonSerializer.Serialize(funnel, JsonShapeTests.Options(options));
            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<Funnel>(json, JsonShapeTests.Options(options)), JsonShapeTests.Options(options)));
        }
    }

    [KpiProperty]
    public void Accumulator_states_restore_the_same_accumulator(byte[] answers, int[] keys, decimal[] amounts)
    {
        var nps = new NpsAccumulator();
        nps.Add([.. answers.Select(a => (byte)(a % 11))]);
        var revenue = new RevenueAccumulator(Currency.EUR, 4);
        var n = Math.Min(keys.Length, amounts.Length);
        revenue.Add([.. amounts.Take(n).Select(a => Math.Abs(decimal.Round(a % 1_000_000m, 2)))], [.. keys.Take(n).Select(k => Math.Abs(k % 4))]);
        foreach (var options in OptionNames)
        {
            var o = JsonShapeTests.Options(options);
            var npsBack = NpsAccumulator.FromState(JsonSerializer.Deserialize<NpsState>(JsonSerializer.Serialize(nps.State, o), o)!);
            Assert.Equal(nps.Result(), npsBack.Result());
            var stateJson = JsonSerializer.Serialize(revenue.State, o);
            var revenueBack = RevenueAccumulator.FromState(JsonSerializer.Deserialize<RevenueState>(stateJson, o)!);
            Assert.Equal(stateJson, JsonSerializer.Serialize(revenueBack.State, o));
            Assert.Equal(JsonSerializer.Serialize(revenue.Result(), o), JsonSerializer.Serialize(revenueBack.Result(), o));
        }
    }

    private static T RoundTrip<T>(T value, string options) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, JsonShapeTests.Options(options)), JsonShapeTests.Options(options))!;
}
