namespace KpiFormulas.Formulas;

public static partial class Retention
{
    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.RetentionRate,
            KpiFamily.Retention,
            englishName: "Retention rate",
            frenchName: "Taux de fidélisation",
            formula: "customers active in period N who were already customers in N-1 / customers of N-1",
            unit: "share of the previous period's customers",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no customer in the previous period (`ZeroDenominator`).",
            typeof(Retention),
            nameof(RetentionRate)),
        new(
            KpiIds.ChurnRate,
            KpiFamily.Retention,
            englishName: "Churn rate",
            frenchName: "Taux de churn (abandon)",
            formula: "customers lost in the period / customers at its start (1 - retention for the same cohort)",
            unit: "share of the customers at the start",
            ResultKind.Rate,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "no customer at the start (`ZeroDenominator`).",
            typeof(Retention),
            nameof(ChurnRate)),
        new(
            KpiIds.MultiYearRetention,
            KpiFamily.Retention,
            englishName: "Retention over consecutive years",
            frenchName: "Fidélisation sur 2/3/4/5 ans",
            formula: "share of a base year's customers who bought k years in a row, for k = 2..n, and its trend over base years",
            unit: "share of a cohort, per run length",
            ResultKind.RateTable,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "the run ends after the last year of the data (`NotYetObserved`, never 0 %); nobody bought in Y (`ZeroDenominator`, for a gap year inside the data). No purchase at all gives an empty table. The last year of the data is the latest purchase year: leave out a year that is not over yet, or its runs read low.",
            typeof(Retention),
            nameof(MultiYearRetention)),
        new(
            KpiIds.CohortRetention,
            KpiFamily.Retention,
            englishName: "Cohort retention",
            frenchName: "Rétention par cohorte",
            formula: "cohort (period of first purchase) x offset: share of the cohort active at that offset",
            unit: "share of the cohort, per cohort and offset",
            ResultKind.RateTable,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "an offset beyond the data (`NotYetObserved`, never 0 %), an empty cohort (`ZeroDenominator`); `PooledRetentionRate` is `NotYetObserved` when no cohort is observed that long (`EmptyInput` for a table with no cohort) and `ZeroDenominator` when those cohorts are all empty. No purchase gives an empty table.",
            typeof(Retention),
            nameof(CohortRetention)),
    ];
}
