namespace KpiFormulas.Formulas;

public static partial class Engagement
{
    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.SessionDuration,
            KpiFamily.Engagement,
            englishName: "Average session duration",
            frenchName: "Durée moyenne de session",
            formula: "total session time / sessions",
            unit: "time per session",
            ResultKind.Duration,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no session (`ZeroDenominator`; `EmptyInput` for an empty span).",
            typeof(Engagement),
            nameof(AverageSessionDuration)),
        new(
            KpiIds.UsageFrequency,
            KpiFamily.Engagement,
            englishName: "Usage frequency",
            frenchName: "Fréquence de connexion",
            formula: "sessions or uses / users, per period",
            unit: "uses per user per period",
            ResultKind.Score,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no user (`ZeroDenominator`).",
            typeof(Engagement),
            nameof(UsageFrequency)),
        new(
            KpiIds.FeatureTimeShare,
            KpiFamily.Engagement,
            englishName: "Time on key features",
            frenchName: "Temps sur fonctionnalités clés",
            formula: "time on key features / total time",
            unit: "share of the time spent",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "a zero total time (`ZeroDenominator`).",
            typeof(Engagement),
            nameof(FeatureTimeShare)),
        new(
            KpiIds.AdoptionRate,
            KpiFamily.Engagement,
            englishName: "Real adoption rate",
            frenchName: "Taux d'adoption réel",
            formula: "active users (at least 3 business uses a week) / trained users",
            unit: "share of trained users",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: AdoptionBands,
            undefinedWhen: "nobody trained (`ZeroDenominator`; `EmptyInput` for an empty span).",
            typeof(Engagement),
            nameof(AdoptionRate)),
        new(
            KpiIds.InactiveUsers,
            KpiFamily.Engagement,
            englishName: "Inactive users",
            frenchName: "Alertes utilisateurs inactifs",
            formula: "users with no use in the week",
            unit: "users",
            ResultKind.Count,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "never; no user means 0 inactive users.",
            typeof(Engagement),
            nameof(InactiveUsers)),
    ];
}
