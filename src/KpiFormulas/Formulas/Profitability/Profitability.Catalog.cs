namespace KpiFormulas.Formulas;

public static partial class Profitability
{
    private const string CostVolumeProfitChapter =
        "OpenStax, Principles of Accounting, Volume 2: Managerial Accounting (2019), chapter 3, Cost-Volume-Profit Analysis";

    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.GrossMarginRate,
            KpiFamily.Profitability,
            englishName: "Gross margin rate",
            frenchName: "Taux de marge brute sur chiffre d'affaires (taux de marque)",
            formula: "(revenue - cost of goods sold) / revenue",
            unit: "share of revenue",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no revenue (`ZeroDenominator`); from a markup, a markup of −100 %, a price of zero (`ZeroDenominator`). A sale below cost is a defined negative rate.",
            typeof(Profitability),
            nameof(GrossMarginRate),
            references:
            [
                "Autorité des normes comptables, Plan comptable général (règlement ANC n° 2014-03), tableau des soldes intermédiaires de gestion: marge commerciale = ventes de marchandises - coût d'achat des marchandises vendues",
                "Charles T. Horngren, Srikant M. Datar, Madhav V. Rajan, Cost Accounting: A Managerial Emphasis (Pearson), chapter Cost-Volume-Profit Analysis: contribution margin versus gross margin",
            ]),
        new(
            KpiIds.ContributionMargin,
            KpiFamily.Profitability,
            englishName: "Contribution margin",
            frenchName: "Marge sur coûts variables",
            formula: "revenue - variable costs (per unit: price - variable cost per unit)",
            unit: "money",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never (negative when the variable costs exceed the revenue). Its ratio, `ContributionMarginRatio` (id `contribution_margin_ratio`, not a catalogue entry): no revenue (`ZeroDenominator`).",
            typeof(Profitability),
            nameof(ContributionMargin),
            references: [CostVolumeProfitChapter + ", section 3.1, Explain Contribution Margin and Calculate Contribution Margin per Unit, Contribution Margin Ratio, and Total Contribution Margin"]),
        new(
            KpiIds.MarkupRate,
            KpiFamily.Profitability,
            englishName: "Markup rate",
            frenchName: "Taux de marge sur coût d'achat",
            formula: "(price - cost) / cost",
            unit: "share of cost",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "a cost of zero (`ZeroDenominator`); from a margin, a margin of 100 %, a cost of zero (`ZeroDenominator`). A sale below cost is a defined negative rate.",
            typeof(Profitability),
            nameof(MarkupRate),
            references: ["Charles T. Horngren, Srikant M. Datar, Madhav V. Rajan, Cost Accounting: A Managerial Emphasis (Pearson), chapter Pricing Decisions and Cost Management: cost-plus pricing and the markup percentage on cost"]),
        new(
            KpiIds.BreakEvenRevenue,
            KpiFamily.Profitability,
            englishName: "Break-even revenue",
            frenchName: "Seuil de rentabilité en chiffre d'affaires",
            formula: "fixed costs / contribution margin ratio",
            unit: "money",
            ResultKind.Money,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "a contribution margin ratio of zero or less (`NeverBreaksEven`): no revenue covers the fixed costs; from the amounts, also no revenue (`ZeroDenominator`). A ratio above 100 % is invalid input.",
            typeof(Profitability),
            nameof(BreakEvenRevenue),
            references: [CostVolumeProfitChapter + ", section 3.2, Calculate a Break-Even Point in Units and Dollars"]),
        new(
            KpiIds.BreakEvenUnits,
            KpiFamily.Profitability,
            englishName: "Break-even units",
            frenchName: "Seuil de rentabilité en quantité",
            formula: "fixed costs / (unit price - variable cost per unit)",
            unit: "units, exact; round up to sell whole units",
            ResultKind.Score,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "a unit price at or below the variable cost per unit (`NeverBreaksEven`), whatever the fixed costs. The result is exact and fractional; `decimal.Ceiling` gives the whole units to sell.",
            typeof(Profitability),
            nameof(BreakEvenUnits),
            references: [CostVolumeProfitChapter + ", section 3.2, Calculate a Break-Even Point in Units and Dollars"]),
        new(
            KpiIds.MarginOfSafety,
            KpiFamily.Profitability,
            englishName: "Margin of safety",
            frenchName: "Indice de sécurité",
            formula: "(revenue - break-even revenue) / revenue",
            unit: "share of revenue",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no revenue (`ZeroDenominator`); below break-even it is a defined negative rate. `MarginOfSafetyAmount` never.",
            typeof(Profitability),
            nameof(MarginOfSafety),
            references: [CostVolumeProfitChapter + ", section 3.5, Calculate and Interpret a Company's Margin of Safety and Operating Leverage"]),
    ];
}
