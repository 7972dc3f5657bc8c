using System;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class ReturnOnInvestmentTests
{
    // ---- worked examples: Formulas/Cases/ReturnOnInvestment.json -----------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("ReturnOnInvestment");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    /// <summary>The calculator of a case: its KPI, and its inputs where the KPI has several overloads.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.ProjectRoi => ReturnOnInvestment.ProjectRoi(c.Input<Money>("gains"), c.Input<Money>("costs")),
        KpiIds.NetRoi => ReturnOnInvestment.NetRoi(c.Input<Money>("gains"), c.Input<Money>("costs")),
        KpiIds.MarketingRoi => ReturnOnInvestment.MarketingRoi(c.Input<Money>("revenueGenerated"), c.Input<Money>("actionCosts")),
        KpiIds.RoiMonthly when c.Has("timeSavedInMonth") =>
            ReturnOnInvestment.MonthlyRoi(c.Input<TimeSpan>("timeSavedInMonth"), c.Input<Money>("hourlyValue"), c.Input<Money>("costsOfMonth")),
        KpiIds.RoiMonthly => ReturnOnInvestment.MonthlyRoi(c.Input<Money>("valuedGainsOfMonth"), c.Input<Money>("costsOfMonth")),
        KpiIds.CostPerHourSaved => ReturnOnInvestment.CostPerHourSaved(c.Input<Money>("totalToolCost"), c.Input<TimeSpan>("timeSaved")),
        KpiIds.ValueOfTimeSaved => ReturnOnInvestment.ValueOfTimeSaved(c.Input<TimeSpan>("timeSaved"), c.Input<Money>("hourlyValue")),
        KpiIds.NetMonthlySaving =>
            ReturnOnInvestment.NetMonthlySaving(c.Input<TimeSpan>("timeSavedPerMonth"), c.Input<Money>("hourlyValue"), c.Input<Money>("monthlyCost")),
        KpiIds.PaybackPeriod when c.Has("netMonthlySaving") =>
            ReturnOnInvestment.PaybackPeriodInMonths(c.Input<Money>("initialInvestment"), c.Input<Money>("netMonthlySaving")),
        KpiIds.PaybackPeriod => ReturnOnInvestment.PaybackPeriodInMonths(
            c.Input<Money>("initialInvestment"), c.Input<TimeSpan>("timeSavedPerMonth"), c.Input<Money>("hourlyValue"), c.Input<Money>("monthlyCost")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    private static T ValueOf<T>(string name)
        where T : struct => ((KpiResult<T>)Calculate(Cases.Case(name))).Value;

    // ---- project_roi and net_roi ----------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ProjectRoi)]
    [MemberData(nameof(CasesOf), KpiIds.ProjectRoi)]
    public void Project_roi_is_gains_over_costs_kept_in_full(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void A_project_returning_2_4_times_its_costs_is_a_success()
    {
        // A project succeeds from a return of 1.5 : 1.
        Assert.Equal(ProjectRoiLevel.Successful, ReturnOnInvestment.ClassifyProjectRoi(ValueOf<Ratio>("project gaining 2.4 times its costs")));
    }

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.NetRoi)]
    public void Net_roi_is_gains_minus_costs_over_costs(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void Roi_with_zero_costs_is_undefined()
    {
        var roi = ReturnOnInvestment.ProjectRoi(Money.Euros(1_000m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, roi.Reason);
        Assert.Equal(KpiIds.ProjectRoi, roi.KpiId);
        var net = ReturnOnInvestment.NetRoi(Money.Euros(1_000m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, net.Reason);
        Assert.Equal(KpiIds.NetRoi, net.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void Roi_rejects_negative_amounts_and_mixed_currencies()
    {
        Assert.Equal("gains", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ProjectRoi(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("costs", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ProjectRoi(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("costs", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.ProjectRoi(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("gains", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.NetRoi(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("costs", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.NetRoi(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("costs", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.NetRoi(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("roi", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ClassifyProjectRoi(new Ratio(-0.1m))).ParamName);
    }

    [Fact]
    public void Project_roi_band_edge_is_inclusive_at_one_and_a_half()
    {
        // A project succeeds from a return of 1.5 : 1, included.
        Assert.Equal(ProjectRoiLevel.BelowTarget, ReturnOnInvestment.ClassifyProjectRoi(new Ratio(1.4999m)));
        Assert.Equal(ProjectRoiLevel.Successful, ReturnOnInvestment.ClassifyProjectRoi(new Ratio(1.5m)));
        Assert.Equal(ProjectRoiLevel.BelowTarget, ReturnOnInvestment.ClassifyProjectRoi(new Ratio(0m)));
    }

    [KpiProperty(typeof(CurrenciesWithMinorUnits))]
    [KpiTest(KpiIds.ProjectRoi)]
    public Property Net_roi_is_the_ratio_minus_one_in_any_currency(Currency currency) =>
        Prop.ForAll(
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000_000).ToArbitrary(),
            (gains, costs) =>
            {
                var ratio = ReturnOnInvestment.ProjectRoi(new Money(gains, currency), new Money(costs, currency)).Value;
                var net = ReturnOnInvestment.NetRoi(new Money(gains, currency), new Money(costs, currency)).Value;
                return Math.Abs(net.Fraction - (ratio.Value - 1m)) <= 1e-26m
                    && (net.Fraction >= 0m) == (ratio >= Ratio.OneToOne);
            });

    [KpiProperty]
    public Property Project_roi_classification_is_monotone() =>
        Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            (a, b) =>
            {
                var low = new Ratio(Math.Min(a, b) / 10_000m);
                var high = new Ratio(Math.Max(a, b) / 10_000m);
                return ReturnOnInvestment.ClassifyProjectRoi(low) <= ReturnOnInvestment.ClassifyProjectRoi(high);
            });

    // ---- marketing_roi ------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.MarketingRoi)]
    [MemberData(nameof(CasesOf), KpiIds.MarketingRoi)]
    public void Marketing_roi_divides_revenue_generated_by_action_costs(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.MarketingRoi)]
    public void Marketing_roi_invalid_and_undefined_paths()
    {
        var undefined = ReturnOnInvestment.MarketingRoi(Money.Euros(18_000m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.MarketingRoi, undefined.KpiId);
        Assert.Equal("revenueGenerated", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.MarketingRoi(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("actionCosts", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.MarketingRoi(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("actionCosts", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.MarketingRoi(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
    }

    // ---- roi_monthly ----------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.RoiMonthly)]
    [MemberData(nameof(CasesOf), KpiIds.RoiMonthly)]
    public void Monthly_roi_is_the_valued_gains_over_the_costs_of_the_month(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.RoiMonthly)]
    public void Monthly_roi_invalid_and_undefined_paths()
    {
        var undefined = ReturnOnInvestment.MonthlyRoi(Money.Euros(10m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.RoiMonthly, undefined.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, ReturnOnInvestment.MonthlyRoi(TimeSpan.FromHours(1), Money.Euros(35m), Money.Euros(0m)).Reason);
        Assert.Equal("valuedGainsOfMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.MonthlyRoi(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("costsOfMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.MonthlyRoi(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("costsOfMonth", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.MonthlyRoi(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("timeSavedInMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.MonthlyRoi(TimeSpan.FromHours(-1), Money.Euros(35m), Money.Euros(1m))).ParamName);
        Assert.Equal("hourlyValue", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.MonthlyRoi(TimeSpan.FromHours(1), Money.Euros(-35m), Money.Euros(1m))).ParamName);
        Assert.Equal("costsOfMonth", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.MonthlyRoi(TimeSpan.FromHours(1), Money.Euros(35m), Money.UsDollars(1m))).ParamName);
    }

    // ---- cost_per_hour_saved --------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.CostPerHourSaved)]
    [MemberData(nameof(CasesOf), KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_divides_the_cost_by_exact_hours(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_of_the_tool_is_excellent_and_below_every_alternative()
    {
        // The alternatives to the tool, by the hour: an intern 12 €, an employee 35 € (loaded cost), a freelance 45 €.
        Assert.Equal(Money.Euros(12m), ReturnOnInvestment.HourlyCostOfIntern);
        Assert.Equal(Money.Euros(35m), ReturnOnInvestment.HourlyCostOfEmployee);
        Assert.Equal(Money.Euros(45m), ReturnOnInvestment.HourlyCostOfFreelance);
        // Under 10 € an hour saved is excellent: the tool at 4 € an hour is cheaper than every alternative.
        var tool = ValueOf<Money>("tool's cost per hour saved");
        Assert.Equal(CostPerHourSavedLevel.Excellent, ReturnOnInvestment.ClassifyCostPerHourSaved(tool));
        Assert.True(tool < ReturnOnInvestment.HourlyCostOfIntern);
        Assert.Equal(CostPerHourSavedLevel.Profitable, ReturnOnInvestment.ClassifyCostPerHourSaved(ReturnOnInvestment.HourlyCostOfIntern));
        Assert.Equal(CostPerHourSavedLevel.Revisit, ReturnOnInvestment.ClassifyCostPerHourSaved(ReturnOnInvestment.HourlyCostOfEmployee));
    }

    [Fact]
    public void Cost_per_hour_saved_bands_edges()
    {
        // Under 10 € an hour saved is excellent, 10 € to 20 € (both included) profitable, above 20 € to revisit.
        Assert.Equal(CostPerHourSavedLevel.Excellent, ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(0m)));
        Assert.Equal(CostPerHourSavedLevel.Excellent, ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(9.99m)));
        Assert.Equal(CostPerHourSavedLevel.Profitable, ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(10m)));
        Assert.Equal(CostPerHourSavedLevel.Profitable, ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(20m)));
        Assert.Equal(CostPerHourSavedLevel.Revisit, ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(20.01m)));
    }

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_invalid_and_undefined_paths()
    {
        var undefined = ReturnOnInvestment.CostPerHourSaved(Money.Euros(200m), TimeSpan.Zero);
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.CostPerHourSaved, undefined.KpiId);
        Assert.Equal("totalToolCost", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.CostPerHourSaved(Money.Euros(-1m), TimeSpan.FromHours(1))).ParamName);
        Assert.Equal("timeSaved", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.CostPerHourSaved(Money.Euros(1m), TimeSpan.FromHours(-1))).ParamName);
        var mismatch = Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.ClassifyCostPerHourSaved(Money.UsDollars(4m)));
        Assert.Equal("costPerHour", mismatch.ParamName);
        Assert.Equal(Currency.EUR, mismatch.Expected);
        Assert.Equal(Currency.USD, mismatch.Actual);
        Assert.Equal("costPerHour", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(-1m))).ParamName);
    }

    [KpiProperty(typeof(CurrenciesWithMinorUnits))]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public Property Cost_per_hour_saved_keeps_the_currency_and_times_hours_gives_the_cost_back(Currency currency) =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 100_000).ToArbitrary(),
            (cost, minutes) =>
            {
                var perHour = ReturnOnInvestment.CostPerHourSaved(new Money(cost, currency), TimeSpan.FromMinutes(minutes)).Value;
                return perHour.Currency == currency && Math.Abs((perHour.Amount * minutes / 60m) - cost) <= 1e-20m;
            });

    [KpiProperty]
    public Property Cost_per_hour_saved_classification_is_monotone() =>
        Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            (a, b) => ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(Math.Min(a, b) / 1_000m))
                   <= ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(Math.Max(a, b) / 1_000m)));

    // ---- value_of_time_saved and net_monthly_saving ------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    [MemberData(nameof(CasesOf), KpiIds.ValueOfTimeSaved)]
    public void Value_of_time_saved_is_the_hours_times_their_value_even_when_negative(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    public void Value_of_time_saved_rejects_a_negative_hourly_value() =>
        Assert.Equal("hourlyValue", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromHours(1), Money.Euros(-1m))).ParamName);

    [Theory]
    [KpiTest(KpiIds.NetMonthlySaving)]
    [MemberData(nameof(CasesOf), KpiIds.NetMonthlySaving)]
    public void Net_monthly_saving_is_the_value_of_the_hours_minus_the_cost_even_when_negative(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.NetMonthlySaving)]
    public void Net_monthly_saving_of_the_tool_reads_in_french_as_1_550_euros()
    {
        var saving = (Money)Calculate(Cases.Case("tool's net monthly saving"));
        Assert.Equal("1 550,00 €", saving.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }

    [Fact]
    [KpiTest(KpiIds.NetMonthlySaving)]
    public void Net_monthly_saving_rejects_negative_values_and_mixed_currencies()
    {
        Assert.Equal("hourlyValue", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(1), Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("monthlyCost", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(1), Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("monthlyCost", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(1), Money.Euros(1m), Money.UsDollars(1m))).ParamName);
    }

    [KpiProperty(typeof(CurrenciesWithMinorUnits))]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    [KpiTest(KpiIds.NetMonthlySaving)]
    public Property Net_monthly_saving_is_value_minus_cost_and_keeps_the_currency(Currency currency)
    {
        var inputs =
            from minutes in Gen.Choose(-10_000, 100_000)
            from centsPerHour in Gen.Choose(0, 20_000)
            from cost in Gen.Choose(0, 1_000_000)
            select (Minutes: minutes, CentsPerHour: centsPerHour, Cost: cost);
        return Prop.ForAll(
            inputs.ToArbitrary(),
            input =>
            {
                var (minutes, centsPerHour, cost) = input;
                var hourly = new Money(centsPerHour / 100m, currency);
                var saving = ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromMinutes(minutes), hourly, new Money(cost, currency));
                return saving.Currency == currency
                    && saving == ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromMinutes(minutes), hourly) - new Money(cost, currency);
            });
    }

    // ---- payback_period ----------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.PaybackPeriod)]
    [MemberData(nameof(CasesOf), KpiIds.PaybackPeriod)]
    public void Payback_is_the_investment_over_the_net_monthly_saving(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_of_the_tool_is_excellent_and_a_year_is_a_challenge()
    {
        // Under 2 months is excellent, 2 to 6 months good, beyond 6 months a challenge.
        Assert.Equal(PaybackLevel.Excellent, ReturnOnInvestment.ClassifyPayback(ValueOf<decimal>("tool's payback")));
        Assert.Equal(PaybackLevel.Challenge, ReturnOnInvestment.ClassifyPayback(ValueOf<decimal>("a year to pay back")));
    }

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_is_undefined_when_the_tool_never_pays_for_itself()
    {
        var zero = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.NeverPaidBack, zero.Reason);
        Assert.Equal(KpiIds.PaybackPeriod, zero.KpiId);
        Assert.Equal(UndefinedReason.NeverPaidBack, ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(-60m)).Reason);
        // 4 h × 35 € - 200 € = -60 € a month.
        var fromComponents = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), TimeSpan.FromHours(4), Money.Euros(35m), Money.Euros(200m));
        Assert.Equal(UndefinedReason.NeverPaidBack, fromComponents.Reason);
        Assert.Equal(KpiIds.PaybackPeriod, fromComponents.KpiId);
        // A tool that slows work down never pays back either.
        Assert.Equal(UndefinedReason.NeverPaidBack, ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), TimeSpan.FromHours(-1), Money.Euros(35m), Money.Euros(0m)).Reason);
    }

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_rejects_invalid_input()
    {
        Assert.Equal("initialInvestment", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("netMonthlySaving", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("initialInvestment", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(-1m), TimeSpan.FromHours(1), Money.Euros(1m), Money.Euros(1m))).ParamName);
        Assert.Equal("hourlyValue", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1m), TimeSpan.FromHours(1), Money.UsDollars(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("hourlyValue", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1m), TimeSpan.FromHours(1), Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("monthlyCost", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1m), TimeSpan.FromHours(1), Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("monthlyCost", Assert.Throws<CurrencyMismatchException>(() => ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1m), TimeSpan.FromHours(1), Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ClassifyPayback(-0.5m)).ParamName);
    }

    [Fact]
    public void Payback_bands_edges()
    {
        // Under 2 months is excellent, 2 to 6 months (both included) good, beyond 6 months a challenge.
        Assert.Equal(PaybackLevel.Excellent, ReturnOnInvestment.ClassifyPayback(0m));
        Assert.Equal(PaybackLevel.Excellent, ReturnOnInvestment.ClassifyPayback(1.9999m));
        Assert.Equal(PaybackLevel.Good, ReturnOnInvestment.ClassifyPayback(2m));
        Assert.Equal(PaybackLevel.Good, ReturnOnInvestment.ClassifyPayback(6m));
        Assert.Equal(PaybackLevel.Challenge, ReturnOnInvestment.ClassifyPayback(6.0001m));
    }

    [KpiProperty]
    [KpiTest(KpiIds.PaybackPeriod)]
    public Property Payback_times_saving_gives_the_investment_back_and_classification_is_monotone()
    {
        var payback = Prop.ForAll(
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (investment, saving) =>
            {
                var months = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(investment), Money.Euros(saving)).Value;
                return months >= 0m && Math.Abs((months * saving) - investment) <= 1e-18m;
            });
        var classification = Prop.ForAll(
            Gen.Choose(0, 200_000).ToArbitrary(),
            Gen.Choose(0, 200_000).ToArbitrary(),
            (a, b) => ReturnOnInvestment.ClassifyPayback(Math.Min(a, b) / 10_000m) <= ReturnOnInvestment.ClassifyPayback(Math.Max(a, b) / 10_000m));
        return payback.Label("payback times saving").And(classification.Label("classification"));
    }

    // ---- a tool's financial dashboard, end to end ---------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    [KpiTest(KpiIds.NetMonthlySaving)]
    [KpiTest(KpiIds.PaybackPeriod)]
    [KpiTest(KpiIds.RoiMonthly)]
    public void A_tools_financial_dashboard_chains_from_hours_to_payback()
    {
        // The tool of the worked examples: 50 h saved a month, valued at 35 € an hour, 200 € a month, 1 500 € up front.
        var hours = TimeSpan.FromHours(50);
        var monthlyCost = Money.Euros(200m);
        Assert.Equal(Money.Euros(4m), ReturnOnInvestment.CostPerHourSaved(monthlyCost, hours).Value);
        var gains = ReturnOnInvestment.ValueOfTimeSaved(hours, ReturnOnInvestment.HourlyCostOfEmployee);
        Assert.Equal(Money.Euros(1_750m), gains);
        var net = ReturnOnInvestment.NetMonthlySaving(hours, ReturnOnInvestment.HourlyCostOfEmployee, monthlyCost);
        Assert.Equal(Money.Euros(1_550m), net);
        Assert.Equal(30m / 31m, ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), net).Value);
        Assert.Equal(new Ratio(8.75m), ReturnOnInvestment.MonthlyRoi(gains, monthlyCost).Value);
        Assert.Equal(Rate.FromPercent(775m), ReturnOnInvestment.NetRoi(gains, monthlyCost).Value);   // (1 750 - 200) / 200
    }
}
