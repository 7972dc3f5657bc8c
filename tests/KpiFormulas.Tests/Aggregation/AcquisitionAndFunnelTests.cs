using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

public class AcquisitionAndFunnelTests
{
    private const int Channels = 4;
    private static readonly string[] Stages = ["lead", "MQL", "SQL", "opportunity", "won"];

    // ---- acquisition cost --------------------------------------------------------------------------

    public sealed record AcquisitionRows(decimal[] Spend, int[] SpendChannels, int[] Customers, int[] Leads)
    {
        // One range cuts every column at the same fraction, so the parts partition each column.
        public AcquisitionRows Slice(Range range, int rows)
        {
            Range Scale(int length)
            {
                var (start, count) = range.GetOffsetAndLength(rows);
                return (int)((long)start * length / Math.Max(1, rows))..(int)((long)(start + count) * length / Math.Max(1, rows));
            }

            return new(Spend[Scale(Spend.Length)], SpendChannels[Scale(Spend.Length)], Customers[Scale(Customers.Length)], Leads[Scale(Leads.Length)]);
        }
    }

    private static AcquisitionRows MakeAcquisition(Random random, int rows)
    {
        var spend = Enumerable.Range(0, rows).Select(_ => DecimalData.Small(random, (byte)random.Next(2, 4))).ToArray();
        var channels = Enumerable.Range(0, rows).Select(_ => random.Next(Channels)).ToArray();
        var customers = Enumerable.Range(0, random.Next(0, rows + 1)).Select(_ => random.Next(Channels)).ToArray();
        var leads = Enumerable.Range(0, random.Next(0, 3 * rows + 1)).Select(_ => random.Next(Channels)).ToArray();
        return new AcquisitionRows(spend, channels, customers, leads);
    }

    private static string Canonical(AcquisitionCostResult result)
    {
        static string Channel(ChannelAcquisition c) =>
            $"[{Bits(c.Spend.Amount)} {c.NewCustomers} {c.Leads} {Text(c.CustomerAcquisitionCost)} {Text(c.CostPerLead)}]";
        var text = new StringBuilder(Channel(result.Total));
        foreach (var channel in result.Channels)
        {
            text.Append(Channel(channel));
        }

        return text.ToString();
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    [KpiTest(KpiIds.CacByChannel)]
    [KpiTest(KpiIds.Cpl)]
    public void Cac_and_cpl_by_channel_match_a_hand_calculation()
    {
        // Ads (0): 600.00 + 400.00 = 1 000.00 for 3 customers and 50 leads: CAC 333.33..., CPL 20.00.
        // Events (1): 600.00 for 2 customers, no lead: CAC 300.00, CPL undefined.
        // Total: 1 600.00 for 5 customers and 50 leads: CAC 320.00, CPL 32.00.
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, channelCount: 2);
        acquisition.AddSpend([600.00m, 400.00m, 600.00m], [0, 0, 1]);
        acquisition.AddCustomers([0, 0, 1, 0, 1]);
        acquisition.AddLeads(channel: 0, count: 50);
        var result = acquisition.Result();
        Assert.Equal(Money.Euros(1_000m) / 3, result.Channels[0].CustomerAcquisitionCost.Value);
        Assert.Equal(KpiIds.CacByChannel, result.Channels[0].CustomerAcquisitionCost.KpiId);
        Assert.Equal(Money.Euros(20m), result.Channels[0].CostPerLead.Value);
        Assert.Equal(Money.Euros(300m), result.Channels[1].CustomerAcquisitionCost.Value);
        Assert.Equal(UndefinedReason.ZeroDenominator, result.Channels[1].CostPerLead.Reason);
        Assert.Equal(Money.Euros(320m), result.Total.CustomerAcquisitionCost.Value);
        Assert.Equal(KpiIds.Cac, result.Total.CustomerAcquisitionCost.KpiId);
        Assert.Equal(Money.Euros(32m), result.Total.CostPerLead.Value);
        Assert.Equal(KpiIds.Cpl, result.Total.CostPerLead.KpiId);
    }

    [KpiProperty]
    public Property Acquisition_cost_merges_exactly() =>
        Hold<(AcquisitionRows Rows, int Count), AcquisitionCostAccumulator, AcquisitionCostResult, AcquisitionCostState>(
            50,
            (random, rows) => (MakeAcquisition(random, rows), rows),
            (data, range) => (data.Rows.Slice(range, data.Count), data.Count),
            () => new AcquisitionCostAccumulator(Currency.EUR, Channels),
            (acc, data) =>
            {
                acc.AddSpend(data.Rows.Spend, data.Rows.SpendChannels);
                acc.AddCustomers(data.Rows.Customers);
                acc.AddLeads(data.Rows.Leads);
            },
            acc => acc.State,
            AcquisitionCostAccumulator.FromState,
            Canonical);

    [KpiProperty]
    [KpiTest(KpiIds.CacByChannel)]
    public Property Acquisition_results_equal_the_calculators() =>
        Prop.ForAll(LawCase.Gen(60).ToArbitrary(), AcquisitionEqualsCalculators);

    [Fact]
    public void Acquisition_records_overload_groups_by_any_channel()
    {
        var result = AcquisitionCostAccumulator.AggregateBy(
            [("ads", Money.Euros(600m)), ("events", Money.Euros(600m)), ("ads", Money.Euros(400m))],
            ["ads", "events", "ads", "ads", "events"],
            ["ads", "seo"],
            Currency.EUR);
        Assert.Equal(["ads", "events", "seo"], result.Keys);
        Assert.Equal(Money.Euros(1_000m) / 3, result["ads"].CustomerAcquisitionCost.Value);
        Assert.Equal(Money.Euros(1_000m), result["ads"].CostPerLead.Value);
        Assert.Equal(UndefinedReason.ZeroDenominator, result["seo"].CustomerAcquisitionCost.Reason);
        Assert.Equal(Money.Zero(Currency.EUR), result["seo"].Spend);
    }

    [Fact]
    public void Acquisition_validation_names_the_parameter()
    {
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, 2);
        Assert.Equal("channels", Assert.Throws<ArgumentException>(() => acquisition.AddSpend([1m, 2m], [0])).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => acquisition.AddSpend([1m], [2])).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentOutOfRangeException>(() => acquisition.AddSpend([-1m], [0])).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => acquisition.AddCustomers([0, -1])).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => acquisition.AddLeads([5])).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => acquisition.AddLeads(0, -2)).ParamName);
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => acquisition.AddCustomers(2, 1)).ParamName);
        Assert.Equal("amount", Assert.Throws<CurrencyMismatchException>(() => acquisition.AddSpend(Money.UsDollars(1m), 0)).ParamName);
        Assert.Equal("other", Assert.Throws<CurrencyMismatchException>(() => acquisition.Merge(new AcquisitionCostAccumulator(Currency.GBP, 2))).ParamName);
        Assert.Equal("channelCount", Assert.Throws<ArgumentOutOfRangeException>(() => new AcquisitionCostAccumulator(Currency.EUR, 0)).ParamName);
        Assert.Equal(0, acquisition.Result().Total.NewCustomers);
    }

    // ---- funnel -------------------------------------------------------------------------------------

    private static string Canonical(Funnel funnel) => string.Join(" ", funnel.Stages.Select(s => $"{s.Name}={s.Count}"));

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    [KpiTest(KpiIds.StageConversion)]
    public void Funnel_counts_every_lead_at_each_stage_it_passed()
    {
        // Furthest stages 0, 1, 3, 2, 1, 0, 0, 3: at least stage 0: 8; at least 1: 5; at least 2: 3;
        // at least 3: 2. Steps 5/8 = 62.5 %, 3/5 = 60 %, 2/3; overall 2/8 = 25 %.
        var funnel = new FunnelAccumulator("lead", "MQL", "SQL", "won");
        funnel.Add([0, 1, 3, 2, 1, 0, 0, 3]);
        var result = funnel.Result();
        Assert.Equal([8L, 5L, 3L, 2L], result.Stages.Select(s => s.Count));
        Assert.Equal(Rate.FromPercent(62.5m), result.Steps[0].Rate.Value);
        Assert.Equal(Rate.FromPercent(25m), result.OverallRate.Value);
        Assert.Equal("MQL", result.Bottleneck.Value.From.Name); // MQL -> SQL at 60 % is the lowest step
    }

    [Fact]
    public void An_empty_funnel_has_undefined_rates_and_never_throws()
    {
        var result = new FunnelAccumulator("lead", "won").Result();
        Assert.Equal(UndefinedReason.ZeroDenominator, result.OverallRate.Reason);
        Assert.False(result.Steps[0].Rate.IsDefined);
    }

    [KpiProperty]
    public Property Funnel_merges_exactly() =>
        Hold<byte[], FunnelAccumulator, Funnel, FunnelState>(
            80,
            (random, rows) => Enumerable.Range(0, rows).Select(_ => (byte)random.Next(Stages.Length)).ToArray(),
            (rows, range) => rows[range],
            () => new FunnelAccumulator(Stages),
            (acc, rows) => acc.Add(rows),
            acc => acc.State,
            FunnelAccumulator.FromState,
            Canonical);

    [Fact]
    public void Funnel_equals_Conversion_Funnel_for_every_length()
    {
        for (var length = 0; length <= 256; length++)
        {
            var random = new Random(length);
            var furthest = Enumerable.Range(0, length).Select(_ => random.Next(Stages.Length)).ToArray();
            var byInt = new FunnelAccumulator(Stages);
            byInt.Add(furthest);
            var byByte = new FunnelAccumulator(Stages);
            byByte.Add(furthest.Select(f => (byte)f).ToArray());
            var expected = Conversion.Funnel(Stages.Select((name, i) => new FunnelStage(name, furthest.Count(f => f >= i))).ToArray());
            Assert.Equal(expected.ToString(), byInt.Result().ToString());
            Assert.Equal(expected.ToString(), byByte.Result().ToString());
            Assert.Equal(expected.OverallRate, byInt.Result().OverallRate);
            Assert.Equal(expected.ToString(), FunnelAccumulator.Aggregate(furthest, f => f, Stages).ToString());
        }
    }

    [Fact]
    public void Funnel_validation_names_the_parameter()
    {
        Assert.Equal("stageNames", Assert.Throws<ArgumentException>(() => new FunnelAccumulator("lead")).ParamName);
        Assert.Equal("stageNames", Assert.Throws<ArgumentException>(() => new FunnelAccumulator("lead", "lead")).ParamName);
        Assert.Equal("stageNames", Assert.Throws<ArgumentException>(() => new FunnelAccumulator("lead", " ")).ParamName);
        var funnel = new FunnelAccumulator("lead", "won");
        Assert.Equal("furthestStages", Assert.Throws<ArgumentOutOfRangeException>(() => funnel.Add([0, 2])).ParamName);
        Assert.Equal("furthestStages", Assert.Throws<ArgumentOutOfRangeException>(() => funnel.Add([-1])).ParamName);
        Assert.Equal("furthestStages", Assert.Throws<ArgumentOutOfRangeException>(() => funnel.Add(new byte[] { 1, 2 })).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => funnel.Merge(new FunnelAccumulator("lead", "paid"))).ParamName);
        Assert.Equal(0, funnel.Result().Stages[0].Count);
    }

    // ---- conversion within a window ----------------------------------------------------------------

    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public sealed record Events(int[] Entities, int[] Stages, DateTime[] Times);

    private static Events MakeEvents(Random random, int rows, int entities) =>
        new(
            Enumerable.Range(0, rows).Select(_ => random.Next(entities)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => random.Next(3)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => Start.AddHours(random.Next(0, 24 * 20))).ToArray());

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Conversion_within_a_window_matches_a_hand_calculation()
    {
        // User 0: signup day 0, activated day 2 (within 7), paid day 5 (3 days later): converts twice.
        // User 1: activated day 9: too late. User 2: signup only. User 3: paid but never signed up.
        // signup 3 -> activated 1 -> paid 1.
        var conversions = new ConversionWindowAccumulator(entityCount: 4, TimeSpan.FromDays(7), "signup", "activated", "paid");
        conversions.Add(stage: 0, entities: [0, 1, 2], timestamps: [Start, Start, Start]);
        conversions.Add(stage: 1, entities: [0, 1], timestamps: [Start.AddDays(2), Start.AddDays(9)]);
        conversions.Add([0, 3, 0], [2, 2, 2], [Start.AddDays(5), Start.AddDays(1), Start.AddDays(6)]);
        var funnel = conversions.Result();
        Assert.Equal([3L, 1L, 1L], funnel.Stages.Select(s => s.Count));
        Assert.Equal(Rate.FromFraction(1m / 3m), funnel.Steps[0].Rate.Value);
        Assert.Equal(Rate.One, funnel.Steps[1].Rate.Value);

        // Exactly at the window's end still counts: 7 days to the tick.
        var edge = new ConversionWindowAccumulator(1, TimeSpan.FromDays(7), "a", "b");
        edge.Add(0, [0], [Start]);
        edge.Add(1, [0], [Start.AddDays(7)]);
        Assert.Equal(1, edge.Result().Stages[1].Count);
    }

    [KpiProperty]
    public Property Conversion_windows_merge_exactly() =>
        Hold<Events, ConversionWindowAccumulator, Funnel, ConversionWindowState>(
            80,
            (random, rows) => MakeEvents(random, rows, 12),
            (events, range) => new Events(events.Entities[range], events.Stages[range], events.Times[range]),
            () => new ConversionWindowAccumulator(12, TimeSpan.FromDays(5), "visit", "trial", "paid"),
            (acc, events) => acc.Add(events.Entities, events.Stages, events.Times),
            acc => acc.State,
            ConversionWindowAccumulator.FromState,
            Canonical);

    [KpiProperty]
    public Property Conversion_windows_equal_a_reference_on_records() =>
        Prop.ForAll(LawCase.Gen(100).ToArbitrary(), ConversionEqualsReference);

    [Fact]
    public void Conversion_window_validation_names_the_parameter()
    {
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => new ConversionWindowAccumulator(1, TimeSpan.FromDays(-1), "a", "b")).ParamName);
        Assert.Equal("entityCount", Assert.Throws<ArgumentOutOfRangeException>(() => new ConversionWindowAccumulator(-1, TimeSpan.Zero, "a", "b")).ParamName);
        var conversions = new ConversionWindowAccumulator(2, TimeSpan.FromDays(1), "a", "b");
        Assert.Equal("stage", Assert.Throws<ArgumentOutOfRangeException>(() => conversions.Add(2, [0], [Start])).ParamName);
        Assert.Equal("entities", Assert.Throws<ArgumentOutOfRangeException>(() => conversions.Add(0, [2], [Start])).ParamName);
        Assert.Equal("timestamps", Assert.Throws<ArgumentException>(() => conversions.Add(0, [0, 1], [Start])).ParamName);
        Assert.Equal("stages", Assert.Throws<ArgumentOutOfRangeException>(() => conversions.Add([0], [5], [Start])).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => conversions.Merge(new ConversionWindowAccumulator(2, TimeSpan.FromDays(2), "a", "b"))).ParamName);
        Assert.Equal(0, conversions.Result().Stages[0].Count);
    }

    private static bool AcquisitionEqualsCalculators(LawCase c)
    {
        var rows = MakeAcquisition(new Random(c.Seed), c.Rows);
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, Channels);
        acquisition.AddSpend(rows.Spend, rows.SpendChannels);
        acquisition.AddCustomers(rows.Customers);
        acquisition.AddLeads(rows.Leads);
        var result = acquisition.Result();

        var spend = new Money[Channels];
        var customers = new long[Channels];
        var leads = new long[Channels];
        var total = 0m;
        for (var k = 0; k < Channels; k++)
        {
            var perChannel = 0m;
            for (var i = 0; i < rows.Spend.Length; i++)
            {
                if (rows.SpendChannels[i] == k)
                {
                    perChannel += rows.Spend[i];
                }
            }

            spend[k] = Money.Euros(perChannel);
            customers[k] = rows.Customers.Count(x => x == k);
            leads[k] = rows.Leads.Count(x => x == k);
        }

        foreach (var amount in rows.Spend)
        {
            total += amount;
        }

        var cac = new KpiResult<Money>[Channels];
        Acquisition.CustomerAcquisitionCostByChannel(spend, customers, cac);
        var ok = Bits(total) == Bits(result.Total.Spend.Amount)
            && result.Total.CustomerAcquisitionCost == Acquisition.CustomerAcquisitionCost(Money.Euros(total), customers.Sum())
            && result.Total.CostPerLead == Acquisition.CostPerLead(Money.Euros(total), leads.Sum());
        for (var k = 0; k < Channels; k++)
        {
            ok &= Bits(spend[k].Amount) == Bits(result.Channels[k].Spend.Amount)
                && result.Channels[k].CustomerAcquisitionCost == cac[k]
                && result.Channels[k].CostPerLead == Acquisition.CostPerLead(spend[k], leads[k]);
        }

        return ok;
    }

    private static bool ConversionEqualsReference(LawCase c)
    {
        var events = MakeEvents(new Random(c.Seed), c.Rows, 15);
        var window = TimeSpan.FromDays(4);
        var accumulator = new ConversionWindowAccumulator(15, window, "visit", "trial", "paid");
        accumulator.Add(events.Entities, events.Stages, events.Times);

        // Reference: the earliest event per entity and stage, then the chain rule, with LINQ.
        var reached = new long[3];
        foreach (var entity in events.Entities.Distinct())
        {
            DateTime? First(int stage) => events.Entities.Select((e, i) => (e, i)).Where(x => x.e == entity && events.Stages[x.i] == stage).Select(x => (DateTime?)events.Times[x.i]).Min();
            var at = First(0);
            for (var s = 0; s < 3 && at is not null; s++)
            {
                var time = s == 0 ? at : First(s);
                if (time is null || time < at || time - at > window)
                {
                    break;
                }

                reached[s]++;
                at = time;
            }
        }

        var expected = Conversion.Funnel(new FunnelStage("visit", reached[0]), new FunnelStage("trial", reached[1]), new FunnelStage("paid", reached[2]));
        var records = events.Entities.Select((e, i) => (User: $"u{e}", Stage: events.Stages[i], At: events.Times[i]));
        var fromRecords = ConversionWindowAccumulator.Aggregate(records, r => r.User, r => r.Stage, r => r.At, window, ["visit", "trial", "paid"]);
        return expected.ToString() == accumulator.Result().ToString() && expected.ToString() == fromRecords.ToString();
    }

    [Fact]
    public void Span_paths_equal_their_references_for_every_length_0_to_256()
    {
        for (var length = 0; length <= 256; length++)
        {
            var c = new LawCase(Seed: (length * 7919) + 17, Rows: length, FirstCut: 0, SecondCut: 0, Partitions: 2);
            Assert.True(AcquisitionEqualsCalculators(c), $"AcquisitionEqualsCalculators, length {length}");
            Assert.True(ConversionEqualsReference(c), $"ConversionEqualsReference, length {length}");
        }
    }
}
