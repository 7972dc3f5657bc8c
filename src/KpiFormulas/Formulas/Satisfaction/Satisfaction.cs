using System;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>How a Net Promoter Score answer counts.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<NpsCategory>))]
public enum NpsCategory
{
    /// <summary>0 to 6: a detractor, counted against the score.</summary>
    Detractor = 0,

    /// <summary>7 or 8: a passive, counted in the total only.</summary>
    Passive = 1,

    /// <summary>9 or 10: a promoter, counted for the score.</summary>
    Promoter = 2,
}

/// <summary>
/// Customer and employee satisfaction KPIs (catalogue section 6): Net Promoter Score, complaint rate
/// and mental load.
/// </summary>
/// <remarks>Compare two measures with <see cref="Change.Between{T}(T, T)"/> and its overloads: the
/// absolute change is in the KPI's own unit (NPS points; percentage points for a rate), the relative
/// change in percent.</remarks>
public static partial class Satisfaction
{
    /// <summary>The highest answer of the Net Promoter Score question (« de 0 à 10 »): 10.</summary>
    public const byte NpsMaximumAnswer = 10;

    /// <summary>The lowest answer of a promoter: 9 (answers 9 and 10 promote).</summary>
    public const byte NpsPromoterMinimumAnswer = 9;

    /// <summary>The highest answer of a detractor: 6 (answers 0 to 6 detract).</summary>
    public const byte NpsDetractorMaximumAnswer = 6;

    /// <summary>The lowest score of the mental-load survey scale: 1.</summary>
    public const decimal MentalLoadMinimumScore = 1m;

    /// <summary>The highest score of the mental-load survey scale: 10.</summary>
    public const decimal MentalLoadMaximumScore = 10m;

    private const string NpsAnswerRule = "The answer must be on the Net Promoter Score's 0-to-10 scale.";
    private const string MentalLoadScoreRule = "The score must be on the mental-load survey's 1-to-10 scale.";

    /// <summary>The category of one Net Promoter Score answer: 9-10 promoter, 7-8 passive, 0-6 detractor.</summary>
    /// <param name="answer">The answer, 0 to 10.</param>
    /// <returns>Its category.</returns>
    /// <remarks>Catalogue id <c>nps</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="answer"/> is above 10.</exception>
    /// <example>
    /// <code>
    /// Satisfaction.ClassifyNpsAnswer(8); // Passive
    /// </code>
    /// </example>
    public static NpsCategory ClassifyNpsAnswer(byte answer)
    {
        Preconditions.ArgumentInRange(answer <= NpsMaximumAnswer, answer, nameof(answer), NpsAnswerRule);

        return answer >= NpsPromoterMinimumAnswer ? NpsCategory.Promoter
            : answer > NpsDetractorMaximumAnswer ? NpsCategory.Passive
            : NpsCategory.Detractor;
    }

    /// <summary>
    /// Net Promoter Score (NPS) of a set of answers to « how likely are you to recommend us, from 0 to
    /// 10? »: the percentage of promoters minus the percentage of detractors.
    /// </summary>
    /// <param name="answers">The answers, each 0 to 10.</param>
    /// <returns>The score, from −100 to +100, exact (not rounded to a whole number); undefined when there is no answer.</returns>
    /// <remarks>
    /// <para>Formula: 100 × (promoters − detractors) / answers, with promoters answering 9 or 10 and
    /// detractors 0 to 6 (passives, 7 and 8, count in the total only).</para>
    /// <para>Unit: score in points on −100..+100 (not a percentage). Direction: higher is better. A
    /// change of NPS is usually quoted in points (32 → 48 is +16 points), sometimes as a
    /// relative change (+50 %): both are in <c>Change.Between(32m, 48m)</c>.</para>
    /// <para>Undefined: no answer (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>A relative change of NPS is undefined from a score of 0 (<see cref="UndefinedReason.ZeroBaseline"/>)
    /// and misleading near it, since the score can be negative: quote NPS changes in points.</para>
    /// <para>Performance: counts with vectorised span searches, no allocation.</para>
    /// <para>Definition: F. F. Reichheld, "The One Number You Need to Grow", Harvard Business Review,
    /// December 2003. Catalogue id <c>nps</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10; the message gives its position.</exception>
    /// <example>The score is exact: 1 promoter among 3 answers scores 33.333..., not 33.</example>
    /// <example>
    /// <code>
    /// Satisfaction.NetPromoterScore([10, 9, 9, 8, 7, 3, 10, 6, 9, 10]).Value; // 6 promoters, 2 detractors of 10: 40
    /// </code>
    /// </example>
    public static KpiResult<decimal> NetPromoterScore(ReadOnlySpan<byte> answers)
    {
        var invalid = answers.IndexOfAnyInRange((byte)(NpsMaximumAnswer + 1), byte.MaxValue);
        if (invalid >= 0)
        {
            Preconditions.ThrowOutOfRange(nameof(answers), answers[invalid], "Row {0}: " + NpsAnswerRule, invalid);
        }

        if (answers.IsEmpty)
        {
            return KpiResult.Undefined<decimal>(KpiIds.Nps, UndefinedReason.EmptyInput, "no answer was given.");
        }

        long promoters = 0;
        long passives = 0;
        for (var answer = NpsPromoterMinimumAnswer; answer <= NpsMaximumAnswer; answer++)
        {
            promoters += answers.Count(answer);
        }

        for (var answer = (byte)(NpsDetractorMaximumAnswer + 1); answer < NpsPromoterMinimumAnswer; answer++)
        {
            passives += answers.Count(answer);
        }

        return Score(promoters, answers.Length - promoters - passives, answers.Length);
    }

    /// <summary>
    /// Net Promoter Score from the counts of promoters, passives and detractors (see
    /// <see cref="NetPromoterScore(ReadOnlySpan{byte})"/>).
    /// </summary>
    /// <param name="promoters">Answers of 9 or 10.</param>
    /// <param name="passives">Answers of 7 or 8.</param>
    /// <param name="detractors">Answers of 0 to 6.</param>
    /// <returns>100 × (promoters − detractors) / (promoters + passives + detractors); undefined when all counts are zero.</returns>
    /// <remarks>
    /// Undefined: no answer at all (<see cref="UndefinedReason.EmptyInput"/>, as for an empty list of
    /// answers). Catalogue id <c>nps</c>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="long"/>.</exception>
    /// <example>With 100 answers, 50 promoters, 32 passives and 18 detractors score 32; 60, 28 and 12 score 48:
    /// +16 points, and a relative change of +50 %.</example>
    /// <example>
    /// An NPS of 32 from 100 answers:
    /// <code>
    /// Satisfaction.NetPromoterScore(promoters: 50, passives: 32, detractors: 18).Value; // 32
    /// </code>
    /// </example>
    public static KpiResult<decimal> NetPromoterScore(long promoters, long passives, long detractors)
    {
        Preconditions.NotNegative(promoters);
        Preconditions.NotNegative(passives);
        Preconditions.NotNegative(detractors);
        var total = promoters + passives + detractors;
        return total == 0
            ? KpiResult.Undefined<decimal>(KpiIds.Nps, UndefinedReason.EmptyInput, "no answer was given: promoters, passives and detractors are all zero.")
            : Score(promoters, detractors, total);
    }

    /// <summary>
    /// Complaint rate (« taux de réclamation »): the share of orders (or customers) that led to a
    /// complaint.
    /// </summary>
    /// <param name="complaints">Orders (or customers) with at least one complaint in the period; each counted once.</param>
    /// <param name="ordersOrCustomers">Orders (or customers) of the same period.</param>
    /// <returns>complaints / orders, within [0 %, 100 %]; undefined when there is no order.</returns>
    /// <remarks>
    /// <para>Formula: complaints / orders or customers. Unit: rate. Direction: lower is better.</para>
    /// <para>A before/after comparison is <c>Change.Between(before, after)</c>: 8 % → 3 % is −5 points
    /// (<see cref="PercentagePoints"/>) and −62.5 % relative exactly (−62 % truncated).</para>
    /// <para>Undefined: no order or customer (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>complaint_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or there are more complaints than orders (count each order once).</exception>
    /// <example>
    /// <code>
    /// Satisfaction.ComplaintRate(8, 100).Value; // 8 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> ComplaintRate(long complaints, long ordersOrCustomers) =>
        KpiMath.Share(KpiIds.ComplaintRate, complaints, ordersOrCustomers, nameof(complaints), nameof(ordersOrCustomers));

    /// <summary>
    /// Change in mental load (« charge mentale réduite »): a survey score on a 1-to-10 scale before and
    /// after automating a task, and its change.
    /// </summary>
    /// <param name="scoreBefore">The score before, 1 to 10 (may be a mean, such as 7.5).</param>
    /// <param name="scoreAfter">The score after, 1 to 10.</param>
    /// <returns>The change: absolute in scale points, relative in percent. Always defined (the scale starts
    /// at 1); a <see cref="KpiResult{T}"/> carrying the id <c>mental_load_change</c>, like the team's
    /// <see cref="MentalLoadChange(ReadOnlySpan{decimal}, ReadOnlySpan{decimal})"/>.</returns>
    /// <remarks>
    /// <para>Formula: (score after − score before) / score before. Unit: change (scale points and
    /// percent). Direction: lower is better (a fall in mental load is good: use
    /// <see cref="Direction.LowerIsBetter"/> with <c>Assess</c>).</para>
    /// <para>Worked example: Sophie 7/10 → 3/10 is −57.14 % (−57 % rounded); Marc 8 → 2 is
    /// −75 %; Julie 9 → 4 is −55.56 % (−56 % rounded). Catalogue id <c>mental_load_change</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1 to 10.</exception>
    /// <example>The relative change is always defined, since the scale starts at 1, and lies between −90 % (10 → 1)
    /// and +900 % (1 → 10). 8 → 2 is −6 points and −75 %; 9 → 4 is −5 points and −5/9 = −55.6 %.</example>
    /// <example>
    /// <code>
    /// Satisfaction.MentalLoadChange(7m, 3m).Value.Relative.Value; // −57.142857... %
    /// </code>
    /// </example>
    public static KpiResult<Change<decimal, decimal>> MentalLoadChange(decimal scoreBefore, decimal scoreAfter)
    {
        Preconditions.ArgumentInRange(scoreBefore >= MentalLoadMinimumScore && scoreBefore <= MentalLoadMaximumScore, scoreBefore, nameof(scoreBefore), MentalLoadScoreRule);
        Preconditions.ArgumentInRange(scoreAfter >= MentalLoadMinimumScore && scoreAfter <= MentalLoadMaximumScore, scoreAfter, nameof(scoreAfter), MentalLoadScoreRule);
        return KpiResult.Defined(KpiIds.MentalLoadChange, Change.Between(scoreBefore, scoreAfter));
    }

    /// <summary>
    /// Change in a team's mental load: the change between the mean score before and the mean score
    /// after (see <see cref="MentalLoadChange(decimal, decimal)"/>).
    /// </summary>
    /// <param name="scoresBefore">Each person's score before, 1 to 10.</param>
    /// <param name="scoresAfter">The same people's scores after, same order and length, 1 to 10.</param>
    /// <returns>The change of the mean scores; undefined when no score is given.</returns>
    /// <remarks>
    /// <para>Formula: (mean after − mean before) / mean before. This is the change of the team's mean,
    /// not the mean of each person's change (7 → 3, 8 → 2, 9 → 4 is 8 → 3, −62.5 %, while the mean of
    /// −57.1 %, −75 % and −55.6 % is −62.6 %).</para>
    /// <para>Undefined: no score (<see cref="UndefinedReason.EmptyInput"/>).
    /// Catalogue id <c>mental_load_change</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 1 to 10.</exception>
    /// <example>
    /// <code>
    /// Satisfaction.MentalLoadChange([7m, 8m, 9m], [3m, 2m, 4m]).Value.Relative.Value; // −62.5 %
    /// </code>
    /// </example>
    public static KpiResult<Change<decimal, decimal>> MentalLoadChange(ReadOnlySpan<decimal> scoresBefore, ReadOnlySpan<decimal> scoresAfter)
    {
        Preconditions.SameLength(scoresBefore.Length, scoresAfter.Length, nameof(scoresBefore), nameof(scoresAfter));

        var sumBefore = 0m;
        var sumAfter = 0m;
        for (var i = 0; i < scoresBefore.Length; i++)
        {
            if (scoresBefore[i] < MentalLoadMinimumScore || scoresBefore[i] > MentalLoadMaximumScore)
            {
                Preconditions.ThrowOutOfRange(nameof(scoresBefore), scoresBefore[i], "Row {0}: " + MentalLoadScoreRule, i);
            }

            if (scoresAfter[i] < MentalLoadMinimumScore || scoresAfter[i] > MentalLoadMaximumScore)
            {
                Preconditions.ThrowOutOfRange(nameof(scoresAfter), scoresAfter[i], "Row {0}: " + MentalLoadScoreRule, i);
            }

            sumBefore += scoresBefore[i];
            sumAfter += scoresAfter[i];
        }

        return scoresBefore.IsEmpty
            ? KpiResult.Undefined<Change<decimal, decimal>>(KpiIds.MentalLoadChange, UndefinedReason.EmptyInput, "no score was given.")
            : KpiResult.Defined(KpiIds.MentalLoadChange, MeanChange(sumBefore, sumAfter, scoresBefore.Length));
    }

    // The relative change is taken from the sums, exactly: (ΣA/n − ΣB/n) / (ΣB/n) = (ΣA − ΣB) / ΣB.
    private static Change<decimal, decimal> MeanChange(decimal sumBefore, decimal sumAfter, int count)
    {
        var before = sumBefore / count;
        var after = sumAfter / count;
        return new Change<decimal, decimal>(before, after, after - before, Change.Relative(sumBefore, sumAfter));
    }

    private static KpiResult<decimal> Score(long promoters, long detractors, long total) =>
        KpiResult.Defined(KpiIds.Nps, 100m * (promoters - detractors) / total);
}
