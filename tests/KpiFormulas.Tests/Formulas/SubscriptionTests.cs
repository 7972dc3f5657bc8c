using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class SubscriptionTests
{
    private static Money Eur(decimal amount) => Money.Euros(amount);

    // ---- catalogue entries ------------------------------------------------------------------------

    [Fact]
    public void The_family_holds_its_eleven_kpis_in_order_with_their_directions()
    {
        Assert.Equal(
            ["mrr", "arr", "mrr_movements", "gross_mrr_churn_rate", "net_mrr_churn_rate", "net_revenue_retention", "gross_revenue_retention", "arpa", "saas_quick_ratio", "churn_based_ltv", "cac_payback_months"],
            KpiCatalog.InFamily(KpiFamily.Subscription).Select(d => d.Id));
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.GrossMrrChurnRate).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.NetMrrChurnRate).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.CacPaybackMonths).Direction);
        Assert.Equal(Direction.HigherIsBetter, KpiCatalog.Get(KpiIds.NetRevenueRetention).Direction);
        Assert.All(KpiCatalog.InFamily(KpiFamily.Subscription), d => Assert.NotEmpty(d.References));
        Assert.Contains("reactivation excluded", KpiCatalog.Get(KpiIds.NetRevenueRetention).Formula, StringComparison.Ordinal);
    }

    // ---- worked examples: Formulas/Cases/Subscription.json --------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Subscription");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    private static MrrMovements MovementsOf(ReferenceCase c) =>
        new(c.Input<Money>("opening"), c.Input<Money>("new"), c.Input<Money>("expansion"), c.Input<Money>("reactivation"), c.Input<Money>("contraction"), c.Input<Money>("churned"));

    /// <summary>The calculator of a case.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.Arr => Subscription.Arr(c.Input<Money>("mrr")),
        KpiIds.GrossMrrChurnRate => Subscription.GrossMrrChurnRate(MovementsOf(c)),
        KpiIds.NetMrrChurnRate => Subscription.NetMrrChurnRate(MovementsOf(c)),
        KpiIds.NetRevenueRetention => Subscription.NetRevenueRetention(MovementsOf(c)),
        KpiIds.GrossRevenueRetention => Subscription.GrossRevenueRetention(MovementsOf(c)),
        KpiIds.Arpa => Subscription.Arpa(c.Input<Money>("mrr"), c.Input<long>("activeAccounts")),
        KpiIds.SaasQuickRatio => Subscription.SaasQuickRatio(MovementsOf(c)),
        KpiIds.ChurnBasedLtv => Subscription.ChurnBasedLtv(c.Input<Money>("arpa"), c.Input<Rate>("grossMarginRate"), c.Input<Rate>("monthlyChurnRate")),
        KpiIds.CacPaybackMonths => Subscription.CacPaybackMonths(c.Input<Money>("cac"), c.Input<Money>("arpa"), c.Input<Rate>("grossMarginRate")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.Arr)]
    [KpiTest(KpiIds.Arr)]
    public void Arr_is_twelve_times_the_mrr(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.GrossMrrChurnRate)]
    [KpiTest(KpiIds.GrossMrrChurnRate)]
    public void Gross_mrr_churn_is_churned_and_contraction_over_the_opening(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.NetMrrChurnRate)]
    [KpiTest(KpiIds.NetMrrChurnRate)]
    public void Net_mrr_churn_subtracts_expansion_and_reactivation(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.NetRevenueRetention)]
    [KpiTest(KpiIds.NetRevenueRetention)]
    public void Net_revenue_retention_keeps_expansion_and_leaves_out_reactivation(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.GrossRevenueRetention)]
    [KpiTest(KpiIds.GrossRevenueRetention)]
    public void Gross_revenue_retention_leaves_out_every_gain(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.Arpa)]
    [KpiTest(KpiIds.Arpa)]
    public void Arpa_is_the_mrr_per_active_account(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.SaasQuickRatio)]
    [KpiTest(KpiIds.SaasQuickRatio)]
    public void Quick_ratio_is_mrr_gained_over_mrr_lost(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.ChurnBasedLtv)]
    [KpiTest(KpiIds.ChurnBasedLtv)]
    public void Churn_based_ltv_is_the_monthly_margin_over_the_churn_rate(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.CacPaybackMonths)]
    [KpiTest(KpiIds.CacPaybackMonths)]
    public void Cac_payback_is_the_cac_over_the_monthly_margin(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- a month of eight customers, by hand ---------------------------------------------------------
    //
    //  customer  previous  current  paid before   movement
    //  A            100       100    -            none
    //  B            200       250    -            expansion    +50
    //  C            300       260    -            contraction  -40
    //  D             80         0    -            churned      -80
    //  E              0       100    no           new         +100
    //  F              0        30    yes          reactivation +30
    //  G              0         0    yes          none (still gone)
    //  H            150       120    -            contraction  -30
    //
    //  opening = 100 + 200 + 300 + 80 + 150 = 830; closing = 100 + 250 + 260 + 100 + 30 + 120 = 860
    //  new 100, expansion 50, reactivation 30, contraction 40 + 30 = 70, churned 80
    //  830 + 100 + 50 + 30 - 70 - 80 = 860
    //  gross churn (80 + 70) / 830 = 150 / 830; net churn (150 - 50 - 30) / 830 = 70 / 830
    //  NRR (830 + 50 - 70 - 80) / 830 = 730 / 830; GRR (830 - 150) / 830 = 680 / 830
    //  quick ratio (100 + 50 + 30) / 150 = 1.2; six paying accounts, ARPA 860 / 6; ARR 12 x 860 = 10 320
    private static readonly Money[] Previous = [Eur(100m), Eur(200m), Eur(300m), Eur(80m), Eur(0m), Eur(0m), Eur(0m), Eur(150m)];
    private static readonly Money[] Current = [Eur(100m), Eur(250m), Eur(260m), Eur(0m), Eur(100m), Eur(30m), Eur(0m), Eur(120m)];
    private static readonly bool[] PaidBefore = [true, true, true, true, false, true, true, true];

    [Fact]
    [KpiTest(KpiIds.MrrMovements)]
    [KpiTest(KpiIds.Mrr)]
    public void A_month_of_eight_customers_sorts_every_movement_kind()
    {
        var m = Subscription.Movements(Previous, Current, PaidBefore);
        Assert.Equal(Eur(830m), m.Opening);
        Assert.Equal(Eur(100m), m.New);
        Assert.Equal(Eur(50m), m.Expansion);
        Assert.Equal(Eur(30m), m.Reactivation);
        Assert.Equal(Eur(70m), m.Contraction);
        Assert.Equal(Eur(80m), m.Churned);
        Assert.Equal(Eur(860m), m.Closing);
        Assert.Equal(Eur(30m), m.NetNew);
        Assert.Equal(Eur(830m), Subscription.Mrr(Previous));
        Assert.Equal(Eur(860m), Subscription.Mrr(Current));
        Assert.Equal(Eur(10_320m), Subscription.Arr(Subscription.Mrr(Current)));

        Assert.Equal(150m / 830m, Subscription.GrossMrrChurnRate(m).Value.Fraction);
        Assert.Equal(70m / 830m, Subscription.NetMrrChurnRate(m).Value.Fraction);
        Assert.Equal(730m / 830m, Subscription.NetRevenueRetention(m).Value.Fraction);
        Assert.Equal(680m / 830m, Subscription.GrossRevenueRetention(m).Value.Fraction);
        Assert.Equal(1.2m, Subscription.SaasQuickRatio(m).Value.Value);
        Assert.Equal(Eur(860m / 6m), Subscription.Arpa(Subscription.Mrr(Current), 6).Value);
    }

    [Fact]
    [KpiTest(KpiIds.MrrMovements)]
    public void Without_a_payment_history_every_customer_from_zero_is_new()
    {
        var m = Subscription.Movements(Previous, Current, []);
        Assert.Equal(Eur(130m), m.New);
        Assert.Equal(Eur(0m), m.Reactivation);
        Assert.Equal(Eur(860m), m.Closing);
    }

    [Fact]
    [KpiTest(KpiIds.MrrMovements)]
    public void Movements_have_a_json_form_that_round_trips_and_derives_the_closing()
    {
        var m = Subscription.Movements(Previous, Current, PaidBefore);
        var json = System.Text.Json.JsonSerializer.Serialize(m, KpiFormulas.Json.KpiJsonContext.Default.MrrMovements);
        Assert.Equal(
            """{"opening":{"amount":830,"currency":"EUR"},"new":{"amount":100,"currency":"EUR"},"expansion":{"amount":50,"currency":"EUR"},"reactivation":{"amount":30,"currency":"EUR"},"contraction":{"amount":70,"currency":"EUR"},"churned":{"amount":80,"currency":"EUR"},"closing":{"amount":860,"currency":"EUR"}}""",
            json);
        Assert.Equal(m, System.Text.Json.JsonSerializer.Deserialize(json, KpiFormulas.Json.KpiJsonContext.Default.MrrMovements));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            System.Text.Json.JsonSerializer.Deserialize(json.Replace("\"amount\":860", "\"amount\":861", StringComparison.Ordinal), KpiFormulas.Json.KpiJsonContext.Default.MrrMovements));
    }

    // ---- undefined ---------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.GrossMrrChurnRate)]
    [KpiTest(KpiIds.SaasQuickRatio)]
    [KpiTest(KpiIds.Arpa)]
    [KpiTest(KpiIds.ChurnBasedLtv)]
    [KpiTest(KpiIds.CacPaybackMonths)]
    public void Zero_denominators_are_undefined_with_their_reason()
    {
        var fromNothing = new MrrMovements(Eur(0m), Eur(500m), Eur(0m), Eur(0m), Eur(0m), Eur(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.GrossMrrChurnRate(fromNothing).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.NetMrrChurnRate(fromNothing).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.NetRevenueRetention(fromNothing).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.GrossRevenueRetention(fromNothing).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.SaasQuickRatio(fromNothing).Reason);
        Assert.Equal(KpiIds.SaasQuickRatio, Subscription.SaasQuickRatio(fromNothing).KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.Arpa(Eur(0m), 0).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Subscription.ChurnBasedLtv(Eur(148m), Rate.FromFraction(0.8m), Rate.Zero).Reason);
        Assert.Equal(UndefinedReason.NeverPaidBack, Subscription.CacPaybackMonths(Eur(1_000m), Eur(148m), Rate.Zero).Reason);
        Assert.Equal(UndefinedReason.NeverPaidBack, Subscription.CacPaybackMonths(Eur(1_000m), Eur(0m), Rate.FromFraction(0.8m)).Reason);
        Assert.False(Subscription.GrossMrrChurnRate(fromNothing).IsDefined);
    }

    // ---- invalid input -------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.MrrMovements)]
    [KpiTest(KpiIds.Mrr)]
    [KpiTest(KpiIds.Arr)]
    [KpiTest(KpiIds.Arpa)]
    [KpiTest(KpiIds.ChurnBasedLtv)]
    [KpiTest(KpiIds.CacPaybackMonths)]
    public void Invalid_input_names_its_parameter()
    {
        Assert.Equal("previous", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.Movements([Eur(-1m)], [Eur(1m)], [])).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.Movements([Eur(1m)], [Eur(-1m)], [])).ParamName);
        Assert.Equal("current", Assert.ThrowsAny<ArgumentException>(() => Subscription.Movements([Eur(1m)], [Eur(1m), Eur(2m)], [])).ParamName);
        Assert.Equal("paidBefore", Assert.ThrowsAny<ArgumentException>(() => Subscription.Movements([Eur(1m)], [Eur(1m)], [true, false])).ParamName);
        Assert.Equal("previous", Assert.ThrowsAny<ArgumentException>(() => Subscription.Movements([], [], [])).ParamName);
        Assert.Equal("current", Assert.ThrowsAny<ArgumentException>(() => Subscription.Movements([Eur(1m)], [Money.UsDollars(1m)], [])).ParamName);
        Assert.Equal("customerMrr", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.Mrr([Eur(1m), Eur(-1m)])).ParamName);
        Assert.Equal("customerMrr", Assert.ThrowsAny<ArgumentException>(() => Subscription.Mrr([Eur(1m), Money.UsDollars(1m)])).ParamName);
        Assert.Equal("customerMrr", Assert.ThrowsAny<ArgumentException>(() => Subscription.Mrr([])).ParamName);
        Assert.Equal("mrr", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.Arr(Eur(-1m))).ParamName);
        Assert.Equal("mrr", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.Arpa(Eur(-1m), 1)).ParamName);
        Assert.Equal("activeAccounts", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.Arpa(Eur(1m), -1)).ParamName);
        Assert.Equal("monthlyChurnRate", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.ChurnBasedLtv(Eur(1m), Rate.One, Rate.FromFraction(1.5m))).ParamName);
        Assert.Equal("grossMarginRate", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.ChurnBasedLtv(Eur(1m), Rate.FromFraction(-0.1m), Rate.One)).ParamName);
        Assert.Equal("arpa", Assert.ThrowsAny<ArgumentException>(() => Subscription.CacPaybackMonths(Eur(1m), Money.UsDollars(1m), Rate.One)).ParamName);
        Assert.Equal("cac", Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.CacPaybackMonths(Eur(-1m), Eur(1m), Rate.One)).ParamName);
        Assert.Equal("churned", Assert.Throws<ArgumentOutOfRangeException>(() => new MrrMovements(Eur(100m), Eur(0m), Eur(0m), Eur(0m), Eur(60m), Eur(50m))).ParamName);
        Assert.Equal("expansion", Assert.Throws<ArgumentOutOfRangeException>(() => new MrrMovements(Eur(100m), Eur(0m), Eur(-1m), Eur(0m), Eur(0m), Eur(0m))).ParamName);
        Assert.Equal("churned", Assert.ThrowsAny<ArgumentException>(() => new MrrMovements(Eur(100m), Eur(0m), Eur(0m), Eur(0m), Eur(0m), Money.UsDollars(1m))).ParamName);
    }

    // ---- properties -----------------------------------------------------------------------------------

    // One customer's month: MRR in cents, zero a third of the time (a new, churned or absent customer),
    // and whether they paid before the previous month.
    private static Gen<(long Previous, long Current, bool PaidBefore)> Customer()
    {
        var cents = Gen.Frequency((1, Gen.Constant(0L)), (2, Gen.Choose(1, 10_000_000).Select(c => (long)c)));
        return from previous in cents
               from current in cents
               from paidBefore in Gen.Elements(false, true)
               select (previous, current, paidBefore);
    }

    private static Gen<(long Previous, long Current, bool PaidBefore)[]> Month() =>
        Gen.NonEmptyListOf(Customer()).Select(list => list.ToArray());

    private static MrrMovements MovementsOf((long Previous, long Current, bool PaidBefore)[] month) =>
        Subscription.Movements(
            [.. month.Select(c => Money.FromMinorUnits(c.Previous, Currency.EUR))],
            [.. month.Select(c => Money.FromMinorUnits(c.Current, Currency.EUR))],
            [.. month.Select(c => c.PaidBefore)]);

    private static bool Close(decimal actual, decimal expected) => Math.Abs(actual - expected) <= 1e-20m * Math.Max(1m, Math.Abs(expected));

    [KpiProperty]
    [KpiTest(KpiIds.MrrMovements)]
    [KpiTest(KpiIds.Mrr)]
    public Property Opening_plus_the_movements_is_the_closing_mrr() =>
        Prop.ForAll(
            Month().ToArbitrary(),
            month =>
            {
                var m = MovementsOf(month);
                var opening = Subscription.Mrr([.. month.Select(c => Money.FromMinorUnits(c.Previous, Currency.EUR))]);
                var closing = Subscription.Mrr([.. month.Select(c => Money.FromMinorUnits(c.Current, Currency.EUR))]);
                return m.Opening == opening
                    && m.Closing == closing
                    && opening + m.New + m.Expansion + m.Reactivation - m.Contraction - m.Churned == closing;
            });

    [KpiProperty]
    [KpiTest(KpiIds.NetRevenueRetention)]
    [KpiTest(KpiIds.NetMrrChurnRate)]
    [KpiTest(KpiIds.GrossRevenueRetention)]
    [KpiTest(KpiIds.GrossMrrChurnRate)]
    public Property Retention_and_churn_rates_agree() =>
        Prop.ForAll(
            Month().ToArbitrary(),
            month =>
            {
                var m = MovementsOf(month);
                if (m.Opening.IsZero)
                {
                    return !Subscription.NetRevenueRetention(m).IsDefined && !Subscription.GrossRevenueRetention(m).IsDefined;
                }

                var nrr = Subscription.NetRevenueRetention(m).Value.Fraction;
                var grr = Subscription.GrossRevenueRetention(m).Value.Fraction;
                var netChurn = Subscription.NetMrrChurnRate(m).Value.Fraction;
                var grossChurn = Subscription.GrossMrrChurnRate(m).Value.Fraction;
                var reactivationShare = m.Reactivation.Amount / m.Opening.Amount;
                return Close(nrr, 1m - netChurn - reactivationShare)
                    && Close(grr, 1m - grossChurn)
                    && grr <= 1m && grr >= 0m
                    && grr <= nrr
                    && netChurn <= grossChurn;
            });

    [KpiProperty]
    [KpiTest(KpiIds.SaasQuickRatio)]
    public Property Quick_ratio_is_above_one_exactly_when_mrr_grows() =>
        Prop.ForAll(
            Month().ToArbitrary(),
            month =>
            {
                var m = MovementsOf(month);
                var ratio = Subscription.SaasQuickRatio(m);
                return (m.Contraction + m.Churned).IsZero
                    ? !ratio.IsDefined
                    : (ratio.Value.Value > 1m) == (m.Closing > m.Opening) && (ratio.Value.Value == 1m) == (m.Closing == m.Opening);
            });

    [KpiProperty]
    [KpiTest(KpiIds.ChurnBasedLtv)]
    [KpiTest(KpiIds.CacPaybackMonths)]
    [KpiTest(KpiIds.Arpa)]
    public Property Ltv_is_the_monthly_margin_times_the_lifetime_and_payback_times_the_margin_is_the_cac() =>
        Prop.ForAll(
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000).ToArbitrary(),
            Gen.Choose(1, 10_000).Two().ToArbitrary(),
            (mrrCents, accounts, rates) =>
            {
                var (marginBp, churnBp) = rates;
                var arpa = Subscription.Arpa(Money.FromMinorUnits(mrrCents, Currency.EUR), accounts).Value;
                var margin = Rate.FromFraction(marginBp / 10_000m);
                var churn = Rate.FromFraction(churnBp / 10_000m);
                var ltv = Subscription.ChurnBasedLtv(arpa, margin, churn).Value;
                var cac = Money.Euros(500m);
                var payback = Subscription.CacPaybackMonths(cac, arpa, margin);
                return Close(ltv.Amount * churn.Fraction, arpa.Amount * margin.Fraction)
                    && Close(arpa.Amount * accounts, mrrCents / 100m)
                    && (arpa.IsZero ? payback.Reason == UndefinedReason.NeverPaidBack : Close(payback.Value * arpa.Amount * margin.Fraction, cac.Amount));
            });
}
