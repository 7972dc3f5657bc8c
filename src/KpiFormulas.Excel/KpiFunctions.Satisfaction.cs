using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.NPS</c>: the catalogue's <see cref="KpiIds.Nps"/>, from the counts of promoters, passives and detractors.</summary>
    /// <param name="promoters">Answers of 9 or 10: a whole number.</param>
    /// <param name="passives">Answers of 7 or 8: a whole number.</param>
    /// <param name="detractors">Answers of 0 to 6: a whole number.</param>
    /// <returns>The score, 100 x (promoters - detractors) / answers, from -100 to 100 (points, not a percentage); <c>#DIV/0!</c> for no answer.</returns>
    [WorksheetFunction("KPI.NPS", KpiId = KpiIds.Nps)]
    public static object Nps(object? promoters, object? passives, object? detractors) =>
        Run(() => Out(Satisfaction.NetPromoterScore(Cells.Count(promoters), Cells.Count(passives), Cells.Count(detractors))));

    /// <summary><c>KPI.NPS_FROM_ANSWERS</c>: the catalogue's <see cref="KpiIds.Nps"/>, from a range of answers from 0 to 10.</summary>
    /// <param name="answers">The answers: a range of whole numbers from 0 to 10.</param>
    /// <returns>The score from -100 to 100; <c>#DIV/0!</c> for no answer; <c>#NUM!</c> for an answer that is not 0, 1... 10.</returns>
    [WorksheetFunction("KPI.NPS_FROM_ANSWERS", KpiId = KpiIds.Nps)]
    public static object NpsFromAnswers(object?[,] answers) =>
        Run(() => Out(Satisfaction.NetPromoterScore([.. Cells.List(answers, RangeOf.Numbers, NpsAnswer)])));

    /// <summary><c>KPI.NPS_CATEGORY</c>: the category of one NPS answer: Promoter (9-10), Passive (7-8) or Detractor (0-6).</summary>
    /// <param name="answer">The answer, a whole number from 0 to 10.</param>
    /// <returns>The category's name; <c>#NUM!</c> for an answer that is not 0, 1... 10.</returns>
    [WorksheetFunction("KPI.NPS_CATEGORY")]
    public static object NpsCategory(object? answer) =>
        Run(() => Satisfaction.ClassifyNpsAnswer(NpsAnswer(answer)).ToString());

    /// <summary><c>KPI.COMPLAINT_RATE</c>: the catalogue's <see cref="KpiIds.ComplaintRate"/> in a cell.</summary>
    /// <param name="complaints">Orders or customers with a complaint, each counted once: a whole number.</param>
    /// <param name="ordersOrCustomers">Orders or customers of the period: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no order.</returns>
    [WorksheetFunction("KPI.COMPLAINT_RATE", KpiId = KpiIds.ComplaintRate)]
    public static object ComplaintRate(object? complaints, object? ordersOrCustomers) =>
        Share(Satisfaction.ComplaintRate, complaints, ordersOrCustomers);

    /// <summary><c>KPI.MENTAL_LOAD_CHANGE</c>: the catalogue's <see cref="KpiIds.MentalLoadChange"/>, for one person or a team's mean.</summary>
    /// <param name="scoreBefore">The survey score before, 1 to 10, or a range of each person's score.</param>
    /// <param name="scoreAfter">The score after, the same shape; a person blank in both is skipped.</param>
    /// <returns>(mean after - mean before) / mean before, as a fraction (-0.5714 for 7 to 3); <c>#NUM!</c> for a score outside 1 to 10; <c>#DIV/0!</c> for no score.</returns>
    [WorksheetFunction("KPI.MENTAL_LOAD_CHANGE", KpiId = KpiIds.MentalLoadChange)]
    public static object MentalLoadChange(object? scoreBefore, object? scoreAfter) =>
        Run(() =>
        {
            var (before, after) = Cells.Pairs(scoreBefore, RangeOf.Numbers, MentalLoadScore, scoreAfter, RangeOf.Numbers, MentalLoadScore);
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
