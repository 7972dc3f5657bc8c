using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The serializable state of an <see cref="NpsAccumulator"/>.</summary>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
/// <example>
/// <code>
/// var copy = NpsAccumulator.FromState(JsonSerializer.Deserialize&lt;NpsState&gt;(JsonSerializer.Serialize(nps.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(NpsStateJsonConverter))]
public sealed record NpsState(long Promoters, long Passives, long Detractors)
{
    /// <summary>Answers of 9 or 10.</summary>
    public long Promoters { get; } = Promoters;

    /// <summary>Answers of 7 or 8.</summary>
    public long Passives { get; } = Passives;

    /// <summary>Answers of 0 to 6.</summary>
    public long Detractors { get; } = Detractors;
}

/// <summary>The Net Promoter Score of the answers an <see cref="NpsAccumulator"/> counted, with the counts.</summary>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
/// <param name="Score">
/// 100 × (promoters − detractors) / answers, from <see cref="Satisfaction.NetPromoterScore(long, long, long)"/>
/// (id <c>nps</c>), exact; undefined (<see cref="UndefinedReason.EmptyInput"/>) with no answer.
/// </param>
/// <example>
/// <code>
/// var (promoters, passives, detractors, score) = nps.Result();
/// </code>
/// </example>
[JsonConverter(typeof(NpsResultJsonConverter))]
public readonly record struct NpsResult(long Promoters, long Passives, long Detractors, KpiResult<decimal> Score)
{
    /// <summary>Answers of 9 or 10.</summary>
    public long Promoters { get; } = Promoters;

    /// <summary>Answers of 7 or 8.</summary>
    public long Passives { get; } = Passives;

    /// <summary>Answers of 0 to 6.</summary>
    public long Detractors { get; } = Detractors;

    /// <summary>100 × (promoters − detractors) / answers, from <see cref="Satisfaction.NetPromoterScore(long, long, long)"/> (id <c>nps</c>), exact; undefined (<see cref="UndefinedReason.EmptyInput"/>) with no answer.</summary>
    public KpiResult<decimal> Score { get; } = Score;

    /// <summary>Every answer: promoters + passives + detractors.</summary>
    /// <example>
    /// <code>
    /// nps.Result().Answers; // 10 for the ten answers of the example above
    /// </code>
    /// </example>
    public long Answers => Promoters + Passives + Detractors;
}

/// <summary>
/// Net Promoter Score (NPS) over millions of 0-to-10 answers: promoters, passives and detractors
/// counted with vector compares at memory speed.
/// </summary>
/// <remarks>
/// <para>Formula: 100 × (promoters − detractors) / answers, promoters answering 9 or 10 and detractors
/// 0 to 6 (<see cref="Satisfaction.NetPromoterScore(ReadOnlySpan{byte})"/>, whose result this equals).</para>
/// <para>How: each batch is read once with vector compares (answers above 8, above 6 and above 10)
/// whose masks are summed in byte lanes, 255 vectors at a time; an answer above 10 rejects the whole
/// batch with its position. Catalogue id <c>nps</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var nps = new NpsAccumulator();
/// nps.Add([10, 9, 9, 8, 7, 3, 10, 6, 9, 10]);
/// nps.Result().Score.Value; // 40: 6 promoters, 2 detractors of 10 answers
/// </code>
/// </example>
public sealed class NpsAccumulator : IAccumulator<NpsAccumulator, NpsResult>
{
    private const string AnswerRule = "The answer must be on the Net Promoter Score's 0-to-10 scale.";

    private long promoters;
    private long passives;
    private long detractors;

    /// <summary>Creates an accumulator with no answer yet (its score is undefined until answers are added).</summary>
    /// <example>
    /// <code>
    /// var nps = new NpsAccumulator();
    /// nps.Result().Score.Reason; // EmptyInput
    /// </code>
    /// </example>
    public NpsAccumulator()
    {
    }

    /// <summary>A snapshot of the state.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(nps.State); // {"Promoters":6,"Passives":2,"Detractors":2}
    /// </code>
    /// </example>
    public NpsState State => new(promoters, passives, detractors);

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative, or the counts add up beyond <see cref="long.MaxValue"/> (the result could not count the answers).</exception>
    /// <example>
    /// <code>
    /// var nps = NpsAccumulator.FromState(new NpsState(50, 32, 18)); // NPS 32
    /// </code>
    /// </example>
    public static NpsAccumulator FromState(NpsState state)
    {
        Preconditions.NotNull(state);
        Preconditions.StateNotNegative(state.Promoters, nameof(state.Promoters), nameof(state));
        Preconditions.StateNotNegative(state.Passives, nameof(state.Passives), nameof(state));
        Preconditions.StateNotNegative(state.Detractors, nameof(state.Detractors), nameof(state));
        Preconditions.StateSumFits([state.Promoters, state.Passives, state.Detractors], "Promoters, Passives and Detractors", nameof(state));
        return new NpsAccumulator { promoters = state.Promoters, passives = state.Passives, detractors = state.Detractors };
    }

    /// <summary>Adds answers, each 0 to 10.</summary>
    /// <param name="scores">The answers.</param>
    /// <exception cref="ArgumentOutOfRangeException">An answer is above 10 (the first such row is reported); nothing of the batch is counted.</exception>
    /// <exception cref="OverflowException">The answers in all would be beyond <see cref="long.MaxValue"/>; nothing of the batch is counted.</exception>
    /// <example>
    /// <code>
    /// nps.Add(surveyScores); // byte[] of 10 million answers
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<byte> scores)
    {
        var (atLeastNine, atLeastSeven, invalid) = Count(scores);
        if (invalid)
        {
            var bad = scores.IndexOfAnyInRange((byte)(Satisfaction.NpsMaximumAnswer + 1), byte.MaxValue);
            Preconditions.ThrowOutOfRange(nameof(scores), scores[bad], "Row {0}: " + AnswerRule, bad);
        }

        var newPromoters = checked(promoters + atLeastNine);
        var newPassives = checked(passives + (atLeastSeven - atLeastNine));
        var newDetractors = checked(detractors + (scores.Length - atLeastSeven));
        _ = checked(newPromoters + newPassives + newDetractors);
        promoters = newPromoters;
        passives = newPassives;
        detractors = newDetractors;
    }

    /// <summary>Adds one answer.</summary>
    /// <param name="score">The answer, 0 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is above 10.</exception>
    /// <exception cref="OverflowException">The answers in all would be beyond <see cref="long.MaxValue"/>.</exception>
    /// <example>
    /// <code>
    /// nps.Add(9);
    /// </code>
    /// </example>
    public void Add(byte score)
    {
        _ = checked(promoters + passives + detractors + 1);
        switch (Satisfaction.ClassifyNpsAnswer(score))
        {
            case NpsCategory.Promoter: promoters = checked(promoters + 1); break;
            case NpsCategory.Passive: passives = checked(passives + 1); break;
            default: detractors = checked(detractors + 1); break;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="other"/> is this accumulator.</exception>
    /// <exception cref="OverflowException">A merged count, or the answers in all, would be beyond the range of <see cref="long"/>; nothing is merged.</exception>
    public void Merge(NpsAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        var p = checked(promoters + other.promoters);
        var q = checked(passives + other.passives);
        var d = checked(detractors + other.detractors);
        _ = checked(p + q + d);
        promoters = p;
        passives = q;
        detractors = d;
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// var result = nps.Result();
    /// (result.Promoters, result.Detractors, result.Score);
    /// </code>
    /// </example>
    public NpsResult Result() =>
        new(promoters, passives, detractors, Satisfaction.NetPromoterScore(promoters, passives, detractors));

    /// <summary>The NPS of records that are not in columns.</summary>
    /// <typeparam name="TRecord">The survey answer record type.</typeparam>
    /// <param name="answers">The answers.</param>
    /// <param name="score">Reads an answer's score, 0 to 10.</param>
    /// <returns>The counts and the score.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is above 10.</exception>
    /// <example>
    /// <code>
    /// NpsAccumulator.Aggregate(responses, r =&gt; r.Score).Score.Value;
    /// </code>
    /// </example>
    public static NpsResult Aggregate<TRecord>(IEnumerable<TRecord> answers, Func<TRecord, byte> score)
    {
        Preconditions.NotNull(answers);
        Preconditions.NotNull(score);
        var accumulator = new NpsAccumulator();
        foreach (var answer in answers)
        {
            var value = score(answer);
            if (value > Satisfaction.NpsMaximumAnswer)
            {
                Preconditions.ThrowOutOfRange(nameof(score), value, AnswerRule);
            }

            accumulator.Add(value);
        }

        return accumulator.Result();
    }

    /// <summary>Answers ≥ 9, answers ≥ 7, and whether any answer is above 10.</summary>
    private static (long AtLeastNine, long AtLeastSeven, bool Invalid) Count(ReadOnlySpan<byte> scores)
    {
        long nine = 0;
        long seven = 0;
        var invalid = false;
        var i = 0;
        var step = Vector<byte>.Count;
        if (Vector.IsHardwareAccelerated && scores.Length >= step)
        {
            var eight = new Vector<byte>(8);
            var six = new Vector<byte>(6);
            var ten = new Vector<byte>(10);
            var bad = Vector<byte>.Zero;
            ref var start = ref MemoryMarshal.GetReference(scores);
            while (i <= scores.Length - step)
            {
                // Byte lanes count at most 255 vectors before they would wrap.
                var nines = Vector<byte>.Zero;
                var sevens = Vector<byte>.Zero;
                var end = Math.Min(scores.Length - step, i + (254 * step));
                for (; i <= end; i += step)
                {
                    var v = Vector.LoadUnsafe(ref start, (nuint)i);
                    nines -= Vector.GreaterThan(v, eight);
                    sevens -= Vector.GreaterThan(v, six);
                    bad |= Vector.GreaterThan(v, ten);
                }

                nine += SumBytes(nines);
                seven += SumBytes(sevens);
            }

            invalid = bad != Vector<byte>.Zero;
        }

        for (; i < scores.Length; i++)
        {
            var score = scores[i];
            nine += score > 8 ? 1 : 0;
            seven += score > 6 ? 1 : 0;
            invalid |= score > 10;
        }

        return (nine, seven, invalid);
    }

    private static long SumBytes(Vector<byte> lanes)
    {
        Vector.Widen(lanes, out var low, out var high);
        Vector.Widen(low + high, out var lowInts, out var highInts);
        return Vector.Sum(lowInts + highInts);
    }
}
