using KpiFormulas.Catalog;
using KpiFormulas.Excel.Tests.Support;
using KpiFormulas.Excel;
using Xunit;
using static KpiFormulas.Excel.Tests.Sheet;

namespace KpiFormulas.Excel.Tests;

/// <summary>
/// Every worksheet function on the documents' own examples. "seed 003 line 149" is line 149 of
/// shared/seeds/003_*.txt; "docs/kpis/x.md:N" is the example of the KPI's page where the seeds give no
/// figure. Results are asserted exactly unless a tolerance is stated (then 1e-12 of the unit, far
/// below anything a cell shows).
/// </summary>
public class KpiFunctionsExampleTests
{
    private const double Tight = 1e-12;

    // ---- Acquisition ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_adds_the_costs_and_divides_by_new_customers()
    {
        // docs/kpis/acquisition.md:15: (30 000 + 15 000) / 60 = 750.
        Number(750, KpiFunctions.Cac(30_000d, 15_000d, 60d));
        // One total and no marketing cost: the optional argument left out is 0.
        Number(750, KpiFunctions.Cac(45_000d, Omitted, 60d));
    }

    [Fact]
    [KpiTest(KpiIds.CacByChannel)]
    public void Cac_by_channel_returns_one_cell_per_channel()
    {
        // Acquisition.CustomerAcquisitionCostByChannel's example: ads 1 000 / 10 = 100, events 600 / 3 = 200, and a channel with no customer.
        var cac = Assert.IsType<object[,]>(KpiFunctions.CacByChannel(Column(1_000d, 600d, 50d, null), Column(10d, 3d, 0d, null)));
        Assert.Equal(4, cac.GetLength(0));
        Number(100, cac[0, 0]);
        Number(200, cac[1, 0]);
        Error(WorksheetErrors.DivisionByZero, cac[2, 0]);
        Assert.Equal(string.Empty, cac[3, 0]);
    }

    [Fact]
    [KpiTest(KpiIds.CacFromLeadCost)]
    public void Cac_from_lead_cost_divides_the_lead_cost_by_the_conversion_rate()
    {
        // seed 003 lines 257-259: 85 € / 12 % = 708 € and 38 € / 18 % = 211 €.
        Number((double)(85m / 0.12m), KpiFunctions.CacFromLeadCost(85d, 0.12));
        Number((double)(38m / 0.18m), KpiFunctions.CacFromLeadCost(38d, 0.18));
        Assert.Equal(708d, System.Math.Round((double)KpiFunctions.CacFromLeadCost(85d, 0.12)));
        Assert.Equal(211d, System.Math.Round((double)KpiFunctions.CacFromLeadCost(38d, 0.18)));
    }

    [Fact]
    [KpiTest(KpiIds.Cpl)]
    public void Cpl_is_spend_per_lead()
    {
        // seed 001 line 21: each contact costs 50 €; 5 000 € for 100 leads.
        Number(50, KpiFunctions.Cpl(5_000d, 100d));
    }

    [Fact]
    [KpiTest(KpiIds.CostPerQualifiedLead)]
    public void Cost_per_qualified_lead_is_spend_per_qualified_lead()
    {
        // seed 003 line 257: 85 € per qualified lead (3 400 € for 40 leads).
        Number(85, KpiFunctions.CostPerQualifiedLead(3_400d, 40d));
    }

    [Fact]
    [KpiTest(KpiIds.TimePerLead)]
    public void Time_per_lead_is_an_excel_duration()
    {
        // seed 003 line 256: 45 min per lead; 30 h over 40 leads. 30:00 is 1.25 days, 0:45 is 0.03125.
        Number(0.03125, KpiFunctions.TimePerLead(1.25, 40d));
        Number(Time(0, 45), KpiFunctions.TimePerLead(Time(30, 0), 40d));
    }

    [Fact]
    [KpiTest(KpiIds.TimeToConvert)]
    public void Time_to_convert_is_the_mean_delay_in_days()
    {
        // seed 000 line 24 (CAC and conversion delay); Acquisition.TimeToConvert's example: 10 and 20 days, 15 on average.
        var created = Column(Date(2026, 3, 1), Date(2026, 3, 5));
        var paid = Column(Date(2026, 3, 11), Date(2026, 3, 25));
        Number(15, KpiFunctions.TimeToConvert(created, paid));
    }

    // ---- Conversion ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ConversionRate)]
    public void Conversion_rate_is_a_fraction()
    {
        // seed 003 line 258: 12 % then 18 %.
        Number(0.12, KpiFunctions.ConversionRate(12d, 100d));
        Number(0.18, KpiFunctions.ConversionRate(18d, 100d));
    }

    [Fact]
    [KpiTest(KpiIds.StageConversion)]
    public void Stage_conversion()
    {
        // docs/kpis/conversion.md:49: 10 proposals from 40 demos = 25 %.
        Number(0.25, KpiFunctions.StageConversion(10d, 40d));
    }

    [Fact]
    [KpiTest(KpiIds.QuoteToOrderRate)]
    public void Quote_to_order_rate_and_its_success_mark_in_points()
    {
        // docs/kpis/conversion.md:106 and seed 001 line 15 (« +5 points »): 40 / 200 = 20 %, 50 / 200 = 25 %.
        Number(0.2, KpiFunctions.QuoteToOrderRate(40d, 200d));
        Number(0.25, KpiFunctions.QuoteToOrderRate(50d, 200d));
        Assert.Equal(true, KpiFunctions.QuoteToOrderSuccess(0.2, 0.25));
        Assert.Equal(false, KpiFunctions.QuoteToOrderSuccess(0.2, 0.21));
    }

    [Fact]
    [KpiTest(KpiIds.MeetingBookingRate)]
    [KpiTest(KpiIds.MqlToSqlRate)]
    [KpiTest(KpiIds.LeadToSqlRate)]
    [KpiTest(KpiIds.LeadToOpportunityRate)]
    [KpiTest(KpiIds.ClosingRate)]
    [KpiTest(KpiIds.QualifiedLeadRate)]
    [KpiTest(KpiIds.ResponseRate)]
    [KpiTest(KpiIds.OpenRate)]
    [KpiTest(KpiIds.InstantPaymentRate)]
    public void Every_conversion_rate_of_the_conversion_page()
    {
        Number(0.04, KpiFunctions.MeetingBookingRate(10d, 250d));        // docs/kpis/conversion.md:123
        Number(0.5, KpiFunctions.MqlToSqlRate(200d, 400d));              // docs/kpis/conversion.md:133
        Number(0.2, KpiFunctions.LeadToSqlRate(200d, 1_000d));           // docs/kpis/conversion.md:143
        Number(0.05, KpiFunctions.LeadToOpportunityRate(50d, 1_000d));   // docs/kpis/conversion.md:153
        Number(0.4, KpiFunctions.ClosingRate(20d, 50d));                 // docs/kpis/conversion.md:163
        Number(0.25, KpiFunctions.QualifiedLeadRate(45d, 180d));         // docs/kpis/conversion.md:176
        Number(0.375, KpiFunctions.QualifiedLeadRate(45d, 120d));        // docs/kpis/conversion.md:176
        Number(0.15, KpiFunctions.ResponseRate(30d, 200d));              // docs/kpis/conversion.md:187
        Number(0.25, KpiFunctions.OpenRate(250d, 1_000d));               // docs/kpis/conversion.md:198
        Number(0.4, KpiFunctions.InstantPaymentRate(96d, 240d));         // docs/kpis/conversion.md:210
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_overall_rate_steps_and_bottleneck()
    {
        // docs/kpis/conversion.md:68-69 (seed 004 lines 188 and 202): lead 1 000 -> MQL 400 -> SQL 200 -> opportunity 50 -> won 20.
        var counts = Column(1_000d, 400d, 200d, 50d, 20d);
        var names = Column("lead", "MQL", "SQL", "opportunity", "won");
        Number(0.02, KpiFunctions.Funnel(counts));
        Number(0.5, KpiFunctions.FunnelStepRate(counts, 2d));
        Number(3, KpiFunctions.FunnelBottleneck(counts));
        Assert.Equal("SQL", KpiFunctions.FunnelBottleneckName(counts, names));

        var steps = Assert.IsType<object[,]>(KpiFunctions.FunnelSteps(counts));
        Assert.Equal((4, 1), (steps.GetLength(0), steps.GetLength(1)));
        Number(0.4, steps[0, 0]);
        Number(0.5, steps[1, 0]);
        Number(0.25, steps[2, 0]);
        Number(0.4, steps[3, 0]);

        // A row of counts gives a row of steps.
        var across = Assert.IsType<object[,]>(KpiFunctions.FunnelSteps(Row(1_000d, 400d, 200d)));
        Assert.Equal((1, 2), (across.GetLength(0), across.GetLength(1)));
    }

    // ---- Value ---------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_sums_a_range_and_skips_blank_cells()
    {
        // docs/kpis/salesvalue.md:17: 12 000 + 4 500 + 800 = 17 300.
        Number(17_300, KpiFunctions.Revenue(Column(12_000d, null, 4_500d, 800d)));
    }

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_from_a_total_or_from_each_order()
    {
        // docs/kpis/salesvalue.md:39 (seed 001 line 41, AOV +12 %): 25 000 / 200 = 125, 30 800 / 220 = 140.
        Number(125, KpiFunctions.AverageOrderValue(25_000d, 200d));
        Number(140, KpiFunctions.AverageOrderValue(30_800d, 220d));
        // A range of order amounts and no count: their mean.
        Number(125, KpiFunctions.AverageOrderValue(Column(100d, 150d, null), Omitted));
    }

    [Fact]
    [KpiTest(KpiIds.AverageDealSize)]
    public void Average_deal_size()
    {
        // docs/kpis/salesvalue.md:51: 96 000 / 8 = 12 000.
        Number(12_000, KpiFunctions.AverageDealSize(96_000d, 8d));
        Number(12_000, KpiFunctions.AverageDealSize(Row(10_000d, 14_000d), Omitted));
    }

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Customer_lifetime_value()
    {
        // seed 004 line 166: 2 000 € a year for 5 years = 10 000 €; as 4 purchases of 500 €.
        Number(10_000, KpiFunctions.CustomerLifetimeValue(2_000d, 1d, 5d));
        Number(10_000, KpiFunctions.CustomerLifetimeValue(500d, 4d, 5d));
    }

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_from_capacity()
    {
        // seed 003 line 249: 3 x 3 500 € = 10 500 € a month (8 -> 11 clients, lines 242-243).
        Number(10_500, KpiFunctions.AdditionalRevenueFromCapacity(8d, 11d, 3_500d));
    }

    // ---- Efficiency ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_length_in_days()
    {
        // seed 004 line 214 (formula), docs/kpis/efficiency.md:16: cycles of 30, 45 and 60 days -> 45.
        var first = Column(Date(2026, 1, 5), Date(2026, 1, 10), Date(2026, 2, 1));
        var closed = Column(Date(2026, 2, 4), Date(2026, 2, 24), Date(2026, 4, 2));
        Number(45, KpiFunctions.SalesCycleLength(first, closed));
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_and_its_bands()
    {
        // seed 004 line 166 (LTV 10 000 €) against a CAC of 2 500 €: 4 : 1; lines 176-180 for the bands.
        Number(4, KpiFunctions.LtvToCac(10_000d, 2_500d));
        Assert.Equal("Healthy", KpiFunctions.LtvToCacLevel(3d));
        Assert.Equal("BelowHealthy", KpiFunctions.LtvToCacLevel(2.5));
        Assert.Equal("BreakEven", KpiFunctions.LtvToCacLevel(1d));
        Assert.Equal("LosingMoney", KpiFunctions.LtvToCacLevel(0.99));
    }

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Average_handling_time_from_a_total_or_from_each_item()
    {
        // docs/kpis/efficiency.md:61: 10 h over 30 orders = 20 min.
        Number(Time(0, 20), KpiFunctions.AverageHandlingTime(Time(10, 0), 30d), Tight);
        Number(Time(0, 20), KpiFunctions.AverageHandlingTime(Column(Time(0, 15), Time(0, 25)), Omitted), Tight);
    }

    [Fact]
    [KpiTest(KpiIds.AverageResponseTime)]
    public void Average_response_time()
    {
        // seed 003 line 191: 4 h before, 45 min after (30 h over 40 requests).
        Number(Time(4, 0), KpiFunctions.AverageResponseTime(Time(4, 0), 1d), Tight);
        Number(0.03125, KpiFunctions.AverageResponseTime(1.25, 40d));
    }

    [Fact]
    [KpiTest(KpiIds.SelfServiceRate)]
    public void Self_service_rate()
    {
        // docs/kpis/efficiency.md:89: 120 of 400 tickets = 30 %.
        Number(0.3, KpiFunctions.SelfServiceRate(120d, 400d));
    }

    [Fact]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice()
    {
        // seed 001 line 41: from 3 to 1.2 calls per invoice.
        Number(3, KpiFunctions.FollowUpsPerInvoice(150d, 50d));
        Number(1.2, KpiFunctions.FollowUpsPerInvoice(60d, 50d));
    }

    // ---- Retention -----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    [KpiTest(KpiIds.ChurnRate)]
    public void Retention_and_churn()
    {
        Number(0.75, KpiFunctions.RetentionRate(300d, 400d)); // docs/kpis/retention.md:20
        Number(0.25, KpiFunctions.ChurnRate(100d, 400d));     // docs/kpis/retention.md:42
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Multi_year_retention_from_a_table_of_purchases()
    {
        // docs/kpis/retention.md:79-93 (seed 002 line 72 asks for 2/3/4/5 years in a row).
        var customers = Column(
            "ana", "ana", "ana", "ana", "ana", "ben", "ben", "ben", "ben", "chloé", "chloé", "dan", "dan", "dan", "eve", "eve", "fred");
        var years = Column(
            2021d, 2022d, 2023d, 2024d, 2025d, 2021d, 2022d, 2024d, 2025d, 2021d, 2023d, 2022d, 2023d, 2024d, 2024d, 2025d, 2021d);
        Number(0.5, KpiFunctions.MultiYearRetention(customers, years, 2021d, 2d));
        Number(0.25, KpiFunctions.MultiYearRetention(customers, years, 2021d, 5d));
        Number(2d / 3, KpiFunctions.MultiYearRetention(customers, years, 2022d, 3d), Tight);
        Number(0.75, KpiFunctions.MultiYearRetention(customers, years, 2024d, 2d));
        Error(WorksheetErrors.NotAvailable, KpiFunctions.MultiYearRetention(customers, years, 2022d, 5d));
        Error(WorksheetErrors.NotAvailable, KpiFunctions.MultiYearRetention(customers, years, 2019d, 2d));
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Cohort_retention_one_cell_and_the_whole_table()
    {
        // docs/kpis/retention.md:128-129: January 200, 80 in February, 60 in March; February 100, 50 in March.
        var counts = Table([200d, 80d, 60d], [100d, 50d, null]);
        Number(0.4, KpiFunctions.CohortRetention(counts, 1d, 1d));
        Number(0.3, KpiFunctions.CohortRetention(counts, 1d, 2d));
        Number(0.5, KpiFunctions.CohortRetention(counts, 2d, 1d));
        Number(1, KpiFunctions.CohortRetention(counts, 2d, 0d));
        Error(WorksheetErrors.NotAvailable, KpiFunctions.CohortRetention(counts, 2d, 2d));

        var table = Assert.IsType<object[,]>(KpiFunctions.CohortRetentionTable(counts));
        Assert.Equal((2, 3), (table.GetLength(0), table.GetLength(1)));
        Number(1, table[0, 0]);
        Number(0.4, table[0, 1]);
        Number(0.3, table[0, 2]);
        Number(0.5, table[1, 1]);
        Error(WorksheetErrors.NotAvailable, table[1, 2]);
    }

    // ---- Engagement ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.SessionDuration)]
    public void Session_duration_from_a_total_or_from_each_session()
    {
        // docs/kpis/engagement.md:17 (seed 001 line 16, +20 %): 2 000 min over 400 sessions = 5 min.
        Number(Time(0, 5), KpiFunctions.SessionDuration(2_000 / 1440.0, 400d), Tight);
        Number(Time(0, 6), KpiFunctions.SessionDuration(Column(Time(0, 3), Time(0, 5), Time(0, 10)), Omitted), Tight);
    }

    [Fact]
    [KpiTest(KpiIds.UsageFrequency)]
    public void Usage_frequency()
    {
        // seed 003 lines 98-100: Sophie 12, Thomas 2, Julie 0 uses: 14 / 3 a week.
        Number((double)(14m / 3m), KpiFunctions.UsageFrequency(14d, 3d));
    }

    [Fact]
    [KpiTest(KpiIds.FeatureTimeShare)]
    public void Feature_time_share()
    {
        // docs/kpis/engagement.md:48: 45 minutes out of an hour = 75 %.
        Number(0.75, KpiFunctions.FeatureTimeShare(Time(0, 45), Time(1, 0)));
    }

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Adoption_rate_from_counts_and_from_weekly_uses_with_its_bands()
    {
        // seed 003 lines 98-101: Sophie 12, Thomas 2, Julie 0 -> 1 of 3 active, printed « 33% »; bands lines 105-107.
        Number((double)(1m / 3m), KpiFunctions.AdoptionRate(1d, 3d));
        Number((double)(1m / 3m), KpiFunctions.AdoptionRateFromUses(Column(12d, 2d, 0d)));
        Assert.Equal("NormalAtStart", KpiFunctions.AdoptionRateLevel(1d / 3));
        Assert.Equal("Problem", KpiFunctions.AdoptionRateLevel(0.29));
        Assert.Equal("Excellent", KpiFunctions.AdoptionRateLevel(0.61));
        Assert.Equal("Active", KpiFunctions.UserActivityStatus(12d));
        Assert.Equal("Low", KpiFunctions.UserActivityStatus(2d));
        Assert.Equal("Inactive", KpiFunctions.UserActivityStatus(0d));
    }

    [Fact]
    [KpiTest(KpiIds.InactiveUsers)]
    public void Inactive_users()
    {
        // seed 003 line 100: Julie, 0 uses.
        Number(1, KpiFunctions.InactiveUsers(Column(12d, 2d, 0d)));
    }

    // ---- Return on investment and productivity -------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void Project_roi_its_success_mark_and_net_roi()
    {
        // seed 001 line 42: « ROI calculé : 2,4:1 »; line 19: success from 1,5 : 1.
        Number(2.4, KpiFunctions.ProjectRoi(24_000d, 10_000d));
        Number(1.4, KpiFunctions.NetRoi(24_000d, 10_000d));
        Assert.Equal("Successful", KpiFunctions.ProjectRoiLevel(2.4));
        Assert.Equal("Successful", KpiFunctions.ProjectRoiLevel(1.5));
        Assert.Equal("BelowTarget", KpiFunctions.ProjectRoiLevel(1.2));
    }

    [Fact]
    [KpiTest(KpiIds.MarketingRoi)]
    public void Marketing_roi()
    {
        // docs/kpis/returnoninvestment.md:58 (seed 002 line 85): 18 000 € of sales for 4 000 € = 4.5 : 1.
        Number(4.5, KpiFunctions.MarketingRoi(18_000d, 4_000d));
    }

    [Fact]
    [KpiTest(KpiIds.RoiMonthly)]
    public void Monthly_roi()
    {
        // seed 003 lines 146-148: 50 h x 35 € = 1 750 € of gains for 200 € a month = 8.75 : 1.
        Number(8.75, KpiFunctions.RoiMonthly(1_750d, 200d));
    }

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_and_its_bands()
    {
        // seed 003 lines 119-121: 200 € / 50 h = 4 €; lines 127-129 and 133-135 for the alternatives and bands.
        Number(4, KpiFunctions.CostPerHourSaved(200d, 50d));
        Assert.Equal("Excellent", KpiFunctions.CostPerHourSavedLevel(4d));
        Assert.Equal("Profitable", KpiFunctions.CostPerHourSavedLevel(12d));
        Assert.Equal("Profitable", KpiFunctions.CostPerHourSavedLevel(20d));
        Assert.Equal("Revisit", KpiFunctions.CostPerHourSavedLevel(45d));
    }

    [Fact]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    [KpiTest(KpiIds.NetMonthlySaving)]
    public void Value_of_time_saved_and_net_monthly_saving()
    {
        // seed 003 line 149: (50 x 35) - 200 = 1 550.
        Number(1_750, KpiFunctions.ValueOfTimeSaved(50d, 35d));
        Number(1_550, KpiFunctions.NetMonthlySaving(50d, 35d, 200d));
        // docs/kpis/returnoninvestment.md: 12 h 55 min x 45 € = 581.25 € exactly, although 12 h 55 is not a finite double.
        Number(581.25, KpiFunctions.ValueOfTimeSaved(12 + (55 / 60.0), 45d));
    }

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_period_in_months_and_its_bands()
    {
        // seed 003 lines 145-150: 1 500 € / 1 550 € = 0.97 month, printed « 1 mois »; bands lines 156-158.
        Number((double)(1_500m / 1_550m), KpiFunctions.PaybackPeriod(1_500d, 1_550d));
        Number((double)(1_500m / 1_550m), KpiFunctions.PaybackPeriod(1_500d, KpiFunctions.NetMonthlySaving(50d, 35d, 200d)));
        Assert.Equal("Excellent", KpiFunctions.PaybackPeriodLevel(1_500d / 1_550));
        Assert.Equal("Good", KpiFunctions.PaybackPeriodLevel(6d));
        Assert.Equal("Challenge", KpiFunctions.PaybackPeriodLevel(6.5));
    }

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Time_saved_in_hours_and_its_bands()
    {
        // seed 003 lines 72-75: 1 h -> 15 min x 8 = 6 h; 10 min -> 3 min x 25 = 2 h 55 (printed « 3h »); 4 h -> 2 h x 2 = 4 h.
        Number(6, KpiFunctions.TimeSaved(1d, 0.25, 8d));
        Number(2 + (55 / 60.0), KpiFunctions.TimeSaved(10 / 60.0, 3 / 60.0, 25d), Tight);
        Number(4, KpiFunctions.TimeSaved(4d, 2d, 2d));
        // Lines 79-81: 5 h a month per person is profitable, 10 h high, 20 h top 10 %.
        Assert.Equal("Profitable", KpiFunctions.TimeSavedLevel(5d));
        Assert.Equal("High", KpiFunctions.TimeSavedLevel(10d));
        Assert.Equal("Top10Percent", KpiFunctions.TimeSavedLevel(56.2));
        Assert.Equal("BelowProfitable", KpiFunctions.TimeSavedLevel(4.99));
    }

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoided)]
    [KpiTest(KpiIds.ErrorsAvoidedValue)]
    public void Errors_avoided_and_their_value()
    {
        // seed 003 lines 170-173: 12 -> 2, 8 -> 1, 5 -> 0, total 22; line 178: 22 x 150 € = 3 300 €.
        Number(10, KpiFunctions.ErrorsAvoided(12d, 2d));
        Number(22, KpiFunctions.ErrorsAvoided(Column(12d, 8d, 5d), Column(2d, 1d, 0d)));
        Number(3_300, KpiFunctions.ErrorsAvoidedValue(22d, 150d));
    }

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Capacity_increase()
    {
        // seed 003 lines 242-244: 8 -> 11 clients a month, printed « +37% », exactly +37.5 %.
        Number(0.375, KpiFunctions.CapacityIncrease(8d, 11d));
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_as_an_array_adding_up_to_one()
    {
        // seed 003 lines 268-271: 45 %, 25 %, 15 %, 15 % of the freed time (here 9, 5, 3 and 3 hours).
        var shares = Assert.IsType<object[,]>(KpiFunctions.TimeReinvestmentMix(Column(9d, 5d, 3d, 3d), Omitted));
        Number(0.45, shares[0, 0]);
        Number(0.25, shares[1, 0]);
        Number(0.15, shares[2, 0]);
        Number(0.15, shares[3, 0]);
    }

    // ---- Satisfaction --------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_from_counts_and_from_answers()
    {
        // seed 003 line 192: NPS 32 (50 promoters, 32 passives, 18 detractors of 100 answers).
        Number(32, KpiFunctions.Nps(50d, 32d, 18d));
        // Satisfaction.NetPromoterScore's example: 6 promoters and 2 detractors of 10 answers = 40; a blank answer is skipped.
        Number(40, KpiFunctions.NpsFromAnswers(Column(10d, 9d, 9d, 8d, 7d, 3d, 10d, 6d, 9d, 10d, null)));
        Assert.Equal("Passive", KpiFunctions.NpsCategory(8d));
        Assert.Equal("Promoter", KpiFunctions.NpsCategory(9d));
        Assert.Equal("Detractor", KpiFunctions.NpsCategory(6d));
    }

    [Fact]
    [KpiTest(KpiIds.ComplaintRate)]
    public void Complaint_rate()
    {
        // seed 003 line 193: 8 % then 3 %.
        Number(0.08, KpiFunctions.ComplaintRate(8d, 100d));
        Number(0.03, KpiFunctions.ComplaintRate(3d, 100d));
    }

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_of_one_person_and_of_a_team()
    {
        // seed 003 lines 217-219: 7 -> 3 (-57 %), 8 -> 2 (-75 %), 9 -> 4 (-56 %); the team's mean 8 -> 3 is -62.5 %.
        Number((double)(-4m / 7m), KpiFunctions.MentalLoadChange(7d, 3d));
        Number(-0.75, KpiFunctions.MentalLoadChange(8d, 2d));
        Number(-0.625, KpiFunctions.MentalLoadChange(Column(7d, 8d, 9d), Column(3d, 2d, 4d)));
    }

    // ---- Activity ------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Calls)]
    [KpiTest(KpiIds.EmailsSent)]
    [KpiTest(KpiIds.MeetingsHeld)]
    [KpiTest(KpiIds.OpportunitiesCreated)]
    [KpiTest(KpiIds.LeadsContacted)]
    [KpiTest(KpiIds.QualifiedMeetings)]
    public void Activity_counts_in_a_period_given_as_iso_text_or_as_first_and_last_day()
    {
        // seed 004 lines 72-79 (activity per period); docs/kpis/activity.md:27: calls on 2, 3 and 9 March 2026, ISO week 10 -> 2.
        var calls = Column(Date(2026, 3, 2), Date(2026, 3, 3), Date(2026, 3, 9), null);
        Number(2, KpiFunctions.Calls(calls, "2026-W10", Omitted));
        Number(3, KpiFunctions.Calls(calls, "2026-03", Omitted));
        Number(2, KpiFunctions.Calls(calls, Date(2026, 3, 2), Date(2026, 3, 8)));

        // docs/kpis/activity.md:79 and the library's examples for the other counts.
        var dates = Column(Date(2026, 1, 5), Date(2026, 3, 2), Date(2026, 3, 31), Date(2026, 4, 1));
        Number(2, KpiFunctions.EmailsSent(dates, "2026-03", Omitted));
        Number(3, KpiFunctions.MeetingsHeld(dates, "2026-Q1", Omitted));
        Number(2, KpiFunctions.OpportunitiesCreated(dates, "2026-03-02/P30D", Omitted)); // 2 to 31 March
        Number(1, KpiFunctions.LeadsContacted(dates, Date(2026, 3, 2), Date(2026, 3, 2)));
        Number(4, KpiFunctions.QualifiedMeetings(dates, "2026", Omitted));
    }

    // ---- Targets -------------------------------------------------------------------------------

    [Fact]
    public void Change_and_points_change()
    {
        // seed 003 line 192: NPS 32 -> 48 is +50 %; line 193: complaints 8 % -> 3 % is -62.5 % and -5 points.
        Number(0.5, KpiFunctions.Change(32d, 48d));
        Number(-0.625, KpiFunctions.Change(0.08, 0.03));
        Number(-5, KpiFunctions.PointsChange(0.08, 0.03));
    }

    [Fact]
    public void Targets_progress_and_drift()
    {
        // seed 001 line 21: a 50 € CPL lowered by 10 % is 45 €; line 15: 20 % + 5 points = 25 %.
        Number(45, KpiFunctions.Target(50d, -0.1));
        Number(0.25, KpiFunctions.PointsTarget(0.2, 5d));
        // docs/kpis/targets.md:48: from 50 € towards 45 €, now 47 €: 60 %.
        Number(0.6, KpiFunctions.Progress(50d, 45d, 47d));
        // docs/kpis/targets.md:63 (seed 001 line 32, « une dérive de plus de 10 % »): a CPL of 52 € against 45 € is +15.6 %.
        Number((double)(7m / 45m), KpiFunctions.Drift(52d, 45d));
        Assert.Equal("BehindTarget", KpiFunctions.DriftStatus(52d, 45d, "lower", Omitted));
        Assert.Equal("BehindTarget", KpiFunctions.DriftStatus(52d, 45d, "cpl", Omitted));
        Assert.Equal("AheadOfTarget", KpiFunctions.DriftStatus(52d, 45d, Omitted, Omitted));
        Assert.Equal("OnTrack", KpiFunctions.DriftStatus(52d, 45d, "lower", 0.2));
        Assert.Equal(true, KpiFunctions.DriftRequiresAdjustment(52d, 45d, Omitted));
        Assert.Equal(false, KpiFunctions.DriftRequiresAdjustment(49.5, 45d, Omitted));
    }

    [Fact]
    public void Baseline_is_the_mean_of_the_30_days_before_acting()
    {
        // seed 001 line 30 (« mesurer l'existant sur 30 jours »); Targets.Baseline's example: 48 and 52 -> 50.
        var dates = Column(Date(2026, 3, 10), Date(2026, 3, 20), Date(2026, 1, 1));
        Number(50, KpiFunctions.Baseline(dates, Column(48d, 52d, 1_000d), Date(2026, 4, 1)));
    }
}
