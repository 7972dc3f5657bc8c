using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class AcquisitionTests
{
    // ---- cac ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_adds_sales_and_marketing_costs_and_divides_by_new_customers()
    {
        // Hand calculation: (30 000 + 15 000) / 60 = 750.
        var cac = Acquisition.CustomerAcquisitionCost(Money.Euros(30_000m), Money.Euros(15_000m), 60);
        Assert.Equal(Money.Euros(750m), cac.Value);
        Assert.Equal(KpiIds.Cac, cac.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_keeps_full_precision_and_rounds_only_on_request()
    {
        // 1 000 / 3 = 333.333... EUR; rounded to cents: 333.33.
        var cac = Acquisition.CustomerAcquisitionCost(Money.Euros(1_000m), 3).Value;
        Assert.Equal(1_000m / 3m, cac.Amount);
        Assert.Equal(Money.Euros(333.33m), cac.Round());
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_with_no_new_customer_is_undefined_not_zero()
    {
        var cac = Acquisition.CustomerAcquisitionCost(Money.Euros(500m), Money.Euros(500m), 0);
        Assert.False(cac.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, cac.Reason);
        Assert.Equal(KpiIds.Cac, Assert.Throws<UndefinedKpiException>(() => cac.Value).KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_rejects_negative_costs_and_counts_naming_the_parameter()
    {
        Assert.Equal("salesCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCost(Money.Euros(-1m), Money.Euros(1m), 1)).ParamName);
        Assert.Equal("marketingCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCost(Money.Euros(1m), Money.Euros(-1m), 1)).ParamName);
        Assert.Equal("newCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCost(Money.Euros(1m), Money.Euros(1m), -1)).ParamName);
        Assert.Equal("newCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCost(Money.Euros(1m), -1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_refuses_costs_in_two_currencies()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => Acquisition.CustomerAcquisitionCost(Money.Euros(1m), Money.UsDollars(1m), 1));
        Assert.Equal(Currency.EUR, e.Expected);
        Assert.Equal(Currency.USD, e.Actual);
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_keeps_the_input_currency()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.CurrencyWithMinorUnits().ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000).ToArbitrary(),
            (currency, cost, customers) =>
                Acquisition.CustomerAcquisitionCost(new Money(cost, currency), customers).Value.Currency == currency));
    }

    // ---- cac_from_lead_cost ---------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.CacFromLeadCost)]
    public void Cac_from_lead_cost_reproduces_document_003_before_automation()
    {
        // seed 003, lines 257-259: cost per qualified lead 85 €, conversion 12 %, "CAC final 708€".
        var cac = Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.FromPercent(12m)).Value;
        Assert.Equal(85m / 0.12m, cac.Amount);                        // exact: 708.333...
        Assert.Equal(708m, decimal.Truncate(cac.Amount));             // the document prints 708 € (truncated)
        Assert.Equal(Money.Euros(708.33m), cac.Round());
    }

    [Fact]
    [KpiTest(KpiIds.CacFromLeadCost)]
    public void Cac_from_lead_cost_reproduces_document_003_after_automation()
    {
        // seed 003, lines 257-259: 38 € and 18 % give "211€"; 38 / 0.18 = 211.111...
        var cac = Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(38m), Rate.FromPercent(18m)).Value;
        Assert.Equal(38m / 0.18m, cac.Amount);
        Assert.Equal(Money.Euros(211m), cac.Round(0, MidpointRounding.AwayFromZero));
        // seed 003, line 259: "-70%" from 708 € to 211 €: (211.11 - 708.33) / 708.33 = -70.2 %.
        var change = Change.Between(85m / 0.12m, 38m / 0.18m).Relative.Value;
        Assert.Equal(-70m, decimal.Round(change.Percent, 0));
    }

    [Fact]
    [KpiTest(KpiIds.CacFromLeadCost)]
    public void Cac_from_lead_cost_is_undefined_for_a_zero_rate_and_rejects_non_proportions()
    {
        var undefined = Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.Zero);
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.CacFromLeadCost, undefined.KpiId);
        Assert.Equal("leadToCustomerRate", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.FromPercent(120m))).ParamName);
        Assert.Equal("leadToCustomerRate", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.FromPercent(-1m))).ParamName);
        Assert.Equal("costPerQualifiedLead", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(-85m), Rate.FromPercent(12m))).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Cac)]
    [KpiTest(KpiIds.CacFromLeadCost)]
    public void Cac_from_lead_cost_equals_cac_from_the_underlying_counts()
    {
        // Spending 100 per qualified lead on 50 leads of which 10 convert: CAC 5 000 / 10 = 500 either way.
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(1, 10_000).ToArbitrary(),
            Gen.Choose(1, 1_000).ToArbitrary(),
            Gen.Choose(1, 1_000).ToArbitrary(),
            (costPerLead, leads, converted) =>
            {
                var customers = Math.Min(leads, converted);
                var viaRate = Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(costPerLead), Rate.FromFraction((decimal)customers / leads)).Value;
                var viaCounts = Acquisition.CustomerAcquisitionCost(Money.Euros((decimal)costPerLead * leads), customers).Value;
                return Math.Abs(viaRate.Amount - viaCounts.Amount) < 1e-18m;
            }));
    }

    // ---- cac_by_channel --------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.CacByChannel)]
    public void Cac_by_channel_divides_each_channel_on_its_own()
    {
        Span<KpiResult<Money>> cac = new KpiResult<Money>[3];
        Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1_000m), Money.Euros(600m), Money.Euros(50m)], [10, 3, 0], cac);
        Assert.Equal(Money.Euros(100m), cac[0].Value);
        Assert.Equal(Money.Euros(200m), cac[1].Value);
        Assert.Equal(UndefinedReason.ZeroDenominator, cac[2].Reason);   // one empty channel never fails the others
        Assert.All(cac.ToArray(), r => Assert.Equal(KpiIds.CacByChannel, r.KpiId));
    }

    [Fact]
    [KpiTest(KpiIds.CacByChannel)]
    public void Cac_by_channel_validates_lengths_currencies_and_names()
    {
        var results = new KpiResult<Money>[2];
        Assert.Equal("newCustomersByChannel", Assert.Throws<ArgumentException>(() => Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1m)], [1, 2], results)).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1m), Money.Euros(1m), Money.Euros(1m)], [1, 1, 1], results)).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1m), Money.UsDollars(1m)], [1, 1], results));
        Assert.Throws<ArgumentException>(() => Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1m), 1L), ("Ads", Money.Euros(2m), 1L)]));
        Assert.Throws<CurrencyMismatchException>(() => Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1m), 1L), ("Mail", Money.UsDollars(2m), 1L)]));
        Assert.Throws<ArgumentNullException>(() => Acquisition.CustomerAcquisitionCostByChannel(null!));
    }

    [Fact]
    [KpiTest(KpiIds.CacByChannel)]
    public void Cac_by_channel_by_name_keeps_input_order_and_undefined_channels()
    {
        var cac = Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1_000m), 10L), ("Events", Money.Euros(600m), 3L), ("Fairs", Money.Euros(90m), 0L)]);
        Assert.Equal(["Ads", "Events", "Fairs"], new List<string>(cac.Keys));
        Assert.Equal(Money.Euros(200m), cac["Events"].Value);
        Assert.False(cac["Fairs"].IsDefined);
    }

    [Fact]
    [KpiTest(KpiIds.CacByChannel)]
    public void Cac_by_channel_names_the_channel_in_its_messages()
    {
        // The explanation of an undefined CAC used to read "'channels' is zero", naming no channel.
        var byName = Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1_000m), 10L), ("LinkedIn", Money.Euros(600m), 0L)]);
        Assert.Equal("channel 'LinkedIn' acquired no new customer.", byName["LinkedIn"].Explanation);
        var negativeSpend = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(-1m), 1L)]));
        Assert.Equal("channels", negativeSpend.ParamName);
        Assert.Contains("channel 'Ads'", negativeSpend.Message, StringComparison.Ordinal);
        Assert.Contains("channel 'Ads'", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1m), -1L)])).Message, StringComparison.Ordinal);

        var bySpan = new KpiResult<Money>[2];
        Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1_000m), Money.Euros(600m)], [10, 0], bySpan);
        Assert.Equal(UndefinedReason.ZeroDenominator, bySpan[1].Reason);
        Assert.Equal("channel 1 acquired no new customer.", bySpan[1].Explanation);
        Assert.Equal("spendByChannel", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(-1m)], [1], bySpan)).ParamName);
        Assert.Equal("newCustomersByChannel", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1m)], [-1], bySpan)).ParamName);
    }

    // ---- cpl and cost_per_qualified_lead ---------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Cpl)]
    public void Cost_per_lead_reproduces_document_001()
    {
        // seed 001, line 21: "chaque contact vous coûte actuellement 50 €"; 5 000 € for 100 leads.
        var cpl = Acquisition.CostPerLead(Money.Euros(5_000m), 100);
        Assert.Equal(Money.Euros(50m), cpl.Value);
        Assert.Equal(KpiIds.Cpl, cpl.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, Acquisition.CostPerLead(Money.Euros(5_000m), 0).Reason);
        Assert.Equal("spend", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CostPerLead(Money.Euros(-1m), 1)).ParamName);
        Assert.Equal("leads", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CostPerLead(Money.Euros(1m), -1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.CostPerQualifiedLead)]
    public void Cost_per_qualified_lead_reproduces_document_003()
    {
        // seed 003, line 257: "Coût par lead qualifié 85€ 38€ -55%". Hand case: 3 400 € / 40 = 85 €; 1 520 € / 40 = 38 €.
        Assert.Equal(Money.Euros(85m), Acquisition.CostPerQualifiedLead(Money.Euros(3_400m), 40).Value);
        Assert.Equal(Money.Euros(38m), Acquisition.CostPerQualifiedLead(Money.Euros(1_520m), 40).Value);
        Assert.Equal(-55m, decimal.Round(Change.Between(85m, 38m).Relative.Value.Percent, 0));   // -55.29 % printed -55 %
        Assert.Equal(UndefinedReason.ZeroDenominator, Acquisition.CostPerQualifiedLead(Money.Euros(1m), 0).Reason);
        Assert.Equal("qualifiedLeads", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.CostPerQualifiedLead(Money.Euros(1m), -2)).ParamName);
    }

    // ---- time_per_lead and time_to_convert ---------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.TimePerLead)]
    public void Time_per_lead_reproduces_document_003()
    {
        // seed 003, line 256: "Temps commercial/lead 45 min 20 min -56%": 30 h over 40 leads is 45 min.
        Assert.Equal(TimeSpan.FromMinutes(45), Acquisition.TimePerLead(TimeSpan.FromHours(30), 40).Value);
        Assert.Equal(-55.56m, decimal.Round(Change.Between(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(20)).Relative.Value.Percent, 2)); // printed -56 %
        Assert.Equal(UndefinedReason.ZeroDenominator, Acquisition.TimePerLead(TimeSpan.FromHours(1), 0).Reason);
        Assert.Equal("salesTime", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.TimePerLead(TimeSpan.FromHours(-1), 1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.TimeToConvert)]
    public void Time_to_convert_averages_creation_to_first_payment()
    {
        // Hand calculation: 10 days and 20 days average to 15 days.
        var delay = Acquisition.TimeToConvert([new DateTime(2026, 3, 1), new DateTime(2026, 3, 5)], [new DateTime(2026, 3, 11), new DateTime(2026, 3, 25)]);
        Assert.Equal(TimeSpan.FromDays(15), delay.Value);
        Assert.Equal(KpiIds.TimeToConvert, delay.KpiId);
        Assert.Equal(TimeSpan.FromDays(15), Acquisition.TimeToConvert(TimeSpan.FromDays(30), 2).Value);
    }

    [Fact]
    [KpiTest(KpiIds.TimeToConvert)]
    public void Time_to_convert_rounds_to_the_tick_half_away_from_zero()
    {
        // 1 tick + 2 ticks = 3 ticks over 2 leads = 1.5 ticks -> 2 ticks.
        var start = new DateTime(2026, 1, 1);
        Assert.Equal(2, Acquisition.TimeToConvert([start, start], [start.AddTicks(1), start.AddTicks(2)]).Value.Ticks);
    }

    [Fact]
    [KpiTest(KpiIds.TimeToConvert)]
    public void Time_to_convert_handles_empty_mismatched_and_impossible_input()
    {
        Assert.Equal(UndefinedReason.EmptyInput, Acquisition.TimeToConvert(ReadOnlySpan<DateTime>.Empty, ReadOnlySpan<DateTime>.Empty).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Acquisition.TimeToConvert(TimeSpan.Zero, 0).Reason);
        Assert.Equal("firstPayment", Assert.Throws<ArgumentException>(() => Acquisition.TimeToConvert([DateTime.MinValue], [])).ParamName);
        Assert.Equal("firstPayment", Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.TimeToConvert([new DateTime(2026, 3, 2)], [new DateTime(2026, 3, 1)])).ParamName);
    }
}
