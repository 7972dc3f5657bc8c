namespace KpiFormulas.Formulas;

public static partial class SalesValue
{
    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.Revenue,
            KpiFamily.SalesValue,
            englishName: "Revenue generated",
            frenchName: "Chiffre d'affaires généré",
            formula: "sum of won amounts, by rep, team, product or channel",
            unit: "money",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never: a sum of nothing is 0 in the given currency.",
            typeof(SalesValue),
            nameof(Revenue)),
        new(
            KpiIds.AverageOrderValue,
            KpiFamily.SalesValue,
            englishName: "Average order value",
            frenchName: "Panier moyen",
            formula: "revenue / orders",
            unit: "money per order",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no order (`ZeroDenominator`).",
            typeof(SalesValue),
            nameof(AverageOrderValue)),
        new(
            KpiIds.AverageDealSize,
            KpiFamily.SalesValue,
            englishName: "Average deal size",
            frenchName: "Taille moyenne des contrats",
            formula: "won revenue / won deals",
            unit: "money per won deal",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no won deal (`ZeroDenominator`).",
            typeof(SalesValue),
            nameof(AverageDealSize)),
        new(
            KpiIds.CustomerLifetimeValue,
            KpiFamily.SalesValue,
            englishName: "Customer lifetime value",
            frenchName: "Valeur vie client",
            formula: "average basket per purchase x purchases per year x average relationship length in years",
            unit: "money per customer",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never.",
            typeof(SalesValue),
            nameof(CustomerLifetimeValue)),
        new(
            KpiIds.AdditionalRevenueFromCapacity,
            KpiFamily.SalesValue,
            englishName: "Additional revenue from capacity",
            frenchName: "CA additionnel",
            formula: "extra units handled x average basket",
            unit: "money per period",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never (negative when capacity falls).",
            typeof(SalesValue),
            nameof(AdditionalRevenueFromCapacity)),
    ];
}
