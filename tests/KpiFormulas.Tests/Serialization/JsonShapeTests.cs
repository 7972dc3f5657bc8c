using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Json;
using Xunit;

namespace KpiFormulas.Tests.Serialization;

/// <summary>
/// The one JSON form of each public type a service returns, as exact text: the same under the default
/// options, <see cref="JsonSerializerOptions.Web"/> and options whose only resolver is the
/// source-generated <see cref="KpiJsonContext"/>; each text reads back to an equal value. docs/json.md,
/// docs/values.md and docs/numeric-policy.md show these texts.
/// </summary>
public class JsonShapeTests
{
    private const string LtvToCacBandsJson =
        """{"kpiId":"ltv_to_cac","bands":[{"level":"LosingMoney","lower":null,"lowerInclusive":false,"upper":1,"upperInclusive":false},{"level":"BreakEven","lower":1,"lowerInclusive":true,"upper":1,"upperInclusive":true},{"level":"BelowHealthy","lower":1,"lowerInclusive":false,"upper":3,"upperInclusive":false},{"level":"Healthy","lower":3,"lowerInclusive":true,"upper":null,"upperInclusive":false}]}""";

    private const string LeadToMqlStepJson =
        """{"from":{"name":"lead","count":1000},"to":{"name":"MQL","count":400},"rate":{"kpiId":"stage_conversion","value":0.4}}""";

    public static TheoryData<string> OptionNames => ["default", "web", "context", "web+context"];

    /// <summary>
    /// Each row: a name, the value (made when its test runs, not when xunit lists the rows), and its exact JSON. The figures are worked by hand beside each row;
    /// the strings escape what System.Text.Json's default encoder escapes (' as \u0027, ` as \u0060, + as \u002B).
    /// </summary>
    public static TheoryData<string> ShapeNames => [.. Shapes.Keys];

    internal static readonly Dictionary<string, (Func<object> Value, Type Type, string Json)> Shapes = new()
    {
        // Value types.
        ["Currency"] = (() => Currency.EUR, typeof(Currency), "\"EUR\""),
        ["Money"] = (() => Money.Euros(1550.00m), typeof(Money), """{"amount":1550.00,"currency":"EUR"}"""),
        ["Rate"] = (() => Rate.FromPercent(25m), typeof(Rate), "0.25"),                           // 25 / 100
        ["PercentagePoints"] = (() => PercentagePoints.FromPoints(5m), typeof(PercentagePoints), "5"),
        ["Ratio"] = (() => new Ratio(3.0m), typeof(Ratio), "3.0"),
        ["Period"] = (() => Period.Month(2026, 3), typeof(Period), "\"2026-03\""),
        ["Period of days"] = (() => Period.FromDays(new DateOnly(2026, 3, 1), 30), typeof(Period), "\"2026-03-01/P30D\""),

        // Results, defined and undefined: 4 250 € / 6 customers = 708.33 € is written as given here.
        ["KpiResult defined"] = (() => KpiResult.Defined(KpiIds.Cac, Money.Euros(708.33m)), typeof(KpiResult<Money>), """{"kpiId":"cac","value":{"amount":708.33,"currency":"EUR"}}"""),
        ["KpiResult undefined"] = (() => Acquisition.CustomerAcquisitionCost(Money.Euros(3_000m), Money.Euros(1_000m), 0), typeof(KpiResult<Money>),
            """{"kpiId":"cac","reason":"ZeroDenominator","explanation":"\u0027newCustomers\u0027 is zero."}"""),
        ["KpiResult of a rate"] = (() => Conversion.ConversionRate(12, 100), typeof(KpiResult<Rate>), """{"kpiId":"conversion_rate","value":0.12}"""),  // 12 / 100
        ["KpiResult of a duration"] = (() => KpiResult.Defined(KpiIds.AverageHandlingTime, TimeSpan.FromMinutes(45)), typeof(KpiResult<TimeSpan>), """{"kpiId":"average_handling_time","value":"00:45:00"}"""),
        ["KpiResult not computed"] = (() => default(KpiResult<Rate>), typeof(KpiResult<Rate>), """{"kpiId":"","reason":"NotComputed","explanation":"the result was never computed."}"""),

        // Changes: 32 -> 48 is +16 and +50 %; 8 % -> 3 % is −5 points and −62.5 % (−5 / 8); 4 h -> 45 min is
        // −3 h 15 min and −81.25 % (−195 / 240); 100 € -> 112 € is +12 € and +12 %; from 0 the relative change is undefined.
        ["Change of numbers"] = (() => Change.Between(32m, 48m), typeof(Change<decimal, decimal>), """{"before":32,"after":48,"absolute":16,"relative":{"kpiId":"change","value":0.5}}"""),
        ["Change of rates"] = (() => Change.Between(Rate.FromPercent(8m), Rate.FromPercent(3m)), typeof(Change<Rate, PercentagePoints>),
            """{"before":0.08,"after":0.03,"absolute":-5,"relative":{"kpiId":"change","value":-0.625}}"""),
        ["Change of durations"] = (() => Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45)), typeof(Change<TimeSpan, TimeSpan>),
            """{"before":"04:00:00","after":"00:45:00","absolute":"-03:15:00","relative":{"kpiId":"change","value":-0.8125}}"""),
        ["Change of amounts"] = (() => Change.Between(Money.Euros(100m), Money.Euros(112m)), typeof(Change<Money, Money>),
            """{"before":{"amount":100,"currency":"EUR"},"after":{"amount":112,"currency":"EUR"},"absolute":{"amount":12,"currency":"EUR"},"relative":{"kpiId":"change","value":0.12}}"""),
        ["Change from zero"] = (() => Change.Between(0m, 12m), typeof(Change<decimal, decimal>),
            """{"before":0,"after":12,"absolute":12,"relative":{"kpiId":"change","reason":"ZeroBaseline","explanation":"the value before is zero, so a relative change does not exist."}}"""),

        // Targets: 40 against 50 is −20 %, beyond 10 %: behind; a zero target has no relative gap; 9 KPIs for a team is 2 above 7.
        ["DriftCheck"] = (() => Targets.CheckDrift(40m, 50m, Direction.HigherIsBetter), typeof(DriftCheck),
            """{"relativeGap":{"kpiId":"drift","value":-0.2},"tolerance":0.1,"status":"BehindTarget","requiresAdjustment":true}"""),
        ["DriftCheck on a zero target"] = (() => Targets.CheckDrift(5m, 0m, Direction.HigherIsBetter), typeof(DriftCheck),
            """{"relativeGap":{"kpiId":"drift","reason":"ZeroTarget","explanation":"the target is zero, so a relative gap does not exist."},"tolerance":0.1,"status":"AheadOfTarget","requiresAdjustment":true}"""),
        // 22 orders out of 100 quotes against a 25 % target: −3 points, z = −0.6928, p = 0.4884 (rounded here), within noise.
        ["RateDriftCheck"] = (() => new RateDriftCheck(new RateInterval(Rate.FromFraction(0.15m), Rate.FromFraction(0.3107m), Rate.FromFraction(0.22m)), Rate.FromPercent(25m), Direction.HigherIsBetter, 0.4884m, Rate.FromPercent(5m)), typeof(RateDriftCheck),
            """{"observed":{"lower":0.15,"upper":0.3107,"pointEstimate":0.22},"target":0.25,"direction":"HigherIsBetter","pValue":0.4884,"significanceLevel":0.05,"gap":-3,"isBeyondNoise":false,"status":"OnTrack","verdict":"Within noise of the target at the 5 % level (22 % observed against 25 %, p = 0.4884): the gap may be chance, keep measuring."}"""),
        ["DashboardSizeAdvice"] = (() => Targets.AdviseDashboardSize(9, DashboardScope.Team), typeof(DashboardSizeAdvice),
            """{"scope":"Team","kpiCount":9,"recommendedMaximum":7,"verdict":"AboveRecommendation"}"""),
        ["NorthStar"] = (() => new NorthStar("monthly_orders", "traffic", KpiIds.RetentionRate), typeof(NorthStar), """{"metric":"monthly_orders","drivers":["traffic","retention_rate"]}"""),

        // Funnels: 1 000 -> 400 -> 200 is 40 %, then 50 %, 20 % overall, the bottleneck the first step.
        ["FunnelStage"] = (() => new FunnelStage("lead", 1000), typeof(FunnelStage), """{"name":"lead","count":1000}"""),
        ["FunnelStep"] = (() => Conversion.Funnel([new("lead", 1000), new("MQL", 400)]).Steps[0], typeof(FunnelStep), LeadToMqlStepJson),
        ["Funnel"] = (() => Conversion.Funnel([new("lead", 1000), new("MQL", 400), new("SQL", 200)]), typeof(Funnel),
            """{"stages":[{"name":"lead","count":1000},{"name":"MQL","count":400},{"name":"SQL","count":200}],"steps":["""
            + LeadToMqlStepJson
            + ""","""
            + """{"from":{"name":"MQL","count":400},"to":{"name":"SQL","count":200},"rate":{"kpiId":"stage_conversion","value":0.5}}],"overallRate":{"kpiId":"funnel","value":0.2},"bottleneck":{"kpiId":"funnel","value":"""
            + LeadToMqlStepJson
            + "}}"),
        ["Funnel with an empty first stage"] = (() => Conversion.Funnel([new("lead", 0), new("won", 0)]), typeof(Funnel),
            """{"stages":[{"name":"lead","count":0},{"name":"won","count":0}],"steps":[{"from":{"name":"lead","count":0},"to":{"name":"won","count":0},"rate":{"kpiId":"stage_conversion","reason":"ZeroDenominator","explanation":"the stage \u0027lead\u0027 holds no item, so no rate to \u0027won\u0027 exists."}}],"overallRate":{"kpiId":"funnel","reason":"ZeroDenominator","explanation":"the first stage \u0027lead\u0027 holds no item."},"bottleneck":{"kpiId":"funnel","reason":"ZeroDenominator","explanation":"the first stage \u0027lead\u0027 holds no item, so no step has a rate."}}"""),

        // Tables.
        ["CohortRetentionTable"] = (() => Retention.CohortRetention([Period.Month(2026, 1), Period.Month(2026, 2)], [[200, 80, 60], [100, 50]]), typeof(CohortRetentionTable),
            """{"cohorts":["2026-01","2026-02"],"activeCustomers":[[200,80,60],[100,50]]}"""),

        // a buys in 2023, 2024, 2025; b in 2023; c in 2024: from 2023, 2 customers, 1 for two and three years running;
        // from 2024, 2 customers (a, c), 1 (a) for two years; from 2025, 1 (a).
        ["MultiYearRetentionTable"] = (() => Retention.MultiYearRetention([("a", 2023), ("a", 2024), ("b", 2023), ("c", 2024), ("a", 2025)], 3), typeof(MultiYearRetentionTable),
            """{"firstYear":2023,"maxConsecutiveYears":3,"customers":[[2,1,1],[2,1],[1]]}"""),
        ["MultiYearRetentionTable empty"] = (() => Retention.MultiYearRetention(Array.Empty<(string, int)>()), typeof(MultiYearRetentionTable),
            """{"firstYear":0,"maxConsecutiveYears":5,"customers":[]}"""),
        ["YearRetention"] = (() => new YearRetention(2024, KpiResult.Defined(KpiIds.MultiYearRetention, Rate.FromFraction(0.5m))), typeof(YearRetention),
            """{"baseYear":2024,"rate":{"kpiId":"multi_year_retention","value":0.5}}"""),

        // ana: 2 events in March, 1 in April; ben: 1 in April.
        ["ActivityCountDictionary"] = (() => Activity.CountByPersonAndPeriod([("ana", new DateOnly(2026, 3, 2)), ("ana", new DateOnly(2026, 3, 5)), ("ben", new DateOnly(2026, 4, 1)), ("ana", new DateOnly(2026, 4, 3))], PeriodUnit.Month),
            typeof(ActivityCountDictionary<string>), """{"people":["ana","ben"],"periods":["2026-03","2026-04"],"counts":[[2,1],[0,1]]}"""),
        ["CustomerSummary"] = (() => new CustomerSummary(2, 30.43m, 38.86m, Money.UsDollars(44.69m), 1, Money.UsDollars(26.48m)), typeof(CustomerSummary),
            """{"repeatPurchases":2,"recency":30.43,"timeObserved":38.86,"repeatValue":{"amount":44.69,"currency":"USD"},"holdoutPurchases":1,"holdoutValue":{"amount":26.48,"currency":"USD"}}"""),
        ["BgNbdModel"] = (() => new BgNbdModel(0.243m, 4.414m, 0.793m, 2.426m), typeof(BgNbdModel), """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426}"""),
        ["GammaGammaModel"] = (() => new GammaGammaModel(6.25m, 3.74m, 15.44m), typeof(GammaGammaModel), """{"p":6.25,"q":3.74,"gamma":15.44}"""),
        ["SbgModel"] = (() => new SbgModel(0.704m, 1.182m), typeof(SbgModel), """{"alpha":0.704,"beta":1.182}"""),
        ["KpiResult of a model fit"] = (() => KpiResult.Defined(KpiIds.SbgFit, new SbgModel(0.704m, 1.182m)), typeof(KpiResult<SbgModel>), """{"kpiId":"sbg_fit","value":{"alpha":0.704,"beta":1.182}}"""),
        ["TaskTimeSaving"] = (() => new TaskTimeSaving("quote", TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(15), 20m), typeof(TaskTimeSaving),
            """{"name":"quote","timeBefore":"00:45:00","timeAfter":"00:15:00","repetitions":20}"""),
        ["TimeReinvestmentShare"] = (() => new TimeReinvestmentShare("selling", Rate.FromFraction(0.75m)), typeof(TimeReinvestmentShare), """{"use":"selling","share":0.75}"""),
        ["TimeReinvestmentMix"] = (() => Productivity.TimeReinvestmentMix(["selling", "training"], [Rate.FromFraction(0.75m), Rate.FromFraction(0.25m)]), typeof(TimeReinvestmentMix),
            """{"shares":[{"use":"selling","share":0.75},{"use":"training","share":0.25}]}"""),
        ["MrrMovements"] = (() => new MrrMovements(Money.Euros(1_000m), Money.Euros(100m), Money.Euros(50m), Money.Euros(30m), Money.Euros(40m), Money.Euros(80m)), typeof(MrrMovements),
            """{"opening":{"amount":1000,"currency":"EUR"},"new":{"amount":100,"currency":"EUR"},"expansion":{"amount":50,"currency":"EUR"},"reactivation":{"amount":30,"currency":"EUR"},"contraction":{"amount":40,"currency":"EUR"},"churned":{"amount":80,"currency":"EUR"},"closing":{"amount":1060,"currency":"EUR"}}"""),

        // Newcombe's 81 out of 263 at 95 %: [25.53 %, 36.62 %] around 30.8 % (rounded here); Fisher's tea-tasting p = 17/35 = 0.4857.
        ["RateInterval"] = (() => new RateInterval(Rate.FromFraction(0.2553m), Rate.FromFraction(0.3662m), Rate.FromFraction(0.308m)), typeof(RateInterval),
            """{"lower":0.2553,"upper":0.3662,"pointEstimate":0.308}"""),
        ["SignificanceResult"] = (() => new SignificanceResult(0.4857m, SignificanceTest.FisherExact, Rate.FromPercent(5m)), typeof(SignificanceResult),
            """{"pValue":0.4857,"test":"FisherExact","significanceLevel":0.05,"isSignificant":false,"verdict":"Not significant at the 5 % level (p = 0.4857, Fisher\u0027s exact test): the change may be noise."}"""),

        // Bands and levels.
        ["BandSet"] = (() => Efficiency.LtvToCacBands, typeof(BandSet<Ratio, LtvToCacHealth>), LtvToCacBandsJson),
        ["Band"] = (() => Efficiency.LtvToCacBands.Bands[3], typeof(Band<Ratio, LtvToCacHealth>), """{"level":"Healthy","lower":3,"lowerInclusive":true,"upper":null,"upperInclusive":false}"""),
        ["Threshold"] = (() => new Threshold<Ratio, LtvToCacHealth>(new Ratio(3m), ThresholdSide.StartsUpperBand, LtvToCacHealth.Healthy), typeof(Threshold<Ratio, LtvToCacHealth>),
            """{"value":3,"side":"StartsUpperBand","upperLevel":"Healthy"}"""),
        ["Level"] = (() => LtvToCacHealth.Healthy, typeof(LtvToCacHealth), "\"Healthy\""),

        // Catalogue.
        ["KpiDefinition"] = (() => KpiCatalog.Get(KpiIds.LtvToCac), typeof(KpiDefinition),
            """{"id":"ltv_to_cac","family":"Efficiency","englishName":"LTV to CAC ratio","frenchName":"Ratio LTV/CAC","formula":"customer lifetime value / customer acquisition cost","unit":"x : 1","resultKind":"Ratio","direction":"HigherIsBetter","bands":"""
            + LtvToCacBandsJson
            + ""","undefinedWhen":"a CAC of zero (\u0060ZeroDenominator\u0060). An LTV of zero is a defined 0 : 1 (losing money).","references":[],"calculator":"Efficiency.LifetimeValueToAcquisitionCost"}"""),
        ["Direction"] = (() => Direction.LowerIsBetter, typeof(Direction), "\"LowerIsBetter\""),
        ["UndefinedReason"] = (() => UndefinedReason.NeverPaidBack, typeof(UndefinedReason), "\"NeverPaidBack\""),

        // Accumulator states.
        ["NpsState"] = (() => new NpsState(50, 32, 18), typeof(NpsState), """{"promoters":50,"passives":32,"detractors":18}"""),
        ["FunnelState"] = (() => new FunnelState(["lead", "won"], [60, 40]), typeof(FunnelState), """{"stageNames":["lead","won"],"furthestStageCounts":[60,40]}"""),
        ["CycleTimeState"] = (() => new CycleTimeState(CycleTimeMeasure.SalesCycleLength, [0, 2, 1]), typeof(CycleTimeState), """{"measure":"SalesCycleLength","dayCounts":[0,2,1]}"""),
        ["CohortRetentionState"] = (() => new CohortRetentionState(2, Period.Month(2026, 1), 3, [3UL, 4UL]), typeof(CohortRetentionState),
            """{"customerCount":2,"firstPeriod":"2026-01","periodCount":3,"activePeriods":[3,4]}"""),
        // Customer 0 bought 29.33 $ on 1997-01-01 (day number 729024) and 29.73 $ on 1997-01-18 (729041); weeks are 7 × 864 000 000 000 ticks.
        ["CustomerSummaryState"] = (() => new CustomerSummaryState(Currency.USD, 2, new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), 6_048_000_000_000, [0, 0], [729024, 729041], [29.33m, 29.73m]), typeof(CustomerSummaryState),
            """{"currency":"USD","customerCount":2,"calibrationEnd":"1997-09-30","holdoutEnd":"1998-06-30","timeUnitTicks":6048000000000,"customers":[0,0],"purchaseDays":[729024,729041],"purchaseAmounts":[29.33,29.73]}"""),
        ["AdoptionState"] = (() => new AdoptionState(2, Period.IsoWeek(2026, 10), 2, [3, 0, 1, 2]), typeof(AdoptionState),
            """{"userCount":2,"firstWeek":"2026-W10","weekCount":2,"weeklyUses":[3,0,1,2]}"""),
        ["ConversionWindowState"] = (() => new ConversionWindowState(["trial", "paid"], TimeSpan.TicksPerDay, 1, [10, long.MaxValue]), typeof(ConversionWindowState),
            """{"stageNames":["trial","paid"],"windowTicks":864000000000,"entityCount":1,"firstEventTicks":[10,9223372036854775807]}"""),
        ["AcquisitionCostState"] = (() => new AcquisitionCostState(Currency.EUR, 1, 1500.50m, 2, [1500.50m], [2], [3], [40]), typeof(AcquisitionCostState),
            """{"currency":"EUR","channelCount":1,"totalSpend":1500.50,"spendRows":2,"channelSpend":[1500.50],"channelSpendRows":[2],"channelNewCustomers":[3],"channelLeads":[40]}"""),
        ["RevenueState"] = (() => new RevenueState(Currency.EUR, 1, 30.5m, 2, 0, 0, [30.5m], [2], [0], [0]), typeof(RevenueState),
            """{"currency":"EUR","keyCount":1,"total":30.5,"orders":2,"minorUnitsTotal":0,"minorUnitOrders":0,"keyTotals":[30.5],"keyOrders":[2],"keyMinorUnitsTotals":[0],"keyMinorUnitOrders":[0]}"""),
        ["MrrMovementsState"] = (() => new MrrMovementsState(Currency.EUR, Period.Month(2026, 3), [7L, 9L], [49.00m, 0m], [99.00m, 30m], [false, true]), typeof(MrrMovementsState),
            """{"currency":"EUR","month":"2026-03","customers":[7,9],"previousMrr":[49.00,0],"currentMrr":[99.00,30],"paidBefore":[false,true]}"""),

        // Accumulator results. NPS of 2 promoters, 1 passive, 1 detractor: (2 − 1) / 4 = +25.
        ["NpsResult"] = (() => NpsAccumulator.FromState(new NpsState(2, 1, 1)).Result(), typeof(NpsResult),
            """{"promoters":2,"passives":1,"detractors":1,"score":{"kpiId":"nps","value":25}}"""),

        // 12 € in group 0; 20 € and 4 € in group 1: 12 € a order, 24 € / 2 = 12 €, 36 € / 3 = 12 € in all.
        ["RevenueResult"] = (() => Revenue([12m, 20m, 4m], [0, 1, 1]), typeof(RevenueResult),
            """{"total":{"revenue":{"amount":36,"currency":"EUR"},"orders":3,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":12,"currency":"EUR"}}},"groups":[{"revenue":{"amount":12,"currency":"EUR"},"orders":1,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":12,"currency":"EUR"}}},{"revenue":{"amount":24,"currency":"EUR"},"orders":2,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":12,"currency":"EUR"}}}]}"""),

        ["RevenueGroup"] = (() => new RevenueGroup(Money.Euros(24m), 2, SalesValue.AverageOrderValue(Money.Euros(24m), 2)), typeof(RevenueGroup),
            """{"revenue":{"amount":24,"currency":"EUR"},"orders":2,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":12,"currency":"EUR"}}}"""),
        ["ChannelAcquisition"] = (() => AcquisitionCosts().Channels[1], typeof(ChannelAcquisition),
            """{"spend":{"amount":400,"currency":"EUR"},"newCustomers":2,"leads":20,"customerAcquisitionCost":{"kpiId":"cac_by_channel","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}}"""),
        ["WeeklyAdoption"] = (() => Adoption().Weeks[0], typeof(WeeklyAdoption),
            """{"week":"2026-W10","activeUsers":1,"lowUsers":0,"inactiveUsers":1,"adoptionRate":{"kpiId":"adoption_rate","value":0.5}}"""),

        // Channel 0: 600 €, 3 customers, 30 leads (200 € and 20 € each); channel 1: 400 €, 2, 20 (200 €, 20 €); in all 1 000 €, 5, 50.
        ["AcquisitionCostResult"] = (() => AcquisitionCosts(), typeof(AcquisitionCostResult),
            """{"total":{"spend":{"amount":1000,"currency":"EUR"},"newCustomers":5,"leads":50,"customerAcquisitionCost":{"kpiId":"cac","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}},"channels":[{"spend":{"amount":600,"currency":"EUR"},"newCustomers":3,"leads":30,"customerAcquisitionCost":{"kpiId":"cac_by_channel","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}},{"spend":{"amount":400,"currency":"EUR"},"newCustomers":2,"leads":20,"customerAcquisitionCost":{"kpiId":"cac_by_channel","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}}]}"""),

        // User 0 uses the tool on three days of ISO week 10 of 2026 (active), user 1 never (inactive): 1 / 2 adopted.
        ["AdoptionResult"] = (() => Adoption(), typeof(AdoptionResult),
            """{"trainedUsers":2,"weeks":[{"week":"2026-W10","activeUsers":1,"lowUsers":0,"inactiveUsers":1,"adoptionRate":{"kpiId":"adoption_rate","value":0.5}}]}"""),

        // Deals of 1, 1 and 4 days: mean 6 / 3 = 2 days; median the middle one, 1 day; 90th percentile at rank
        // 0.9 × 2 = 1.8, between 1 and 4 days: 1 + 0.8 × 3 = 3.4 days = 3 days 9 h 36 min.
        ["CycleTimeResult"] = (() => CycleTimes(), typeof(CycleTimeResult),
            """{"kpiId":"sales_cycle_length","dayCounts":[0,2,0,0,1],"count":3,"mean":{"kpiId":"sales_cycle_length","value":"2.00:00:00"},"median":{"kpiId":"sales_cycle_length","value":"1.00:00:00"},"percentile90":{"kpiId":"sales_cycle_length","value":"3.09:36:00"}}"""),
    };

    private static RevenueResult Revenue(decimal[] amounts, int[] keys)
    {
        var revenue = new RevenueAccumulator(Currency.EUR, 2);
        revenue.Add(amounts, keys);
        return revenue.Result();
    }

    private static AcquisitionCostResult AcquisitionCosts()
    {
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, 2);
        acquisition.AddSpend(Money.Euros(600m), 0);
        acquisition.AddSpend(Money.Euros(400m), 1);
        acquisition.AddCustomers(0, 3);
        acquisition.AddCustomers(1, 2);
        acquisition.AddLeads(0, 30);
        acquisition.AddLeads(1, 20);
        return acquisition.Result();
    }

    private static AdoptionResult Adoption()
    {
        var adoption = new AdoptionAccumulator(2, Period.IsoWeek(2026, 10), 1);
        adoption.Add([0, 0, 0], [new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4)]);
        return adoption.Result();
    }

    private static CycleTimeResult CycleTimes()
    {
        var cycles = new CycleTimeAccumulator();
        var start = new DateOnly(2026, 3, 2);
        cycles.Add([start, start, start], [start.AddDays(1), start.AddDays(1), start.AddDays(4)]);
        return cycles.Result();
    }

    internal static JsonSerializerOptions Options(string name) => name switch
    {
        "default" => JsonSerializerOptions.Default,
        "web" => JsonSerializerOptions.Web,
        "context" => ContextOnly,
        _ => WebContextOnly,
    };

    // No reflection resolver anywhere: a type missing from the context fails here as it would in a trimmed app.
    internal static readonly JsonSerializerOptions ContextOnly = new() { TypeInfoResolver = KpiJsonContext.Default };

    internal static readonly JsonSerializerOptions WebContextOnly = new(JsonSerializerOptions.Web) { TypeInfoResolver = KpiJsonContext.Default };

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Each_type_writes_its_documented_text_under_every_option_set(string shape)
    {
        var (make, type, json) = Shapes[shape];
        var value = make();
        foreach (var options in OptionNames)
        {
            Assert.Equal(json, JsonSerializer.Serialize(value, type, Options(options)));
        }
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void Each_text_reads_back_to_an_equal_value_under_every_option_set(string shape)
    {
        var (make, type, json) = Shapes[shape];
        var value = make();
        foreach (var options in OptionNames)
        {
            var back = JsonSerializer.Deserialize(json, type, Options(options));
            Assert.NotNull(back);
            if (type.IsValueType || type == typeof(NpsState))
            {
                Assert.Equal(value, back);
            }

            // Classes without value equality (tables, funnels, band sets) and records of lists compare by their whole JSON.
            Assert.Equal(json, JsonSerializer.Serialize(back, type, Options(options)));
        }
    }

    [Fact]
    public void A_definition_reads_back_as_the_catalogue_s_own_instance()
    {
        var definition = KpiCatalog.Get(KpiIds.Nps);
        var back = JsonSerializer.Deserialize<KpiDefinition>(JsonSerializer.Serialize(definition));
        Assert.Same(definition, back);
    }

    [Fact]
    public void Every_catalogue_definition_round_trips_through_the_context()
    {
        foreach (var definition in KpiCatalog.All)
        {
            var json = JsonSerializer.Serialize(definition, KpiJsonContext.Default.KpiDefinition);
            Assert.Same(definition, JsonSerializer.Deserialize(json, KpiJsonContext.Default.KpiDefinition));
        }
    }

    [Fact]
    public void Every_band_set_of_the_catalogue_round_trips_under_every_option_set()
    {
        foreach (var definition in KpiCatalog.All)
        {
            if (definition.Bands is not { } bands)
            {
                continue;
            }

            foreach (var options in OptionNames)
            {
                var json = JsonSerializer.Serialize(bands, bands.GetType(), Options(options));
                var back = (IBandSet)JsonSerializer.Deserialize(json, bands.GetType(), Options(options))!;
                Assert.Equal(bands.Describe(), back.Describe());
                Assert.Equal(bands.KpiId, back.KpiId);
            }
        }
    }

    [Fact]
    public void Every_enum_is_written_as_its_names_and_refuses_numbers()
    {
        foreach (var type in typeof(Money).Assembly.GetExportedTypes())
        {
            if (!type.IsEnum)
            {
                continue;
            }

            foreach (var name in Enum.GetNames(type))
            {
                var value = Enum.Parse(type, name);
                foreach (var options in OptionNames)
                {
                    Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(value, type, Options(options)));
                    Assert.Equal(value, JsonSerializer.Deserialize($"\"{name}\"", type, Options(options)));
                }
            }

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("0", type));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"0\"", type));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($"\"{Enum.GetNames(type)[0].ToLowerInvariant()}\"", type));
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Enum.ToObject(type, 42), type));
        }
    }
}
