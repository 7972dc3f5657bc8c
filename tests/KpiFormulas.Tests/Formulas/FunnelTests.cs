using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class FunnelTests
{
    /// <summary>
    /// The overall rate and the product of the step rates agree within this many units of the 28th
    /// decimal per step: each step rate, each partial product and the overall rate are rounded once,
    /// at most one unit of the 28th decimal each (decimal keeps 28 decimals for values below 1), and
    /// since every factor is within [0, 1] the errors add up without being magnified: for n steps,
    /// n divisions + (n - 1) products + 1 overall division = 2n roundings.
    /// </summary>
    private const decimal ToleranceUnitsPerStep = 2m;

    private static readonly FunnelStage[] Pipeline =
    [
        new("lead", 1_000), new("MQL", 400), new("SQL", 200), new("opportunity", 50), new("won", 20),
    ];

    // ---- reference cases --------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_gives_every_step_rate_the_overall_rate_and_the_bottleneck()
    {
        // Hand calculation of the rates in cascade:
        // 400 / 1 000 = 40 %, 200 / 400 = 50 %, 50 / 200 = 25 %, 20 / 50 = 40 %; overall 20 / 1 000 = 2 %.
        var funnel = Conversion.Funnel(Pipeline);
        Assert.Equal(
            [Rate.FromPercent(40m), Rate.FromPercent(50m), Rate.FromPercent(25m), Rate.FromPercent(40m)],
            funnel.Steps.Select(s => s.Rate.Value));
        Assert.All(funnel.Steps, s => Assert.Equal(KpiIds.StageConversion, s.Rate.KpiId));
        Assert.Equal(Rate.FromPercent(2m), funnel.OverallRate.Value);
        Assert.Equal(KpiIds.Funnel, funnel.OverallRate.KpiId);

        // The bottleneck is the step with the lowest pass rate, where the most prospects are lost.
        var bottleneck = funnel.Bottleneck.Value;
        Assert.Equal("SQL", bottleneck.From.Name);
        Assert.Equal("opportunity", bottleneck.To.Name);
        Assert.Equal(Rate.FromPercent(25m), bottleneck.Rate.Value);
        Assert.Equal(150, bottleneck.Lost);                          // 200 - 50
        Assert.Equal(KpiIds.Funnel, funnel.Bottleneck.KpiId);

        // Every rate here is a terminating decimal: the product of the steps is exactly the overall rate.
        Assert.Equal(funnel.OverallRate.Value, funnel.Steps.Aggregate(Rate.One, (p, s) => p * s.Rate.Value));
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_finds_a_weak_demo_to_proposal_step()
    {
        // A B2B sales funnel whose weak step is from the demo to the written proposal; stages lead,
        // opportunity, demo, proposal, signature. Hand calculation:
        // 150 / 500 = 30 %, 90 / 150 = 60 %, 18 / 90 = 20 %, 9 / 18 = 50 %; overall 9 / 500 = 1.8 %.
        var funnel = Conversion.Funnel(
            new FunnelStage("lead", 500), new FunnelStage("opportunity", 150), new FunnelStage("demo", 90),
            new FunnelStage("proposal", 18), new FunnelStage("signature", 9));
        Assert.Equal("demo", funnel.Bottleneck.Value.From.Name);
        Assert.Equal("proposal", funnel.Bottleneck.Value.To.Name);
        Assert.Equal(Rate.FromPercent(20m), funnel.Bottleneck.Value.Rate.Value);
        Assert.Equal(Rate.FromPercent(1.8m), funnel.OverallRate.Value);
        Assert.Equal(Rate.FromPercent(30m) * Rate.FromPercent(60m) * Rate.FromPercent(20m) * Rate.FromPercent(50m), funnel.OverallRate.Value);
    }

    [Fact]
    [KpiTest(KpiIds.StageConversion)]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_step_rates_equal_the_stage_conversion_calculator()
    {
        var funnel = Conversion.Funnel(Pipeline);
        for (var i = 0; i < funnel.Steps.Count; i++)
        {
            Assert.Equal(Conversion.StageConversionRate(Pipeline[i + 1].Count, Pipeline[i].Count), funnel.Steps[i].Rate);
        }
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_bottleneck_on_a_tie_is_the_earliest_step()
    {
        // Hand calculation: 100 -> 50 -> 25 -> 20 is 50 %, 50 %, 80 %: the first 50 % step.
        var funnel = Conversion.Funnel(new FunnelStage("a", 100), new FunnelStage("b", 50), new FunnelStage("c", 25), new FunnelStage("d", 20));
        Assert.Equal("a", funnel.Bottleneck.Value.From.Name);

        // A funnel that loses nothing: every step at 100 %, the bottleneck is the first step.
        var lossless = Conversion.Funnel(new FunnelStage("a", 10), new FunnelStage("b", 10), new FunnelStage("c", 10));
        Assert.Equal("a", lossless.Bottleneck.Value.From.Name);
        Assert.Equal(Rate.One, lossless.Bottleneck.Value.Rate.Value);
        Assert.Equal(Rate.One, lossless.OverallRate.Value);
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_keeps_full_precision_and_the_printed_rounding_is_separate()
    {
        // Hand calculation: 3 -> 1 is 33.333...%, 1 -> 1 is 100 %; overall 1 / 3.
        var funnel = Conversion.Funnel(new FunnelStage("visit", 3), new FunnelStage("demo request", 1), new FunnelStage("demo", 1));
        Assert.Equal(1m / 3m, funnel.Steps[0].Rate.Value.Fraction);
        Assert.Equal(1m / 3m, funnel.OverallRate.Value.Fraction);
        Assert.Equal("visit 3 -> demo request 1 (33.3 %) -> demo 1 (100.0 %)", funnel.ToString());
    }

    // ---- empty stages -----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void A_stage_that_empties_the_funnel_is_the_bottleneck_and_later_steps_are_undefined()
    {
        // Hand calculation: 100 -> 40 -> 0 -> 0: 40 %, 0 %, then 0 / 0 (nothing reached SQL, nothing to convert).
        var funnel = Conversion.Funnel(new FunnelStage("lead", 100), new FunnelStage("MQL", 40), new FunnelStage("SQL", 0), new FunnelStage("won", 0));
        Assert.Equal(Rate.FromPercent(40m), funnel.Steps[0].Rate.Value);
        Assert.Equal(Rate.Zero, funnel.Steps[1].Rate.Value);
        var undefined = funnel.Steps[2].Rate;
        Assert.False(undefined.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.StageConversion, undefined.KpiId);
        Assert.Contains("'SQL'", undefined.Explanation, StringComparison.Ordinal);

        Assert.Equal(Rate.Zero, funnel.OverallRate.Value);          // defined: 0 of 100 leads were won
        Assert.Equal("MQL", funnel.Bottleneck.Value.From.Name);      // the step into the empty stage, at 0 %
        Assert.Equal("lead 100 -> MQL 40 (40.0 %) -> SQL 0 (0.0 %) -> won 0 (undefined)", funnel.ToString());
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void A_funnel_whose_first_stage_is_empty_has_no_overall_rate_and_no_bottleneck()
    {
        var funnel = Conversion.Funnel(new FunnelStage("lead", 0), new FunnelStage("won", 0));
        Assert.Equal(UndefinedReason.ZeroDenominator, funnel.OverallRate.Reason);
        Assert.Equal(KpiIds.Funnel, funnel.OverallRate.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, funnel.Bottleneck.Reason);
        Assert.Equal(KpiIds.Funnel, funnel.Bottleneck.KpiId);
        Assert.Equal(KpiIds.Funnel, Assert.Throws<UndefinedKpiException>(() => funnel.Bottleneck.Value).KpiId);
        Assert.False(funnel.Steps[0].Rate.IsDefined);
    }

    // ---- immutability --------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_copies_its_stages_and_cannot_be_modified()
    {
        FunnelStage[] stages = [new("lead", 10), new("won", 5)];
        var funnel = Conversion.Funnel(stages);
        stages[1] = new FunnelStage("won", 1);
        Assert.Equal(5, funnel.Stages[1].Count);
        Assert.Equal(Rate.FromPercent(50m), funnel.OverallRate.Value);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<FunnelStage>)funnel.Stages)[0] = new FunnelStage("x", 1));
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<FunnelStep>)funnel.Steps).Clear());
    }

    // ---- invalid input --------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_rejects_rising_counts_naming_both_stages_and_both_counts()
    {
        var e = Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 1_000), new FunnelStage("MQL", 400), new FunnelStage("SQL", 450)));
        Assert.Equal("stages", e.ParamName);
        Assert.Contains("'SQL' (450)", e.Message, StringComparison.Ordinal);
        Assert.Contains("'MQL' (400)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_rejects_too_few_stages_and_bad_names_and_counts()
    {
        Assert.Equal("stages", Assert.Throws<ArgumentException>(() => Conversion.Funnel()).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 10))).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentNullException>(() => Conversion.Funnel(new FunnelStage("lead", 10), new FunnelStage(null!, 5))).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentNullException>(() => Conversion.Funnel(default, new FunnelStage("won", 0))).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 10), new FunnelStage(" \t", 5))).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 10), new FunnelStage("", 5))).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentOutOfRangeException>(() => Conversion.Funnel(new FunnelStage("lead", -1), new FunnelStage("won", -2))).ParamName);
        var duplicate = Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 10), new FunnelStage("MQL", 5), new FunnelStage("MQL", 2)));
        Assert.Equal("stages", duplicate.ParamName);
        Assert.Contains("'MQL'", duplicate.Message, StringComparison.Ordinal);

        // Names are compared ordinally: "MQL" and "mql" are two stages.
        Assert.Equal(2, Conversion.Funnel(new FunnelStage("MQL", 10), new FunnelStage("mql", 5)).Stages.Count);
    }

    // ---- properties -----------------------------------------------------------------------------

    /// <summary>Stage counts that never rise: 2 to 8 stages, each keeping 0 to 100 % of the previous one.</summary>
    private static Gen<long[]> Counts(int minimum) =>
        from length in Gen.Choose(2, 8)
        from first in Gen.Choose(minimum, 2_000_000)
        from keep in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1_000_000)), (6, Gen.Choose(0, 1_000_000))), length - 1)
        select Chain(first, keep, minimum);

    private static long[] Chain(long first, int[] keepPerMillion, int minimum)
    {
        var counts = new long[keepPerMillion.Length + 1];
        counts[0] = first;
        for (var i = 0; i < keepPerMillion.Length; i++)
        {
            counts[i + 1] = Math.Max(Math.Min(minimum, counts[i]), counts[i] * keepPerMillion[i] / 1_000_000);
        }

        return counts;
    }

    private static Funnel Build(long[] counts) =>
        Conversion.Funnel(counts.Select((count, i) => new FunnelStage($"stage {i}", count)).ToArray());

    [KpiProperty]
    public Property Overall_rate_is_the_product_of_the_step_rates_when_every_count_is_positive() =>
        Prop.ForAll(Counts(minimum: 1).ToArbitrary(), counts =>
        {
            var funnel = Build(counts);
            var product = funnel.Steps.Aggregate(1m, (p, s) => p * s.Rate.Value.Fraction);
            var tolerance = ToleranceUnitsPerStep * funnel.Steps.Count * 1e-28m;
            return funnel.Steps.All(s => s.Rate.IsDefined) && Math.Abs(funnel.OverallRate.Value.Fraction - product) <= tolerance;
        });

    [KpiProperty]
    public Property Every_step_rate_is_a_proportion_and_undefined_only_after_an_empty_stage() =>
        Prop.ForAll(Counts(minimum: 0).ToArbitrary(), counts =>
        {
            var funnel = Build(counts);
            return funnel.Steps.Count == counts.Length - 1
                && funnel.Steps.Select((s, i) => s.Rate.IsDefined ? s.Rate.Value.IsProportion : counts[i] == 0).All(ok => ok)
                && funnel.OverallRate.IsDefined == (counts[0] > 0)
                && (!funnel.OverallRate.IsDefined || funnel.OverallRate.Value.IsProportion);
        });

    [KpiProperty]
    public Property Bottleneck_is_the_earliest_step_with_a_rate_no_higher_than_any_other() =>
        Prop.ForAll(Counts(minimum: 0).ToArbitrary(), counts =>
        {
            var funnel = Build(counts);
            if (!funnel.Bottleneck.TryGetValue(out var bottleneck))
            {
                return counts[0] == 0;
            }

            var index = funnel.Steps.IndexOf(bottleneck);
            var rate = bottleneck.Rate.Value;
            return funnel.Steps.Where(s => s.Rate.IsDefined).All(s => rate <= s.Rate.Value)
                && funnel.Steps.Take(index).Where(s => s.Rate.IsDefined).All(s => s.Rate.Value > rate);
        });

    [KpiProperty]
    public Property A_funnel_that_empties_has_an_overall_rate_of_zero_and_its_bottleneck_where_it_emptied() =>
        Prop.ForAll(Counts(minimum: 0).ToArbitrary().Filter(c => c[0] > 0 && c[^1] == 0), counts =>
        {
            var funnel = Build(counts);
            var firstEmpty = Array.IndexOf(counts, 0L);
            return funnel.OverallRate.Value == Rate.Zero
                && funnel.Bottleneck.Value.To.Name == $"stage {firstEmpty}";
        });
}
