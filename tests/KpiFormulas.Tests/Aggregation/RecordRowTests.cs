using System;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// The record overloads report a bad record by its row among the records and by the parameter of the
/// method called (the selector that read it), not by the row or parameter of an internal one-row batch.
/// </summary>
public class RecordRowTests
{
    [Fact]
    public void A_funnel_record_with_a_stage_out_of_range_is_reported_at_its_row()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelAccumulator.Aggregate(new[] { 0, 1, 7 }, s => s, ["lead", "won"]));
        Assert.Equal("furthestStage", e.ParamName);
        Assert.StartsWith("Row 2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_event_with_a_stage_out_of_range_is_reported_at_its_row()
    {
        var t = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        var events = new[] { ("a", 0), ("a", 1), ("a", 1), ("b", 5) };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ConversionWindowAccumulator.Aggregate(events, x => x.Item1, x => x.Item2, _ => t, TimeSpan.FromDays(7), ["signup", "paid"]));
        Assert.Equal("stage", e.ParamName);
        Assert.StartsWith("Row 3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_that_ends_before_it_starts_is_reported_at_its_row()
    {
        var deals = new[] { (new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 4)), (new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 1)) };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CycleTimeAccumulator.Aggregate(deals, d => d.Item1, d => d.Item2));
        Assert.Equal("end", e.ParamName);
        Assert.StartsWith("Row 1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_use_outside_the_weeks_is_reported_at_its_row()
    {
        var monday = new DateOnly(2026, 3, 2);
        var uses = new[] { ("Léa", monday), ("Léa", monday), ("Tom", monday.AddDays(30)) };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AdoptionAccumulator.Aggregate(uses, u => u.Item1, u => u.Item2, ["Léa", "Tom"], Period.IsoWeek(2026, 10), 1));
        Assert.Equal("useDate", e.ParamName);
        Assert.StartsWith("Row 2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_spend_record_is_reported_by_the_spend_parameter_at_its_row()
    {
        var spend = new[] { ("ads", Money.Euros(100m)), ("events", Money.Euros(-5m)) };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.AggregateBy(spend, Array.Empty<string>(), Array.Empty<string>(), Currency.EUR));
        Assert.Equal("spend", e.ParamName);
        Assert.StartsWith("Row 1:", e.Message, StringComparison.Ordinal);
    }
}
