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
    // ---- project_roi and net_roi ----------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void Project_roi_reproduces_the_ratio_of_document_001()
    {
        // seed 001, line 42: "ROI calculé : 2,4:1". The document gives no amounts; 24 000 € of gains
        // for 10 000 € of costs is 2.4 : 1 (hand calculation: 24 000 / 10 000 = 2.4).
        var roi = ReturnOnInvestment.ProjectRoi(Money.Euros(24_000m), Money.Euros(10_000m));
        Assert.Equal(new Ratio(2.4m), roi.Value);
        Assert.Equal(KpiIds.ProjectRoi, roi.KpiId);
        Assert.Equal("2.4:1", roi.Value.ToString("G", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2,4:1", roi.Value.ToString("G", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));   // the document's spelling
        // seed 001, line 19: "ROI projet (gain € / coûts €) ≥ 1,5 : 1": 2.4 : 1 is a success.
        Assert.Equal(ProjectRoiLevel.Successful, ReturnOnInvestment.ClassifyProjectRoi(roi.Value));
    }

    [Fact]
    public void Net_roi_of_the_same_project_is_plus_140_percent_not_240()
    {
        // (24 000 - 10 000) / 10 000 = 1.4 = +140 %; the ratio 2.4 : 1 is the same project read as gains / costs.
        var net = ReturnOnInvestment.NetRoi(Money.Euros(24_000m), Money.Euros(10_000m));
        Assert.Equal(Rate.FromPercent(140m), net.Value);
        Assert.Equal(KpiIds.NetRoi, net.KpiId);
        Assert.NotEqual(Rate.FromPercent(240m), net.Value);
    }

    [Fact]
    [KpiTest(KpiIds.ProjectRoi)]
    public void Project_roi_keeps_full_precision()
    {
        // Hand calculation: 1 000 / 3 000 = 0.333...; net = (1 000 - 3 000) / 3 000 = -2/3.
        Assert.Equal(1_000m / 3_000m, ReturnOnInvestment.ProjectRoi(Money.Euros(1_000m), Money.Euros(3_000m)).Value.Value);
        Assert.Equal(-2_000m / 3_000m, ReturnOnInvestment.NetRoi(Money.Euros(1_000m), Money.Euros(3_000m)).Value.Fraction);
        // Break-even: 1 : 1 and 0 %; nothing gained: 0 : 1 and -100 %.
        Assert.Equal(Ratio.OneToOne, ReturnOnInvestment.ProjectRoi(Money.Euros(500m), Money.Euros(500m)).Value);
        Assert.Equal(Rate.Zero, ReturnOnInvestment.NetRoi(Money.Euros(500m), Money.Euros(500m)).Value);
        Assert.Equal(new Ratio(0m), ReturnOnInvestment.ProjectRoi(Money.Euros(0m), Money.Euros(500m)).Value);
        Assert.Equal(Rate.FromPercent(-100m), ReturnOnInvestment.NetRoi(Money.Euros(0m), Money.Euros(500m)).Value);
    }

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
        // seed 001, line 19: "≥ 1,5 : 1".
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

    [Fact]
    [KpiTest(KpiIds.MarketingRoi)]
    public void Marketing_roi_divides_revenue_generated_by_action_costs()
    {
        // seed 002, line 87: "le rapport entre le chiffre d'affaires généré par ces actions et leurs coûts".
        // Hand case: 18 000 / 4 000 = 4.5.
        var roi = ReturnOnInvestment.MarketingRoi(Money.Euros(18_000m), Money.Euros(4_000m));
        Assert.Equal(new Ratio(4.5m), roi.Value);
        Assert.Equal(KpiIds.MarketingRoi, roi.KpiId);
        // seed 002, line 99: "un ROI positif": above 1 : 1, i.e. a positive net ROI (+350 % here).
        Assert.Equal(Rate.FromPercent(350m), ReturnOnInvestment.NetRoi(Money.Euros(18_000m), Money.Euros(4_000m)).Value);
    }

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

    [Fact]
    [KpiTest(KpiIds.RoiMonthly)]
    public void Monthly_roi_from_document_003_figures()
    {
        // seed 003, lines 306-308: "Gains valorisés (heures × valeur horaire)", "ROI mensuel"; with the
        // figures of lines 146-148 (50 h, 35 €, 200 €): 1 750 / 200 = 8.75. The document prints no ratio.
        var fromMoney = ReturnOnInvestment.MonthlyRoi(Money.Euros(1_750m), Money.Euros(200m));
        Assert.Equal(new Ratio(8.75m), fromMoney.Value);
        Assert.Equal(KpiIds.RoiMonthly, fromMoney.KpiId);
        var fromHours = ReturnOnInvestment.MonthlyRoi(TimeSpan.FromHours(50), ReturnOnInvestment.HourlyCostOfEmployee, Money.Euros(200m));
        Assert.Equal(fromMoney, fromHours);
    }

    [Fact]
    [KpiTest(KpiIds.RoiMonthly)]
    public void Monthly_roi_hand_case_with_minutes()
    {
        // 37 h 30 min at 40 € = 1 500 €; 1 500 / 600 = 2.5.
        Assert.Equal(new Ratio(2.5m), ReturnOnInvestment.MonthlyRoi(new TimeSpan(37, 30, 0), Money.Euros(40m), Money.Euros(600m)).Value);
    }

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

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_reproduces_document_003_metric_3()
    {
        // seed 003, lines 119-121: "Coût mensuel : 200€", "Heures gagnées : 50h/mois", "Coût par heure : 4€".
        var perHour = ReturnOnInvestment.CostPerHourSaved(Money.Euros(200m), TimeSpan.FromHours(50));
        Assert.Equal(Money.Euros(4m), perHour.Value);
        Assert.Equal(KpiIds.CostPerHourSaved, perHour.KpiId);
        // seed 003, line 133: "< 10€/h → excellent ROI".
        Assert.Equal(CostPerHourSavedLevel.Excellent, ReturnOnInvestment.ClassifyCostPerHourSaved(perHour.Value));
    }

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_uses_exact_hours()
    {
        // 100 € over 40 min = 100 / (2/3 h) = 150 €/h; 10 € over 3 h = 3.333... €/h.
        Assert.Equal(Money.Euros(150m), ReturnOnInvestment.CostPerHourSaved(Money.Euros(100m), TimeSpan.FromMinutes(40)).Value);
        Assert.Equal(10m / 3m, ReturnOnInvestment.CostPerHourSaved(Money.Euros(10m), TimeSpan.FromHours(3)).Value.Amount);
    }

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    public void Cost_per_hour_saved_alternatives_are_the_documents_figures()
    {
        // seed 003, lines 126-129: IA 4 €, Stagiaire 12 €, Freelance 45 €, CDI 35 € ("coût chargé").
        Assert.Equal(Money.Euros(12m), ReturnOnInvestment.HourlyCostOfIntern);
        Assert.Equal(Money.Euros(35m), ReturnOnInvestment.HourlyCostOfEmployee);
        Assert.Equal(Money.Euros(45m), ReturnOnInvestment.HourlyCostOfFreelance);
        // The document's reading: the tool at 4 €/h is cheaper than every alternative.
        var tool = ReturnOnInvestment.CostPerHourSaved(Money.Euros(200m), TimeSpan.FromHours(50)).Value;
        Assert.True(tool < ReturnOnInvestment.HourlyCostOfIntern);
        Assert.Equal(CostPerHourSavedLevel.Profitable, ReturnOnInvestment.ClassifyCostPerHourSaved(ReturnOnInvestment.HourlyCostOfIntern));
        Assert.Equal(CostPerHourSavedLevel.Revisit, ReturnOnInvestment.ClassifyCostPerHourSaved(ReturnOnInvestment.HourlyCostOfEmployee));
    }

    [Fact]
    public void Cost_per_hour_saved_bands_edges()
    {
        // seed 003, lines 133-135: "< 10€/h excellent", "10-20€/h rentable", "[>] 20€/h revoir".
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

    [Fact]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    public void Value_of_time_saved_reproduces_document_003_metric_4()
    {
        // seed 003, lines 146-147 and 149: 50 h × 35 € = 1 750 € (inside "(50 × 35) – 200").
        Assert.Equal(Money.Euros(1_750m), ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromHours(50), Money.Euros(35m)));
        // Hand case: 12 h 55 min at 45 € = 12.91666... × 45 = 581.25 €.
        Assert.Equal(Money.Euros(581.25m), ReturnOnInvestment.ValueOfTimeSaved(new TimeSpan(12, 55, 0), ReturnOnInvestment.HourlyCostOfFreelance));
        // A negative saving (a slower task) has a negative value: -30 min at 35 € = -17.50 €.
        Assert.Equal(Money.Euros(-17.5m), ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromMinutes(-30), Money.Euros(35m)));
        Assert.Equal("hourlyValue", Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromHours(1), Money.Euros(-1m))).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.NetMonthlySaving)]
    public void Net_monthly_saving_reproduces_document_003_metric_4()
    {
        // seed 003, line 149: "Économie mensuelle nette : (50 × 35) – 200 = 1 550€".
        var saving = ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(50), Money.Euros(35m), Money.Euros(200m));
        Assert.Equal(Money.Euros(1_550m), saving);
        Assert.Equal("1 550,00 €", saving.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' '));
    }

    [Fact]
    [KpiTest(KpiIds.NetMonthlySaving)]
    public void Net_monthly_saving_may_be_negative()
    {
        // 4 h × 35 € - 200 € = 140 - 200 = -60 €: the tool costs more than it saves.
        Assert.Equal(Money.Euros(-60m), ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(4), Money.Euros(35m), Money.Euros(200m)));
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

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_reproduces_document_003_metric_4()
    {
        // seed 003, lines 145-150: investment 1 500 €, net saving 1 550 €/month, "Délai : 1 mois".
        var months = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(1_550m));
        Assert.Equal(KpiIds.PaybackPeriod, months.KpiId);
        Assert.Equal(1_500m / 1_550m, months.Value);                                    // exact: 30/31 = 0.9677...
        Assert.Equal(0.9677m, decimal.Round(months.Value, 4));
        Assert.Equal(1m, decimal.Round(months.Value, 0, MidpointRounding.AwayFromZero)); // printed "1 mois" (rounded)
        Assert.Equal(1m, decimal.Ceiling(months.Value));                                 // and also the first whole month
        // seed 003, line 156: "< 2 mois → excellent".
        Assert.Equal(PaybackLevel.Excellent, ReturnOnInvestment.ClassifyPayback(months.Value));
    }

    [Fact]
    [KpiTest(KpiIds.PaybackPeriod)]
    public void Payback_from_components_equals_payback_from_net_saving()
    {
        // seed 003, line 141: "Délai = Investissement initial / (Valeur heures gagnées/mois – Coût mensuel)".
        var fromComponents = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), TimeSpan.FromHours(50), Money.Euros(35m), Money.Euros(200m));
        Assert.Equal(ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(1_550m)), fromComponents);
        // Hand case: 6 000 € / (20 h × 40 € - 300 €) = 6 000 / 500 = 12 months.
        Assert.Equal(12m, ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(6_000m), TimeSpan.FromHours(20), Money.Euros(40m), Money.Euros(300m)).Value);
        Assert.Equal(PaybackLevel.Challenge, ReturnOnInvestment.ClassifyPayback(12m));
        // Nothing to recover: 0 months.
        Assert.Equal(0m, ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(0m), Money.Euros(10m)).Value);
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
        // seed 003, lines 156-158: "< 2 mois excellent", "2-6 mois bon", "[>] 6 mois challenger".
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

    // ---- document 003's financial dashboard, end to end ---------------------------------------------

    [Fact]
    [KpiTest(KpiIds.CostPerHourSaved)]
    [KpiTest(KpiIds.ValueOfTimeSaved)]
    [KpiTest(KpiIds.NetMonthlySaving)]
    [KpiTest(KpiIds.PaybackPeriod)]
    [KpiTest(KpiIds.RoiMonthly)]
    public void Document_003_financial_dashboard_chains_from_hours_to_payback()
    {
        // seed 003, lines 119-121 and 145-150: 50 h a month, 35 € an hour, 200 € a month, 1 500 € up front.
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
