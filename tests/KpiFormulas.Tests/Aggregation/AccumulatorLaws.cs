using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>One random case of the merge laws: a seed for the data, a row count and two cut points.</summary>
public sealed record LawCase(int Seed, int Rows, int FirstCut, int SecondCut, int Partitions)
{
    /// <summary>Seeds, up to <paramref name="maxRows"/> rows, cuts 0 ≤ i ≤ j ≤ rows (empty parts included), 2 to 4 partitions.</summary>
    public static Gen<LawCase> Gen(int maxRows) =>
        from seed in FsCheck.Fluent.Gen.Choose(int.MinValue, int.MaxValue)
        from rows in FsCheck.Fluent.Gen.Choose(0, maxRows)
        from a in FsCheck.Fluent.Gen.Choose(0, rows)
        from b in FsCheck.Fluent.Gen.Choose(0, rows)
        from partitions in FsCheck.Fluent.Gen.Choose(2, 4)
        select new LawCase(seed, rows, Math.Min(a, b), Math.Max(a, b), partitions);
}

/// <summary>
/// The laws every accumulator must keep, checked on random data with FsCheck (1000 cases):
/// merge(agg(a), agg(b)) == agg(a ++ b) for random splits, associativity and commutativity of
/// merge, a JSON round trip of the state that merges to the same result, and
/// <see cref="Partitioned.Aggregate{TAccumulator}(int, Func{TAccumulator}, Action{TAccumulator, Range}, int)"/>
/// on 2 to 4 partitions equal to one pass. Results are compared through a canonical text that holds
/// every number exactly (decimal bits included), so that a failure shows both sides.
/// </summary>
public static class AccumulatorLaws
{
    /// <summary>The laws as one property over random <see cref="LawCase"/>s of up to <paramref name="maxRows"/> rows.</summary>
    public static Property Hold<TData, TAccumulator, TResult, TState>(
        int maxRows,
        Func<Random, int, TData> make,
        Func<TData, Range, TData> slice,
        Func<TAccumulator> create,
        Action<TAccumulator, TData> add,
        Func<TAccumulator, TState> state,
        Func<TState, TAccumulator> fromState,
        Func<TResult, string> canonical)
        where TAccumulator : class, IAccumulator<TAccumulator, TResult>
    {
        return Prop.ForAll(LawCase.Gen(maxRows).ToArbitrary(), c =>
        {
            var data = make(new Random(c.Seed), c.Rows);
            TAccumulator Agg(Range rows)
            {
                var accumulator = create();
                add(accumulator, slice(data, rows));
                return accumulator;
            }

            TAccumulator Merged(TAccumulator left, TAccumulator right)
            {
                left.Merge(right);
                return left;
            }

            var i = c.FirstCut;
            var j = c.SecondCut;
            var whole = canonical(Agg(0..c.Rows).Result());

            // merge(agg(a), agg(b)) == agg(a ++ b)
            Equal(whole, canonical(Merged(Agg(0..i), Agg(i..c.Rows)).Result()), "split", c);

            // associativity and commutativity
            var leftFirst = canonical(Merged(Merged(Agg(0..i), Agg(i..j)), Agg(j..c.Rows)).Result());
            var rightFirst = canonical(Merged(Agg(0..i), Merged(Agg(i..j), Agg(j..c.Rows))).Result());
            Equal(leftFirst, rightFirst, "associativity", c);
            Equal(whole, leftFirst, "three parts", c);
            Equal(canonical(Merged(Agg(0..i), Agg(i..c.Rows)).Result()), canonical(Merged(Agg(i..c.Rows), Agg(0..i)).Result()), "commutativity", c);

            // state JSON round trip, then merge
            var a = fromState(JsonSerializer.Deserialize<TState>(JsonSerializer.Serialize(state(Agg(0..i))))!);
            var b = fromState(JsonSerializer.Deserialize<TState>(JsonSerializer.Serialize(state(Agg(i..c.Rows))))!);
            Equal(whole, canonical(Merged(a, b).Result()), "JSON round trip", c);

            // partitions on all cores
            var partitioned = Partitioned.Aggregate(c.Rows, create, (acc, rows) => add(acc, slice(data, rows)), c.Partitions);
            Equal(whole, canonical(partitioned.Result()), "Partitioned.Aggregate", c);
            return true;
        });
    }

    private static void Equal(string expected, string actual, string law, LawCase c)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{law} broken for {c}:\nexpected {expected}\nactual   {actual}");
        }
    }

    /// <summary>The exact bits of a decimal (value and scale), for bit-for-bit comparisons.</summary>
    public static string Bits(decimal value) => string.Join(":", decimal.GetBits(value).Select(b => b.ToString("x8")));

    /// <summary>A KPI result as text: the value (decimal bits for money) or the id and reason.</summary>
    public static string Text(KpiResult<Money> result) =>
        result.TryGetValue(out var money) ? $"{result.KpiId}={Bits(money.Amount)} {money.Currency.Code}" : $"{result.KpiId}:{result.Reason}";

    public static string Text(KpiResult<Rate> result) =>
        result.TryGetValue(out var rate) ? $"{result.KpiId}={Bits(rate.Fraction)}" : $"{result.KpiId}:{result.Reason}";

    public static string Text<T>(KpiResult<T> result)
        where T : struct =>
        result.TryGetValue(out var value) ? $"{result.KpiId}={value}" : $"{result.KpiId}:{result.Reason}";
}
