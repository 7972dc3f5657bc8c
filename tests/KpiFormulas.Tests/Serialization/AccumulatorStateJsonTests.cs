using System;
using System.Text.Json;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Tests.Serialization;

/// <summary>
/// A state is stored and restored through JSON: <c>FromState(Deserialize(Serialize(accumulator.State)))</c>
/// has the same state and the same result, under every option set, for every accumulator.
/// </summary>
public class AccumulatorStateJsonTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Theory]
    [MemberData(nameof(JsonShapeTests.OptionNames), MemberType = typeof(JsonShapeTests))]
    public void Every_accumulator_is_restored_from_its_json_state(string optionName)
    {
        var options = JsonShapeTests.Options(optionName);

        var nps = new NpsAccumulator();
        nps.Add([10, 9, 7, 3, 0]);
        Restore(nps.State, NpsAccumulator.FromState, a => a.State, a => a.Result(), options);

        var funnel = new FunnelAccumulator("lead", "MQL", "won");
        funnel.Add([0, 1, 2, 2, 1]);
        Restore(funnel.State, FunnelAccumulator.FromState, a => a.State, a => a.Result(), options);

        var cycles = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
        cycles.Add([Monday, Monday], [Monday.AddDays(3), Monday.AddDays(10)]);
        Restore(cycles.State, CycleTimeAccumulator.FromState, a => a.State, a => a.Result(), options);

        var cohorts = new CohortRetentionAccumulator(3, Period.Month(2026, 1), 3);
        cohorts.Add([0, 0, 1, 2], [new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 9), new DateOnly(2026, 1, 20), new DateOnly(2026, 3, 3)]);
        Restore(cohorts.State, CohortRetentionAccumulator.FromState, a => a.State, a => a.Result(), options);

        var adoption = new AdoptionAccumulator(2, Period.IsoWeek(2026, 10), 2);
        adoption.Add([0, 0, 0, 1], [Monday, Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(8)]);
        Restore(adoption.State, AdoptionAccumulator.FromState, a => a.State, a => a.Result(), options);

        var conversions = new ConversionWindowAccumulator(2, TimeSpan.FromDays(7), "trial", "paid");
        conversions.Add([0, 0, 1], [0, 1, 0], [new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc)]);
        Restore(conversions.State, ConversionWindowAccumulator.FromState, a => a.State, a => a.Result(), options);

        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, 2);
        acquisition.AddSpend([600.50m, 399.50m], [0, 1]);
        acquisition.AddCustomers(0, 3);
        acquisition.AddLeads(1, 20);
        Restore(acquisition.State, AcquisitionCostAccumulator.FromState, a => a.State, a => a.Result(), options);

        var summaries = new CustomerSummaryAccumulator(2, Currency.USD, new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeSpan.FromDays(7));
        summaries.Add([0, 0, 1, 0], [new DateOnly(1997, 1, 1), new DateOnly(1997, 1, 18), new DateOnly(1997, 3, 1), new DateOnly(1997, 1, 18)], [29.33m, 29.73m, 10m, 1.5m]);
        Restore(summaries.State, CustomerSummaryAccumulator.FromState, a => a.State, a => a.Result(), options);

        var revenue = new RevenueAccumulator(Currency.EUR, 2);
        revenue.Add([12.25m, 20m, 4m], [0, 1, 1]);
        Restore(revenue.State, RevenueAccumulator.FromState, a => a.State, a => a.Result(), options);

        var movements = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
        movements.Add([7, 7, 9, 9], [Period.Month(2026, 2), Period.Month(2026, 3), Period.Month(2026, 1), Period.Month(2026, 3)], [49.00m, 99.00m, 12.50m, 30m]);
        Restore(movements.State, MrrMovementsAccumulator.FromState, a => a.State, a => a.Result(), options);
    }

    private static void Restore<TState, TAccumulator, TResult>(
        TState state,
        Func<TState, TAccumulator> fromState,
        Func<TAccumulator, TState> stateOf,
        Func<TAccumulator, TResult> resultOf,
        JsonSerializerOptions options)
    {
        var json = JsonSerializer.Serialize(state, options);
        var restored = fromState(JsonSerializer.Deserialize<TState>(json, options)!);

        // Records compare their lists by reference: the state and the result are compared as their JSON.
        Assert.Equal(json, JsonSerializer.Serialize(stateOf(restored), options));
        Assert.Equal(JsonSerializer.Serialize(resultOf(fromState(state)), options), JsonSerializer.Serialize(resultOf(restored), options));
    }
}
