namespace KpiFormulas.Formulas;

public static partial class Productivity
{
    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.TimeSaved,
            KpiFamily.Productivity,
            englishName: "Time saved",
            frenchName: "Temps gagné",
            formula: "(time before - time after) x repetitions",
            unit: "time per task, person and week or month",
            ResultKind.Duration,
            Direction.HigherIsBetter,
            bands: TimeSavedHoursPerPersonPerMonthBands,
            undefinedWhen: "zero people (`ZeroDenominator`). A total over no task is zero (an empty sum).",
            typeof(Productivity),
            nameof(TimeSaved)),
        new(
            KpiIds.ErrorsAvoided,
            KpiFamily.Productivity,
            englishName: "Errors avoided",
            frenchName: "Erreurs évitées",
            formula: "errors before - errors after, per type and in total",
            unit: "errors per period",
            ResultKind.Count,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never: a difference of counts (negative when errors rose).",
            typeof(Productivity),
            nameof(ErrorsAvoided)),
        new(
            KpiIds.ErrorsAvoidedValue,
            KpiFamily.Productivity,
            englishName: "Value of the errors avoided",
            frenchName: "Valeur des erreurs évitées",
            formula: "errors avoided x average cost of an error",
            unit: "money per period",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never.",
            typeof(Productivity),
            nameof(ErrorsAvoidedValue)),
        new(
            KpiIds.CapacityIncrease,
            KpiFamily.Productivity,
            englishName: "Capacity increase",
            frenchName: "Capacité de traitement",
            formula: "(units handled after - units handled before) / units handled before",
            unit: "relative change of units handled",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "nothing handled before (`ZeroBaseline`).",
            typeof(Productivity),
            nameof(CapacityIncrease)),
        new(
            KpiIds.TimeReinvestmentMix,
            KpiFamily.Productivity,
            englishName: "Reinvestment of freed time",
            frenchName: "Usage du temps libéré",
            formula: "share of freed time per use (business development, product, training, work-life balance), summing to 100 %",
            unit: "shares of the freed time",
            ResultKind.RateMix,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no use (`EmptyInput`); no time at all (`ZeroDenominator`).",
            typeof(Productivity),
            nameof(TimeReinvestmentMix)),
    ];
}
