using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.RATE_CONFIDENCE_INTERVAL</c>: the lower bound of the catalogue's <see cref="KpiIds.RateConfidenceInterval"/> (Wilson score) in a cell; KPI.RATE_CONFIDENCE_UPPER gives the upper bound.</summary>
    /// <param name="successes">The number of successes (conversions, churned customers), a whole number not above the trials.</param>
    /// <param name="trials">The number of trials (leads, customers at the start), a whole number.</param>
    /// <param name="confidence">The confidence level as a fraction strictly between 0 and 1 (0.95 for 95%).</param>
    /// <returns>The lower bound as a fraction (0.2553 for 81 out of 263 at 0.95); <c>#DIV/0!</c> for no trials; <c>#VALUE!</c> for successes above the trials; <c>#NUM!</c> for a confidence outside (0, 1).</returns>
    [WorksheetFunction("KPI.RATE_CONFIDENCE_INTERVAL", KpiId = KpiIds.RateConfidenceInterval)]
    public static object RateConfidenceInterval(object? successes, object? trials, object? confidence) =>
        Run(() =>
        {
            var result = Statistics.RateConfidenceInterval(Cells.Count(successes), Cells.Count(trials), Cells.OpenProportion(confidence));
            return result.TryGetValue(out var interval) ? Out(interval.Lower) : Undefined(result.Reason);
        });

    /// <summary><c>KPI.RATE_CONFIDENCE_UPPER</c>: the upper bound of the Wilson score interval of a rate, beside KPI.RATE_CONFIDENCE_INTERVAL's lower bound.</summary>
    /// <inheritdoc cref="RateConfidenceInterval(object?, object?, object?)" path="/param"/>
    /// <returns>The upper bound as a fraction (0.3662 for 81 out of 263 at 0.95); <c>#DIV/0!</c> for no trials; <c>#VALUE!</c> for successes above the trials; <c>#NUM!</c> for a confidence outside (0, 1).</returns>
    [WorksheetFunction("KPI.RATE_CONFIDENCE_UPPER")]
    public static object RateConfidenceUpper(object? successes, object? trials, object? confidence) =>
        Run(() =>
        {
            var result = Statistics.RateConfidenceInterval(Cells.Count(successes), Cells.Count(trials), Cells.OpenProportion(confidence));
            return result.TryGetValue(out var interval) ? Out(interval.Upper) : Undefined(result.Reason);
        });

    /// <summary><c>KPI.CHANGE_SIGNIFICANCE</c>: the two-sided p-value of the catalogue's <see cref="KpiIds.ChangeSignificance"/> in a cell (two-proportion z-test, or Fisher's exact test when an expected count is below 5).</summary>
    /// <param name="successesBefore">Successes of the first period or group, a whole number not above its trials.</param>
    /// <param name="trialsBefore">Trials of the first period or group, a whole number.</param>
    /// <param name="successesAfter">Successes of the second period or group, a whole number not above its trials.</param>
    /// <param name="trialsAfter">Trials of the second period or group, a whole number.</param>
    /// <returns>The p-value (0.0051 for 20 of 200, then 40 of 200), significant at 5% below 0.05; <c>#DIV/0!</c> when a group has no trials.</returns>
    [WorksheetFunction("KPI.CHANGE_SIGNIFICANCE", KpiId = KpiIds.ChangeSignificance)]
    public static object ChangeSignificance(object? successesBefore, object? trialsBefore, object? successesAfter, object? trialsAfter) =>
        Run(() =>
        {
            var result = Statistics.ChangeSignificance(
                Cells.Count(successesBefore), Cells.Count(trialsBefore), Cells.Count(successesAfter), Cells.Count(trialsAfter), Rate.FromPercent(5m));
            return result.TryGetValue(out var significance) ? Out(significance.PValue) : Undefined(result.Reason);
        });

    /// <summary><c>KPI.NPS_MARGIN_OF_ERROR</c>: the catalogue's <see cref="KpiIds.NpsMarginOfError"/> in a cell.</summary>
    /// <param name="promoters">Respondents scoring 9 or 10, a whole number.</param>
    /// <param name="passives">Respondents scoring 7 or 8, a whole number.</param>
    /// <param name="detractors">Respondents scoring 0 to 6, a whole number.</param>
    /// <param name="confidence">The confidence level as a fraction strictly between 0 and 1 (0.95 for 95%).</param>
    /// <returns>The margin in NPS points (14.50 for 60, 25 and 15 at 0.95); <c>#DIV/0!</c> for no respondent.</returns>
    [WorksheetFunction("KPI.NPS_MARGIN_OF_ERROR", KpiId = KpiIds.NpsMarginOfError)]
    public static object NpsMarginOfError(object? promoters, object? passives, object? detractors, object? confidence) =>
        Run(() => Out(Statistics.NpsMarginOfError(Cells.Count(promoters), Cells.Count(passives), Cells.Count(detractors), Cells.OpenProportion(confidence))));

    /// <summary><c>KPI.REQUIRED_SAMPLE_SIZE</c>: the catalogue's <see cref="KpiIds.RequiredSampleSize"/> in a cell.</summary>
    /// <param name="marginOfError">The acceptable margin as a fraction strictly between 0 and 1 (0.05 for plus or minus 5 points).</param>
    /// <param name="confidence">The confidence level as a fraction strictly between 0 and 1 (0.95 for 95%).</param>
    /// <param name="expectedProportion">The expected rate as a fraction strictly between 0 and 1; optional: 0.5 when left out, the safe choice.</param>
    /// <returns>The number of answers needed (385 for 0.05 at 0.95); <c>#NUM!</c> for a fraction outside (0, 1).</returns>
    [WorksheetFunction("KPI.REQUIRED_SAMPLE_SIZE", KpiId = KpiIds.RequiredSampleSize)]
    public static object RequiredSampleSize(object? marginOfError, object? confidence, [Optional] object? expectedProportion) =>
        Run(() => (double)Statistics.RequiredSampleSize(
            Cells.OpenProportion(marginOfError),
            Cells.OpenProportion(confidence),
            Cells.OpenProportionOr(expectedProportion, 0.5m)));
}
