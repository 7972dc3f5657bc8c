namespace KpiFormulas.Formulas;

public static partial class Investment
{
    private const string Brealey =
        "Richard A. Brealey, Stewart C. Myers, Franklin Allen, Principles of Corporate Finance (McGraw-Hill), chapters 2 and 5: present value, net present value and the internal rate of return, with its multiple rates";

    private const string OpenStaxFinance =
        "OpenStax, Principles of Finance (2022), chapter 16, How Companies Think about Investing: net present value, internal rate of return, modified internal rate of return, payback and discounted payback";

    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.Npv,
            KpiFamily.Investment,
            englishName: "Net present value",
            frenchName: "Valeur actuelle nette (VAN)",
            formula: "Σ cash flow_i / (1 + rate)^i, i = 1..n, as the spreadsheet's NPV; from t = 0, i = 0..n−1",
            unit: "money, today",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no cash flow (`EmptyInput`). A rate of −100 % or below is invalid input.",
            typeof(Investment),
            nameof(Npv),
            references:
            [
                Brealey,
                OpenStaxFinance + ", section 16.3, Net Present Value (NPV) Method",
                "Microsoft Support, NPV function (Excel)",
            ]),
        new(
            KpiIds.Xnpv,
            KpiFamily.Investment,
            englishName: "Net present value of dated cash flows",
            frenchName: "Valeur actuelle nette à dates quelconques",
            formula: "Σ cash flow_i / (1 + rate)^((date_i − date_0) / 365)",
            unit: "money, at the first date",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no cash flow (`EmptyInput`). A rate of −100 % or below, or a date before the first, is invalid input.",
            typeof(Investment),
            nameof(Xnpv),
            references: ["Microsoft Support, XNPV function (Excel)", Brealey]),
        new(
            KpiIds.Irr,
            KpiFamily.Investment,
            englishName: "Internal rate of return",
            frenchName: "Taux de rentabilité interne (TRI)",
            formula: "the rate r > −100 % with Σ cash flow_i / (1 + r)^i = 0, i = 0..n−1; of several, the one nearest to the guess (10 % by default)",
            unit: "rate per period of the flows",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "flows that never change sign, or whose present value crosses zero at no rate from −99.99999999 % to 10^12 (`NoRateOfReturn`); no cash flow (`EmptyInput`).",
            typeof(Investment),
            nameof(Irr),
            references:
            [
                Brealey,
                OpenStaxFinance + ", section 16.4, Internal Rate of Return (IRR) Method",
                "Microsoft Support, IRR function (Excel)",
            ]),
        new(
            KpiIds.Xirr,
            KpiFamily.Investment,
            englishName: "Internal rate of return of dated cash flows",
            frenchName: "Taux de rentabilité interne à dates quelconques",
            formula: "the rate r > −100 % with Σ cash flow_i / (1 + r)^((date_i − date_0) / 365) = 0; of several, the one nearest to the guess (10 % by default)",
            unit: "rate per year",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "flows that never change sign, or whose present value crosses zero at no rate from −99.99999999 % to 10^12 (`NoRateOfReturn`); no cash flow (`EmptyInput`). A date before the first is invalid input.",
            typeof(Investment),
            nameof(Xirr),
            references: ["Microsoft Support, XIRR function (Excel)", Brealey]),
        new(
            KpiIds.Mirr,
            KpiFamily.Investment,
            englishName: "Modified internal rate of return",
            frenchName: "Taux de rentabilité interne modifié (TRIM)",
            formula: "(future value of the inflows at the reinvestment rate / −present value of the outflows at the finance rate)^(1 / (n − 1)) − 1",
            unit: "rate per period of the flows",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no inflow or no outflow (`NoRateOfReturn`); no cash flow (`EmptyInput`). A rate of −100 % or below is invalid input.",
            typeof(Investment),
            nameof(Mirr),
            references:
            [
                OpenStaxFinance + ", section 16.5, Alternative Methods: modified internal rate of return",
                "Microsoft Support, MIRR function (Excel)",
            ]),
        new(
            KpiIds.DiscountedPayback,
            KpiFamily.Investment,
            englishName: "Discounted payback period",
            frenchName: "Délai de récupération actualisé",
            formula: "(k − 1) + (−C_(k−1)) / (C_k − C_(k−1)), k the first period whose cumulated discounted flows C_k reach zero",
            unit: "periods of the flows",
            ResultKind.Duration,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "the cumulated discounted flows are still negative after the last flow (`NeverPaidBack`); no cash flow (`EmptyInput`). Flows never negative in total pay back at 0.",
            typeof(Investment),
            nameof(DiscountedPayback),
            references: [OpenStaxFinance + ", section 16.2, Payback Period Method: discounted payback period"]),
        new(
            KpiIds.Cagr,
            KpiFamily.Investment,
            englishName: "Compound annual growth rate",
            frenchName: "Taux de croissance annuel moyen (TCAM)",
            formula: "(ending value / beginning value)^(1 / periods) − 1",
            unit: "rate per period (per year for years)",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "a beginning value of zero (`ZeroBaseline`). An ending value of zero is −100 %.",
            typeof(Investment),
            nameof(Cagr),
            references:
            [
                "Insee, Définitions: taux de croissance annuel moyen (TCAM)",
                "Microsoft Support, RRI function (Excel)",
            ]),
    ];
}
