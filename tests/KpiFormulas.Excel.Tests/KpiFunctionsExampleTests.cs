using System;
using KpiFormulas.Catalog;
using KpiFormulas.Excel.Tests.Support;
using KpiFormulas.Excel;
using Xunit;
using static KpiFormulas.Excel.Tests.Sheet;

namespace KpiFormulas.Excel.Tests;

/// <summary>
/// Every worksheet function on a worked example: a small business case whose figures are written
/// here with the hand calculation that gives the expected result (each comment says where the
/// figures come from), or the published definition of the KPI (NPS). Results are asserted exactly
/// unless a tolerance is stated (then 1e-12 of the unit, far below anything a cell shows).
/// </summary>
public class KpiFunctionsExampleTests
{
    private const double Tight = 1e-12;

    // ---- Acquisition ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Cac)]
    public void Cac_adds_the_costs_and_divides_by_new_customers()
    {
        // A quarter with 30 000 of sales costs and 15 000 of marketing for 60 new customers: 45 000 / 60 = 750.
        Number(750, KpiFunctions.Cac(30_000d, 15_000d, 60d));
        // One total and no marketing cost: the optional argument left out is 0.
        Number(750, KpiFunctions.Cac(45_000d, Omitted, 60d));
    }

    [Fact]
    [KpiTest(KpiIds.CacByChannel)]
    public void Cac_by_channel_returns_one_cell_per_channel()
    {
        // Two channels by hand: ads 1 000 / 10 = 100, events 600 / 3 = 200; a third channel spent 50 for no customer; a blank row.
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
        // A qualified lead at 85 converting at 12 %: 85 / 0.12 = 708.33; after a better targeting, 38 at 18 %: 211.11.
        Number((double)(85m / 0.12m), KpiFunctions.CacFromLeadCost(85d, 0.12));
        Number((double)(38m / 0.18m), KpiFunctions.CacFromLeadCost(38d, 0.18));
        Assert.Equal(708d, System.Math.Round((double)KpiFunctions.CacFromLeadCost(85d, 0.12)));
        Assert.Equal(211d, System.Math.Round((double)KpiFunctions.CacFromLeadCost(38d, 0.18)));
    }

    [Fact]
    [KpiTest(KpiIds.Cpl)]
    public void Cpl_is_spend_per_lead()
    {
        // A campaign of 5 000 that brought 100 leads: 50 a lead.
        Number(50, KpiFunctions.Cpl(5_000d, 100d));
    }

    [Fact]
    [KpiTest(KpiIds.CostPerQualifiedLead)]
    public void Cost_per_qualified_lead_is_spend_per_qualified_lead()
    {
        // 3 400 of prospecting for 40 qualified leads: 85 a lead.
        Number(85, KpiFunctions.CostPerQualifiedLead(3_400d, 40d));
    }

    [Fact]
    [KpiTest(KpiIds.TimePerLead)]
    public void Time_per_lead_is_an_excel_duration()
    {
        // 30 hours of sales time over 40 leads is 45 minutes a lead: 30:00 is 1.25 days, 0:45 is 0.03125.
        Number(0.03125, KpiFunctions.TimePerLead(1.25, 40d));
        Number(Time(0, 45), KpiFunctions.TimePerLead(Time(30, 0), 40d));
    }

    [Fact]
    [KpiTest(KpiIds.TimeToConvert)]
    public void Time_to_convert_is_the_mean_delay_in_days()
    {
        // Two leads that paid 10 and 20 days after they were created: 15 days on average.
        var created = Column(Date(2026, 3, 1), Date(2026, 3, 5));
        var paid = Column(Date(2026, 3, 11), Date(2026, 3, 25));
        Number(15, KpiFunctions.TimeToConvert(created, paid));
    }

    // ---- Conversion ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ConversionRate)]
    public void Conversion_rate_is_a_fraction()
    {
        // 12 then 18 customers out of 100 prospects: 12 % and 18 %.
        Number(0.12, KpiFunctions.ConversionRate(12d, 100d));
        Number(0.18, KpiFunctions.ConversionRate(18d, 100d));
    }

    [Fact]
    [KpiTest(KpiIds.StageConversion)]
    public void Stage_conversion()
    {
        // 10 proposals from 40 demos: 25 %.
        Number(0.25, KpiFunctions.StageConversion(10d, 40d));
    }

    [Fact]
    [KpiTest(KpiIds.QuoteToOrderRate)]
    public void Quote_to_order_rate_and_its_success_mark_in_points()
    {
        // 200 quotes, 40 then 50 orders: 20 % then 25 %, a gain of 5 points, the success mark; 21 % is only +1 point.
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
        // One month of a small sales team, each rate a division done by hand.
        Number(0.04, KpiFunctions.MeetingBookingRate(10d, 250d));        // 10 meetings from 250 calls and emails
        Number(0.5, KpiFunctions.MqlToSqlRate(200d, 400d));              // 200 of 400 MQLs accepted by sales
        Number(0.2, KpiFunctions.LeadToSqlRate(200d, 1_000d));           // the same 200 SQLs out of 1 000 leads
        Number(0.05, KpiFunctions.LeadToOpportunityRate(50d, 1_000d));   // 50 opportunities out of 1 000 leads
        Number(0.4, KpiFunctions.ClosingRate(20d, 50d));                 // 20 won of 50 qualified opportunities
        Number(0.25, KpiFunctions.QualifiedLeadRate(45d, 180d));         // 45 of 180 leads fit the profile
        Number(0.375, KpiFunctions.QualifiedLeadRate(45d, 120d));        // the same 45 once the forms filter out 60
        Number(0.15, KpiFunctions.ResponseRate(30d, 200d));              // 30 replies from 200 prospects
        Number(0.25, KpiFunctions.OpenRate(250d, 1_000d));               // 250 opened of 1 000 delivered
        Number(0.4, KpiFunctions.InstantPaymentRate(96d, 240d));         // 96 of 240 invoices paid at order
    }

    [Fact]
    [KpiTest(KpiIds.Funnel)]
    public void Funnel_overall_rate_steps_and_bottleneck()
    {
        // A B2B funnel: lead 1 000 -> MQL 400 -> SQL 200 -> opportunity 50 -> won 20. Steps 40 %, 50 %, 25 %, 40 %:
        // SQL to opportunity is the bottleneck; 20 / 1 000 = 2 % overall.
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
        // Three won deals of 12 000, 4 500 and 800, and an empty row: 17 300.
        Number(17_300, KpiFunctions.Revenue(Column(12_000d, null, 4_500d, 800d)));
    }

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_from_a_total_or_from_each_order()
    {
        // A shop's month: 25 000 over 200 orders is 125; the next month 30 800 over 220 is 140 (+12 %).
        Number(125, KpiFunctions.AverageOrderValue(25_000d, 200d));
        Number(140, KpiFunctions.AverageOrderValue(30_800d, 220d));
        // A range of order amounts and no count: their mean.
        Number(125, KpiFunctions.AverageOrderValue(Column(100d, 150d, null), Omitted));
    }

    [Fact]
    [KpiTest(KpiIds.AverageDealSize)]
    public void Average_deal_size()
    {
        // 8 deals won for 96 000: 12 000 each; two deals of 10 000 and 14 000 average 12 000 too.
        Number(12_000, KpiFunctions.AverageDealSize(96_000d, 8d));
        Number(12_000, KpiFunctions.AverageDealSize(Row(10_000d, 14_000d), Omitted));
    }

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Customer_lifetime_value()
    {
        // A customer spending 2 000 a year for 5 years: 10 000; the same as 4 purchases of 500 a year.
        Number(10_000, KpiFunctions.CustomerLifetimeValue(2_000d, 1d, 5d));
        Number(10_000, KpiFunctions.CustomerLifetimeValue(500d, 4d, 5d));
    }

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_from_capacity()
    {
        // A consultancy handling 11 clients a month instead of 8, at 3 500 a client: 3 x 3 500 = 10 500 more a month.
        Number(10_500, KpiFunctions.AdditionalRevenueFromCapacity(8d, 11d, 3_500d));
    }

    // ---- Efficiency ----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_length_in_days()
    {
        // Three won deals closed after 30, 45 and 60 days (by the calendar): 45 days on average.
        var first = Column(Date(2026, 1, 5), Date(2026, 1, 10), Date(2026, 2, 1));
        var closed = Column(Date(2026, 2, 4), Date(2026, 2, 24), Date(2026, 4, 2));
        Number(45, KpiFunctions.SalesCycleLength(first, closed));
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_and_its_bands()
    {
        // A lifetime value of 10 000 for an acquisition cost of 2 500: 4 : 1. Bands: below 1 loses money, 1 breaks
        // even, from 3 is healthy.
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
        // 10 hours of order processing for 30 orders: 20 minutes each; two orders of 15 and 25 minutes average 20.
        Number(Time(0, 20), KpiFunctions.AverageHandlingTime(Time(10, 0), 30d), Tight);
        Number(Time(0, 20), KpiFunctions.AverageHandlingTime(Column(Time(0, 15), Time(0, 25)), Omitted), Tight);
    }

    [Fact]
    [KpiTest(KpiIds.AverageResponseTime)]
    public void Average_response_time()
    {
        // A support desk answering in 4 hours, then in 45 minutes once a tool drafts the answers (30 h over 40 requests).
        Number(Time(4, 0), KpiFunctions.AverageResponseTime(Time(4, 0), 1d), Tight);
        Number(0.03125, KpiFunctions.AverageResponseTime(1.25, 40d));
    }

    [Fact]
    [KpiTest(KpiIds.SelfServiceRate)]
    public void Self_service_rate()
    {
        // 120 of 400 tickets solved by the help centre alone: 30 %.
        Number(0.3, KpiFunctions.SelfServiceRate(120d, 400d));
    }

    [Fact]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice()
    {
        // 150 reminder calls for 50 invoices is 3 an invoice; 60 calls after automatic reminders is 1.2.
        Number(3, KpiFunctions.FollowUpsPerInvoice(150d, 50d));
        Number(1.2, KpiFunctions.FollowUpsPerInvoice(60d, 50d));
    }

    // ---- Retention -----------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    [KpiTest(KpiIds.ChurnRate)]
    public void Retention_and_churn()
    {
        // 400 customers last year, 300 of them still buying this year, 100 lost.
        Number(0.75, KpiFunctions.RetentionRate(300d, 400d));
        Number(0.25, KpiFunctions.ChurnRate(100d, 400d));
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Multi_year_retention_from_a_table_of_purchases()
    {
        // Six customers' purchase years, counted by hand. Of the 4 buyers of 2021 (ana, ben, chloé, fred), 2 bought
        // again in 2022 (ana, ben) and 1 in every year to 2025 (ana); of the 3 of 2022, 2 bought 3 years in a row;
        // of the 4 of 2024, 3 bought again in 2025. A run past 2025 or a base year before the data has no answer.
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
        // Two monthly cohorts: January 200 customers, 80 active in February, 60 in March; February 100, 50 in March.
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
        // 2 000 minutes over 400 sessions: 5 minutes each; sessions of 3, 5 and 10 minutes average 6.
        Number(Time(0, 5), KpiFunctions.SessionDuration(2_000 / 1440.0, 400d), Tight);
        Number(Time(0, 6), KpiFunctions.SessionDuration(Column(Time(0, 3), Time(0, 5), Time(0, 10)), Omitted), Tight);
    }

    [Fact]
    [KpiTest(KpiIds.UsageFrequency)]
    public void Usage_frequency()
    {
        // A team of three using a new tool 12, 2 and 0 times in a week: 14 / 3 uses a user.
        Number((double)(14m / 3m), KpiFunctions.UsageFrequency(14d, 3d));
    }

    [Fact]
    [KpiTest(KpiIds.FeatureTimeShare)]
    public void Feature_time_share()
    {
        // 45 minutes of an hour in the tool spent on its key features: 75 %.
        Number(0.75, KpiFunctions.FeatureTimeShare(Time(0, 45), Time(1, 0)));
    }

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Adoption_rate_from_counts_and_from_weekly_uses_with_its_bands()
    {
        // The same team (12, 2 and 0 uses): 1 of 3 trained users active (3 uses or more), 33 %, normal at the start
        // (30 % to 60 %); below 30 % is a problem, above 60 % excellent.
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
        // The same team: one user with no use.
        Number(1, KpiFunctions.InactiveUsers(Column(12d, 2d, 0d)));
    }

    // ---- Return on investment and productivity -------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void Project_roi_its_success_mark_and_net_roi()
    {
        // A project that cost 10 000 and brought 24 000: 2.4 : 1, +140 % net; a project succeeds from 1.5 : 1.
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
        // A campaign of 4 000 that brought 18 000 of sales: 4.5 : 1.
        Number(4.5, KpiFunctions.MarketingRoi(18_000d, 4_000d));
    }

    [Fact]
    [KpiTest(KpiIds.RoiMonthly)]
    public void Monthly_roi()
    {
        // A tool saving 50 hours a month, valued at 35 an hour (1 750), for 200 a month: 8.75 : 1.
        Number(8.75, KpiFunctions.RoiMonthly(1_750d, 200d));
    }

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_and_its_bands()
    {
        // The same tool: 200 for 50 hours saved is 4 an hour; below 10 is excellent, 10 to 20 profitable, above 20 to revisit.
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
        // The same tool: 50 h x 35 = 1 750 of time saved, minus its 200 a month: 1 550 net.
        Number(1_750, KpiFunctions.ValueOfTimeSaved(50d, 35d));
        Number(1_550, KpiFunctions.NetMonthlySaving(50d, 35d, 200d));
        // 12 h 55 min x 45 = 581.25 exactly, although 12 h 55 min (12.91666... h) is no finite double.
        Number(581.25, KpiFunctions.ValueOfTimeSaved(12 + (55 / 60.0), 45d));
    }

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_period_in_months_and_its_bands()
    {
        // The same tool after 1 500 of training and set-up: 1 500 / 1 550 = 0.97 month, about one month; below 2 months
        // is excellent, 2 to 6 good, above 6 a challenge.
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
        // Three tasks of a week: a report from 1 h to 15 min, 8 times: 6 h; an email from 10 to 3 min, 25 times: 2 h 55;
        // a proposal from 4 h to 2 h, twice: 4 h.
        Number(6, KpiFunctions.TimeSaved(1d, 0.25, 8d));
        Number(2 + (55 / 60.0), KpiFunctions.TimeSaved(10 / 60.0, 3 / 60.0, 25d), Tight);
        Number(4, KpiFunctions.TimeSaved(4d, 2d, 2d));
        // Per person and month: from 5 h saved is profitable, from 10 h high, from 20 h the top 10 %.
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
        // Three kinds of invoicing errors a quarter, 12 -> 2, 8 -> 1 and 5 -> 0: 22 avoided; at 150 each, 3 300.
        Number(10, KpiFunctions.ErrorsAvoided(12d, 2d));
        Number(22, KpiFunctions.ErrorsAvoided(Column(12d, 8d, 5d), Column(2d, 1d, 0d)));
        Number(3_300, KpiFunctions.ErrorsAvoidedValue(22d, 150d));
    }

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Capacity_increase()
    {
        // 8 then 11 clients a month: +3 / 8 = +37.5 %.
        Number(0.375, KpiFunctions.CapacityIncrease(8d, 11d));
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_as_an_array_adding_up_to_one()
    {
        // 20 freed hours spent 9 on sales, 5 on product, 3 on training and 3 on rest: 45 %, 25 %, 15 %, 15 %.
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
        // Bain & Company's definition (Reichheld, 2003): % promoters (9-10) - % detractors (0-6). 50 promoters,
        // 32 passives and 18 detractors of 100 answers: 50 - 18 = 32.
        Number(32, KpiFunctions.Nps(50d, 32d, 18d));
        // Ten answers by hand: 6 promoters (9, 9, 10, 9, 10, 10), 2 detractors (3, 6): 60 % - 20 % = 40; a blank is no answer.
        Number(40, KpiFunctions.NpsFromAnswers(Column(10d, 9d, 9d, 8d, 7d, 3d, 10d, 6d, 9d, 10d, null)));
        Assert.Equal("Passive", KpiFunctions.NpsCategory(8d));
        Assert.Equal("Promoter", KpiFunctions.NpsCategory(9d));
        Assert.Equal("Detractor", KpiFunctions.NpsCategory(6d));
    }

    [Fact]
    [KpiTest(KpiIds.ComplaintRate)]
    public void Complaint_rate()
    {
        // 8 then 3 complaints per 100 orders.
        Number(0.08, KpiFunctions.ComplaintRate(8d, 100d));
        Number(0.03, KpiFunctions.ComplaintRate(3d, 100d));
    }

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_of_one_person_and_of_a_team()
    {
        // A 1-10 workload survey before and after: 7 -> 3 is -4 / 7 (-57 %), 8 -> 2 is -75 %; a team of three
        // (7, 8, 9 -> 3, 2, 4) goes from a mean of 8 to 3: -62.5 %.
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
        // Calls on 2, 3 and 9 March 2026: ISO week 10 (2 to 8 March) holds 2, March 3, and 2 to 8 March given as days 2.
        var calls = Column(Date(2026, 3, 2), Date(2026, 3, 3), Date(2026, 3, 9), null);
        Number(2, KpiFunctions.Calls(calls, "2026-W10", Omitted));
        Number(3, KpiFunctions.Calls(calls, "2026-03", Omitted));
        Number(2, KpiFunctions.Calls(calls, Date(2026, 3, 2), Date(2026, 3, 8)));

        // Events on 5 January, 2 March, 31 March and 1 April 2026, counted by hand in each period.
        var dates = Column(Date(2026, 1, 5), Date(2026, 3, 2), Date(2026, 3, 31), Date(2026, 4, 1));
        Number(2, KpiFunctions.EmailsSent(dates, "2026-03", Omitted));
        Number(3, KpiFunctions.MeetingsHeld(dates, "2026-Q1", Omitted));
        Number(2, KpiFunctions.OpportunitiesCreated(dates, "2026-03-02/P30D", Omitted)); // 2 to 31 March
        Number(1, KpiFunctions.LeadsContacted(dates, Date(2026, 3, 2), Date(2026, 3, 2)));
        Number(4, KpiFunctions.QualifiedMeetings(dates, "2026", Omitted));
    }

    // ---- Investment ------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Npv)]
    public void Npv_as_the_spreadsheet_and_from_time_zero()
    {
        // Microsoft's NPV example: =NPV(10%, -10000, 3000, 4200, 6800) is $1,188.44.
        Assert.Equal(1_188.44, Math.Round((double)KpiFunctions.Npv(0.1, Column(-10_000d, 3_000d, 4_200d, 6_800d)), 2));
        // -2 400 today and 1 000 a year for three years at 10 %: -2 400 + 2 486.85 = 86.85.
        Assert.Equal(86.85, Math.Round((double)KpiFunctions.NpvFromTimeZero(0.1, Column(-2_400d, 1_000d, 1_000d, 1_000d)), 2));
    }

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_of_dated_flows()
    {
        // 11 000 received 365 days after paying 10 000, at 10 %: worth exactly nothing today.
        Number(0, KpiFunctions.Xnpv(0.1, Column(-10_000d, 11_000d), Column(Date(2025, 1, 1), Date(2026, 1, 1))));
    }

    [Fact]
    [KpiTest(KpiIds.Irr)]
    public void Irr_with_and_without_a_guess()
    {
        // Microsoft's IRR example after five years: 8.7 %; -100, 230, -132 has 10 % and 20 %.
        Assert.Equal(0.0866, Math.Round((double)KpiFunctions.Irr(Column(-70_000d, 12_000d, 15_000d, 18_000d, 21_000d, 26_000d), Omitted), 4));
        Number(0.1, KpiFunctions.Irr(Column(-100d, 230d, -132d), Omitted), 1e-14);
        Number(0.2, KpiFunctions.Irr(Column(-100d, 230d, -132d), 0.18), 1e-14);
    }

    [Fact]
    [KpiTest(KpiIds.Xirr)]
    public void Xirr_of_Microsofts_example()
    {
        var dates = Column(Date(2008, 1, 1), Date(2008, 3, 1), Date(2008, 10, 30), Date(2009, 2, 15), Date(2009, 4, 1));
        Number(0.37336253351883151, KpiFunctions.Xirr(Column(-10_000d, 2_750d, 4_250d, 3_250d, 2_750d), dates, Omitted), 1e-15);
    }

    [Fact]
    [KpiTest(KpiIds.Mirr)]
    public void Mirr_of_Microsofts_example()
    {
        // Five years financed at 10 % and reinvested at 12 %: 12.61 % (printed 13 %).
        Assert.Equal(0.1261, Math.Round((double)KpiFunctions.Mirr(Column(-120_000d, 39_000d, 30_000d, 21_000d, 37_000d, 46_000d), 0.1, 0.12), 4));
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_in_periods()
    {
        // At 10 %, 550 and 605 are 500 and 500 today: 1 000 is paid back at exactly 2 years.
        Number(2, KpiFunctions.DiscountedPayback(0.1, Column(-1_000d, 550d, 605d)));
    }

    [Fact]
    [KpiTest(KpiIds.Cagr)]
    public void Cagr_between_two_values()
    {
        // 100 000 to 121 000 in two years: 10 % a year.
        Number(0.1, KpiFunctions.Cagr(100_000d, 121_000d, 2d));
    }

    // ---- Profitability ---------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.GrossMarginRate)]
    public void Gross_margin_rate_from_the_amounts_and_from_a_markup()
    {
        // An online shop's month: 48 000 of sales of goods that cost it 30 000, 18 000 / 48 000 = 0.375.
        Number(0.375, KpiFunctions.GrossMarginRate(48_000d, 30_000d));
        // Stock bought 12 500 cleared for 10 000: -2 500 / 10 000 = -0.25, a loss and not an error.
        Number(-0.25, KpiFunctions.GrossMarginRate(10_000d, 12_500d));
        // A 25 % markup keeps 0.25 / 1.25 = 20 % of the price; the shop's 60 % markup, 0.6 / 1.6 = 37.5 %.
        Number(0.2, KpiFunctions.GrossMarginRateFromMarkup(0.25));
        Number(0.375, KpiFunctions.GrossMarginRateFromMarkup(0.6));
    }

    [Fact]
    [KpiTest(KpiIds.ContributionMargin)]
    public void Contribution_margin_for_a_period_and_for_one_unit_and_its_ratio()
    {
        // The same month: 30 000 of goods and 3 600 of packaging, shipping and fees, 48 000 - 33 600 = 14 400.
        Number(14_400, KpiFunctions.ContributionMargin(48_000d, 33_600d));
        // One of its 400 orders: 120 - 84 = 36; both are 30 % of their revenue (14 400 / 48 000, 36 / 120).
        Number(36, KpiFunctions.ContributionMargin(120d, 84d));
        Number(0.3, KpiFunctions.ContributionMarginRatio(48_000d, 33_600d));
        Number(0.3, KpiFunctions.ContributionMarginRatio(120d, 84d));
        // A promotion month with 5 000 of sales and 5 600 of variable costs loses 600, -12 % of its sales.
        Number(-600, KpiFunctions.ContributionMargin(5_000d, 5_600d));
        Number(-0.12, KpiFunctions.ContributionMarginRatio(5_000d, 5_600d));
    }

    [Fact]
    [KpiTest(KpiIds.MarkupRate)]
    public void Markup_rate_from_the_amounts_and_for_a_margin()
    {
        // A lamp bought 80 and sold 100: 20 / 80 = 25 % on the cost; a bicycle bought 300 and sold 500: 200 / 300.
        Number(0.25, KpiFunctions.MarkupRate(100d, 80d));
        Number((double)(200m / 300m), KpiFunctions.MarkupRate(500d, 300d));
        // Keeping 40 % of the price needs 0.4 / 0.6 = 66.67 % on the cost, not 40 %.
        Number((double)(0.4m / 0.6m), KpiFunctions.MarkupRateFromGrossMargin(0.4));
        Assert.Equal(0.6667, System.Math.Round((double)KpiFunctions.MarkupRateFromGrossMargin(0.4), 4));
        Number(0.25, KpiFunctions.MarkupRateFromGrossMargin(0.2));
    }

    [Fact]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public void Break_even_revenue_from_the_fixed_costs_and_the_ratio()
    {
        // The shop's 10 800 of monthly fixed costs at a 30 % ratio: 10 800 / 0.3 = 36 000 of revenue.
        Number(36_000, KpiFunctions.BreakEvenRevenue(10_800d, 0.3));
        Number(36_000, KpiFunctions.BreakEvenRevenue(10_800d, KpiFunctions.ContributionMarginRatio(48_000d, 33_600d)));
        // A textbook-style product with 40 000 of fixed costs and a 40 % ratio: 100 000.
        Number(100_000, KpiFunctions.BreakEvenRevenue(40_000d, 0.4));
    }

    [Fact]
    [KpiTest(KpiIds.BreakEvenUnits)]
    public void Break_even_units_exact_and_rounded_up_to_whole_units()
    {
        // 10 800 of fixed costs over 36 per order: 300 orders exactly.
        Number(300, KpiFunctions.BreakEvenUnits(10_800d, 120d, 84d));
        // 10 000 over 36 is 277.77...: ROUNDUP gives the 278 orders to sell (278 x 36 = 10 008 covers 10 000, 277 x 36 = 9 972 does not).
        var units = KpiFunctions.BreakEvenUnits(10_000d, 120d, 84d);
        Number((double)(10_000m / 36m), units);
        Assert.Equal(278d, System.Math.Ceiling((double)units));
    }

    [Fact]
    [KpiTest(KpiIds.MarginOfSafety)]
    public void Margin_of_safety_above_and_below_break_even()
    {
        // 48 000 of revenue against a break-even of 36 000: 12 000 / 48 000 = 25 %; a 30 000 month is -6 000 / 30 000 = -20 %.
        Number(0.25, KpiFunctions.MarginOfSafety(48_000d, 36_000d));
        Number(-0.2, KpiFunctions.MarginOfSafety(30_000d, 36_000d));
        Number(0.25, KpiFunctions.MarginOfSafety(48_000d, KpiFunctions.BreakEvenRevenue(10_800d, 0.3)));
    }

    // ---- Targets -------------------------------------------------------------------------------

    [Fact]
    public void Change_and_points_change()
    {
        // An NPS from 32 to 48 is +16 / 32 = +50 %; a complaint rate from 8 % to 3 % is -62.5 %, or -5 points.
        Number(0.5, KpiFunctions.Change(32d, 48d));
        Number(-0.625, KpiFunctions.Change(0.08, 0.03));
        Number(-5, KpiFunctions.PointsChange(0.08, 0.03));
    }

    [Fact]
    public void Targets_progress_and_drift()
    {
        // A cost per lead of 50 to lower by 10 %: 45; a 20 % rate to raise by 5 points: 25 %.
        Number(45, KpiFunctions.Target(50d, -0.1));
        Number(0.25, KpiFunctions.PointsTarget(0.2, 5d));
        // From 50 towards 45, now at 47: 3 of the 5 to go, 60 %.
        Number(0.6, KpiFunctions.Progress(50d, 45d, 47d));
        // A cost per lead of 52 against a target of 45 is 7 / 45 = +15.6 %: beyond the 10 % tolerance, and behind
        // target since a lower cost is better; with a 20 % tolerance it is on track; 49.5 is exactly +10 %, within it.
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
        // Measure 30 days before acting on 1 April: 48 on 10 March and 52 on 20 March average 50; 1 January is too old.
        var dates = Column(Date(2026, 3, 10), Date(2026, 3, 20), Date(2026, 1, 1));
        Number(50, KpiFunctions.Baseline(dates, Column(48d, 52d, 1_000d), Date(2026, 4, 1)));
    }

    // ---- Subscription ----------------------------------------------------------------------------

    // A month of six customers, previous -> current MRR: 100 -> 100, 200 -> 250 (+50 expansion),
    // 300 -> 260 (-40 contraction), 80 -> 0 (80 churned), 0 -> 100 (new), 0 -> 30 having paid before
    // (reactivation). Opening 680, closing 740 = 680 + 100 + 50 + 30 - 40 - 80.
    private static readonly object?[,] PreviousMrr = Column(100d, 200d, 300d, 80d, 0d, 0d);
    private static readonly object?[,] CurrentMrr = Column(100d, 250d, 260d, 0d, 100d, 30d);
    private static readonly object?[,] PaidBefore = Column(1d, 1d, 1d, 1d, 0d, 1d);

    [Fact]
    [KpiTest(KpiIds.Mrr)]
    [KpiTest(KpiIds.Arr)]
    [KpiTest(KpiIds.MrrMovements)]
    public void Mrr_arr_and_the_movements_of_a_month()
    {
        Number(680, KpiFunctions.Mrr(PreviousMrr));
        Number(740, KpiFunctions.Mrr(CurrentMrr));
        Number(8_880, KpiFunctions.Arr(740d));   // 12 x 740
        Number(680, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "opening", PaidBefore));
        Number(100, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "new", PaidBefore));
        Number(50, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "expansion", PaidBefore));
        Number(30, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "Reactivation", PaidBefore));
        Number(40, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "contraction", PaidBefore));
        Number(80, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "churned", PaidBefore));
        Number(740, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "closing", PaidBefore));
        // Without the payment history, the returning customer counts as new: 100 + 30.
        Number(130, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "new", Omitted));
        Error(WorksheetErrors.Value, KpiFunctions.MrrMovements(PreviousMrr, CurrentMrr, "upgrade", PaidBefore));
    }

    [Fact]
    [KpiTest(KpiIds.GrossMrrChurnRate)]
    [KpiTest(KpiIds.NetMrrChurnRate)]
    [KpiTest(KpiIds.NetRevenueRetention)]
    [KpiTest(KpiIds.GrossRevenueRetention)]
    [KpiTest(KpiIds.SaasQuickRatio)]
    public void Revenue_churn_retention_and_quick_ratio_of_the_month()
    {
        Number((double)(120m / 680m), KpiFunctions.GrossMrrChurnRate(PreviousMrr, CurrentMrr, PaidBefore));       // (80 + 40) / 680
        Number((double)(40m / 680m), KpiFunctions.NetMrrChurnRate(PreviousMrr, CurrentMrr, PaidBefore));          // (120 - 50 - 30) / 680
        Number((double)(610m / 680m), KpiFunctions.NetRevenueRetention(PreviousMrr, CurrentMrr, PaidBefore));     // (680 + 50 - 40 - 80) / 680
        Number((double)(560m / 680m), KpiFunctions.GrossRevenueRetention(PreviousMrr, CurrentMrr, PaidBefore));   // (680 - 120) / 680
        Number(1.5, KpiFunctions.SaasQuickRatio(PreviousMrr, CurrentMrr, PaidBefore));                  // 180 / 120
    }

    [Fact]
    [KpiTest(KpiIds.Arpa)]
    [KpiTest(KpiIds.ChurnBasedLtv)]
    [KpiTest(KpiIds.CacPaybackMonths)]
    public void Arpa_lifetime_value_and_cac_payback()
    {
        Number(148, KpiFunctions.Arpa(740d, 5d));                  // 740 / 5 paying accounts
        Number(5_920, KpiFunctions.ChurnBasedLtv(148d, 0.8, 0.02)); // 148 x 0.8 / 0.02
        Number(10, KpiFunctions.CacPaybackMonths(1_184d, 148d, 0.8)); // 1 184 / (148 x 0.8)
        Error(WorksheetErrors.Number, KpiFunctions.CacPaybackMonths(1_184d, 148d, 0d));
    }

    // ---- Statistics ------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.RateConfidenceInterval)]
    public void Rate_confidence_interval_bounds()
    {
        // Newcombe (1998), 81 out of 263 at 95 %, Wilson score: 0.2553 to 0.3662.
        Assert.Equal(0.2553, Math.Round((double)KpiFunctions.RateConfidenceInterval(81d, 263d, 0.95), 4));
        Assert.Equal(0.3662, Math.Round((double)KpiFunctions.RateConfidenceUpper(81d, 263d, 0.95), 4));
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.RateConfidenceInterval(0d, 0d, 0.95));
    }

    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Change_significance_p_value()
    {
        // 20/200 then 40/200: pooled 0.15, z = 2.8006, p = erfc(z / √2) = 0.0051 (hand calculation).
        Assert.Equal(0.0051, Math.Round((double)KpiFunctions.ChangeSignificance(20d, 200d, 40d, 200d), 4));
        // Fisher's tea-tasting table: 34/70.
        Assert.Equal(0.4857, Math.Round((double)KpiFunctions.ChangeSignificance(3d, 4d, 1d, 4d), 4));
    }

    [Fact]
    [KpiTest(KpiIds.NpsMarginOfError)]
    public void Nps_margin_of_error_in_points()
    {
        // 1.959964 × √((0.60 + 0.15 − 0.45²) / 100) × 100 = 14.50 (hand calculation).
        Assert.Equal(14.50, Math.Round((double)KpiFunctions.NpsMarginOfError(60d, 25d, 15d, 0.95), 2));
    }

    [Fact]
    [KpiTest(KpiIds.RequiredSampleSize)]
    public void Required_sample_size_with_and_without_an_expected_rate()
    {
        // 1.959964² × 0.25 / 0.05² = 384.15 → 385; expecting 10 %: 138.29 → 139 (hand calculations).
        Number(385, KpiFunctions.RequiredSampleSize(0.05, 0.95, Omitted));
        Number(139, KpiFunctions.RequiredSampleSize(0.05, 0.95, 0.1));
    }
}
