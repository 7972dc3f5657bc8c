namespace KpiFormulas.Formulas;

public static partial class Satisfaction
{
    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.Nps,
            KpiFamily.Satisfaction,
            englishName: "Net Promoter Score",
            frenchName: "Net Promoter Score (NPS)",
            formula: "% promoters (9-10) - % detractors (0-6) over answers from 0 to 10",
            unit: "points from -100 to +100",
            ResultKind.Score,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no answer (`EmptyInput`), for both overloads (all counts zero).",
            typeof(Satisfaction),
            nameof(NetPromoterScore),
            references: ["Frederick F. Reichheld, \"The One Number You Need to Grow\", Harvard Business Review, December 2003"]),
        new(
            KpiIds.ComplaintRate,
            KpiFamily.Satisfaction,
            englishName: "Complaint rate",
            frenchName: "Taux de réclamation",
            formula: "complaints / orders or customers",
            unit: "share of orders or customers",
            ResultKind.Rate,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "no order or customer (`ZeroDenominator`).",
            typeof(Satisfaction),
            nameof(ComplaintRate)),
        new(
            KpiIds.MentalLoadChange,
            KpiFamily.Satisfaction,
            englishName: "Mental load change",
            frenchName: "Charge mentale",
            formula: "survey score before and after, change in %",
            unit: "survey score from 1 to 10",
            ResultKind.Change,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "no score (`EmptyInput`).",
            typeof(Satisfaction),
            nameof(MentalLoadChange)),
    ];
}
