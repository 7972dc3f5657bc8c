using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.NPS</c>: Net Promoter Score from the counts of promoters, passives and detractors (catalogue id <c>nps</c>).</summary>
    /// <param name="promoters">Answers of 9 or 10.</param>
    /// <param name="passives">Answers of 7 or 8.</param>
    /// <param name="detractors">Answers of 0 to 6.</param>
    /// <returns>100 x (promoters − detractors) / answers, from −100 to +100 (points, not a percentage); <c>#DIV/0!</c> for no answer.</returns>
    [WorksheetFunction("KPI.NPS", "Net Promoter Score from counts: 100 x (promoters - detractors) / all answers, from -100 to 100.")]
    public static object Nps(
        [WorksheetArgument("promoters", "Answers of 9 or 10 (a whole number).")] object promoters,
        [WorksheetArgument("passives", "Answers of 7 or 8 (a whole number).")] object passives,
        [WorksheetArgument("detractors", "Answers of 0 to 6 (a whole number).")] object detractors) =>
        Run(() => Out(Satisfaction.NetPromoterScore(Cells.Count(promoters), Cells.Count(passives), Cells.Count(detractors))));

    /// <summary><c>KPI.NPS_FROM_ANSWERS</c>: Net Promoter Score of a range of answers from 0 to 10 (catalogue id <c>nps</c>).</summary>
    /// <param name="answers">The answers, whole numbers from 0 to 10; blank cells (no answer) are skipped.</param>
    /// <returns>The score from −100 to +100; <c>#DIV/0!</c> for no answer; <c>#NUM!</c> for an answer that is not 0, 1, ..., 10.</returns>
    [WorksheetFunction("KPI.NPS_FROM_ANSWERS", "Net Promoter Score of a range of answers from 0 to 10: % promoters (9-10) - % detractors (0-6).")]
    public static object NpsFromAnswers(
        [WorksheetArgument("answers", "The answers, whole numbers from 0 to 10 (a range; blank cells skipped).")] object[,] answers) =>
        Run(() => Out(Satisfaction.NetPromoterScore([.. Cells.List(answers, NpsAnswer)])));

    /// <summary><c>KPI.NPS_CATEGORY</c>: the category of one answer: <c>Promoter</c> (9-10), <c>Passive</c> (7-8) or <c>Detractor</c> (0-6).</summary>
    /// <param name="answer">The answer, a whole number from 0 to 10.</param>
    /// <returns>The category's name; <c>#NUM!</c> for an answer that is not 0, 1, ..., 10.</returns>
    [WorksheetFunction("KPI.NPS_CATEGORY", "Category of one NPS answer: Promoter (9-10), Passive (7-8) or Detractor (0-6).")]
    public static object NpsCategory(
        [WorksheetArgument("answer", "The answer, a whole number from 0 to 10.")] object answer) =>
        Run(() => Satisfaction.ClassifyNpsAnswer(NpsAnswer(answer)).ToString());

    /// <summary><c>KPI.COMPLAINT_RATE</c>: complaints / orders or customers (catalogue id <c>complaint_rate</c>).</summary>
    /// <param name="complaints">Orders (or customers) with a complaint, each once.</param>
    /// <param name="ordersOrCustomers">Orders (or customers) of the period.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no order.</returns>
    [WorksheetFunction("KPI.COMPLAINT_RATE", "Complaint rate: complaints / orders or customers, as a fraction.")]
    public static object ComplaintRate(
        [WorksheetArgument("complaints", "Orders or customers with a complaint, each counted once (a whole number).")] object complaints,
        [WorksheetArgument("orders_or_customers", "Orders or customers of the period (a whole number).")] object ordersOrCustomers) =>
        Share(Satisfaction.ComplaintRate, complaints, ordersOrCustomers);

    /// <summary>
    /// <c>KPI.MENTAL_LOAD_CHANGE</c>: the relative change of a 1-to-10 survey score, one person's or a
    /// team's mean (catalogue id <c>mental_load_change</c>).
    /// </summary>
    /// <param name="scoreBefore">The score before, 1 to 10, or a range of each person's score.</param>
    /// <param name="scoreAfter">The score after, the same shape; a person blank in both is skipped.</param>
    /// <returns>(mean after − mean before) / mean before, as a fraction (−0.5714 for 7 to 3); <c>#NUM!</c> for a score outside 1 to 10; <c>#DIV/0!</c> for no score.</returns>
    [WorksheetFunction("KPI.MENTAL_LOAD_CHANGE", "Mental load change: relative change of the 1-10 survey score (or of a team's mean), as a fraction.")]
    public static object MentalLoadChange(
        [WorksheetArgument("score_before", "The score before, 1 to 10, or a range of each person's score.")] object scoreBefore,
        [WorksheetArgument("score_after", "The score after, the same shape.")] object scoreAfter) =>
        Run(() =>
        {
            var (before, after) = Cells.Pairs(scoreBefore, MentalLoadScore, scoreAfter, MentalLoadScore);
            var change = Satisfaction.MentalLoadChange(before.ToArray(), after.ToArray());
            return change.TryGetValue(out var value) ? Out(value.Relative) : Undefined(change.Reason);
        });

    private static byte NpsAnswer(object? value)
    {
        var answer = Cells.Number(value);
        return answer is < 0m or > Satisfaction.NpsMaximumAnswer || answer != decimal.Truncate(answer)
            ? throw new CellException(WorksheetErrors.Number)
            : (byte)answer;
    }

    private static decimal MentalLoadScore(object? value)
    {
        var score = Cells.Number(value);
        return score is < Satisfaction.MentalLoadMinimumScore or > Satisfaction.MentalLoadMaximumScore
            ? throw new CellException(WorksheetErrors.Number)
            : score;
    }
}
