namespace KpiFormulas.Formulas;

public static partial class Statistics
{
    private const string Newcombe =
        "Robert G. Newcombe, Two-sided confidence intervals for the single proportion: comparison of seven methods, Statistics in Medicine 17 (1998) 857-872";

    private const string Agresti = "Alan Agresti, Categorical Data Analysis, 3rd edition (Wiley, 2013), sections 1.4 and 3.5";

    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.RateConfidenceInterval,
            KpiFamily.Statistics,
            englishName: "Confidence interval of a rate (Wilson)",
            frenchName: "Intervalle de confiance d'un taux (Wilson)",
            formula: "(p + z²/2n ± z√(p(1 − p)/n + z²/4n²)) / (1 + z²/n), p = successes / trials",
            unit: "rates",
            ResultKind.RateInterval,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "no trials (`ZeroDenominator`). Successes above the trials or a confidence level not strictly between 0 % and 100 % are invalid input.",
            typeof(Statistics),
            nameof(RateConfidenceInterval),
            references:
            [
                "Edwin B. Wilson, Probable inference, the law of succession, and statistical inference, Journal of the American Statistical Association 22 (1927) 209-212",
                Newcombe,
            ]),
        new(
            KpiIds.ChangeSignificance,
            KpiFamily.Statistics,
            englishName: "Significance of a change between two rates",
            frenchName: "Significativité d'une évolution entre deux taux",
            formula: "two-sided p-value of the pooled two-proportion z-test, or of Fisher's exact test when an expected count is below 5",
            unit: "probability",
            ResultKind.Significance,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "either group has no trials (`ZeroDenominator`). Successes above their trials or a significance level not strictly between 0 % and 100 % are invalid input.",
            typeof(Statistics),
            nameof(ChangeSignificance),
            references:
            [
                Agresti,
                "Ronald A. Fisher, The Design of Experiments (Oliver and Boyd, 1935), section 2: the lady tasting tea",
            ]),
        new(
            KpiIds.NpsMarginOfError,
            KpiFamily.Statistics,
            englishName: "NPS margin of error",
            frenchName: "Marge d'erreur du NPS",
            formula: "z × √((share of promoters + share of detractors − (share of promoters − share of detractors)²) / respondents) × 100",
            unit: "NPS points",
            ResultKind.Score,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "no respondent (`ZeroDenominator`). A confidence level not strictly between 0 % and 100 % is invalid input.",
            typeof(Statistics),
            nameof(NpsMarginOfError),
            references: [Agresti + ": the variance of a mean of scores +1, 0, −1"]),
        new(
            KpiIds.RequiredSampleSize,
            KpiFamily.Statistics,
            englishName: "Required sample size for a rate",
            frenchName: "Taille d'échantillon nécessaire pour un taux",
            formula: "⌈z² p(1 − p) / e²⌉, p the expected rate (50 % by default), e the margin of error",
            unit: "answers (leads, respondents)",
            ResultKind.Count,
            Direction.LowerIsBetter,
            bands: null,
            undefinedWhen: "never. A margin of error, confidence level or expected rate not strictly between 0 % and 100 % is invalid input.",
            typeof(Statistics),
            nameof(RequiredSampleSize),
            references: ["William G. Cochran, Sampling Techniques, 3rd edition (Wiley, 1977), section 4.4"]),
    ];
}
