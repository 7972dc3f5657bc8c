using System;
using System.Buffers;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>Working arrays of the keyed fast sums, allocated once per accumulator (per-key state only).</summary>
internal class KeyedScratch
{
    /// <summary>Lanes per key: the unrolled loops keep up to four copies of each key's sum and count.</summary>
    internal const int LaneCopies = 4;

    internal KeyedScratch(int keyCount)
    {
        Lanes = new ulong[LaneCopies * keyCount];
        LaneCounts = new ulong[LaneCopies * keyCount];
        Exact = new UInt128[keyCount];
        RowCounts = new long[keyCount];
    }

    /// <summary>The block sums, <see cref="LaneCopies"/> consecutive runs of one slot per key.</summary>
    internal ulong[] Lanes { get; }

    /// <summary>The block row counts, laid out as <see cref="Lanes"/>.</summary>
    internal ulong[] LaneCounts { get; }

    /// <summary>The exact sum of the batch, per key.</summary>
    internal UInt128[] Exact { get; }

    /// <summary>The rows of the batch, per key.</summary>
    internal long[] RowCounts { get; }

    internal void ClearExact()
    {
        Array.Clear(Exact);
        Array.Clear(RowCounts);
    }

    /// <summary>
    /// Packed lanes hold a block's sum in their low <see cref="PackedCountShift"/> bits and its row
    /// count above, so that a row is one read-modify-write (<c>lane += value + PackedRow</c>) instead
    /// of two. A packed block has at most <see cref="PackedBlockRows"/> rows of values below 2^40:
    /// its sum stays below 2^51 and its count below 2^13, so neither field spills into the other.
    /// </summary>
    internal const int PackedCountShift = 51;

    /// <summary>One row in a packed lane: a count of one above the sum bits.</summary>
    internal const ulong PackedRow = 1UL << PackedCountShift;

    /// <summary>The most rows of a packed block: 2^11 values below 2^40 sum below 2^51.</summary>
    internal const int PackedBlockRows = 1 << 11;

    /// <summary>Up to this many keys, the loops use packed lanes: flushing them every <see cref="PackedBlockRows"/> rows costs at most a few percent.</summary>
    internal const int PackedMaxKeys = 64;

    /// <summary>Adds the block's packed lanes (sum and count in one word) into <see cref="Exact"/> and <see cref="RowCounts"/>.</summary>
    internal void FlushPackedLanes()
    {
        var keyCount = Exact.Length;
        for (var k = 0; k < keyCount; k++)
        {
            ulong sum = 0;
            ulong rows = 0;
            for (var copy = 0; copy < LaneCopies; copy++)
            {
                var lane = Lanes[(copy * keyCount) + k];
                sum += lane & (PackedRow - 1);
                rows += lane >> PackedCountShift;
            }

            Exact[k] += sum;
            RowCounts[k] += (long)rows;
        }
    }

    /// <summary>Adds the block's lanes into <see cref="Exact"/> and <see cref="RowCounts"/>.</summary>
    internal void FlushLanes()
    {
        var keyCount = Exact.Length;
        for (var k = 0; k < keyCount; k++)
        {
            UInt128 sum = 0;
            ulong rows = 0;
            for (var copy = 0; copy < LaneCopies; copy++)
            {
                sum += Lanes[(copy * keyCount) + k];
                rows += LaneCounts[(copy * keyCount) + k];
            }

            Exact[k] += sum;
            RowCounts[k] += (long)rows;
        }
    }
}

/// <summary>Keyed scratch with spare per-key totals and counts, swapped with the live ones on commit.</summary>
/// <typeparam name="T">The total type: decimal or long.</typeparam>
internal sealed class KeyedScratch<T> : KeyedScratch
{
    internal KeyedScratch(int keyCount)
        : base(keyCount)
    {
        Totals = new T[keyCount];
        Counts = new long[keyCount];
    }

    internal T[] Totals { get; set; }

    internal long[] Counts { get; set; }
}

/// <summary>
/// Decimal totals: a grand total and row count, and one total and row count per key 0..KeyCount-1,
/// each equal to the plain checked loop over its rows in order.
/// </summary>
internal sealed class DecimalTotals
{
    private KeyedScratch<decimal>? scratch;

    internal DecimalTotals(int keyCount)
    {
        KeyTotals = new decimal[keyCount];
        KeyCounts = new long[keyCount];
    }

    internal decimal Total { get; set; }

    internal long Count { get; set; }

    internal decimal[] KeyTotals { get; set; }

    internal long[] KeyCounts { get; set; }

    internal int KeyCount => KeyTotals.Length;

    internal KeyedScratch<decimal> Scratch() => scratch ??= new KeyedScratch<decimal>(KeyCount);

    /// <summary>Adds unkeyed rows: the grand total and count only.</summary>
    internal void Add(ReadOnlySpan<decimal> values, string valuesName)
    {
        var total = ColumnSums.Sum(Total, values, valuesName);
        var count = checked(Count + values.Length);
        Total = total;
        Count = count;
    }

    /// <summary>Adds keyed rows: the grand total and each key's total.</summary>
    internal void Add<TKey>(ReadOnlySpan<decimal> values, ReadOnlySpan<TKey> keys, string valuesName, string keysName)
        where TKey : unmanaged
    {
        Preconditions.SameLength(values.Length, keys.Length, valuesName, keysName);
        ColumnSums.SumByKey(this, values, keys, valuesName, keysName);
    }

    /// <summary>One row: validated, then added (a decimal overflow leaves the totals unchanged).</summary>
    internal void Add(decimal value, int key, string valueName, string keyName)
    {
        if (!Columns.IsIndex(key, KeyCount))
        {
            Preconditions.ThrowIndexOutOfRange(keyName, 0, key, KeyCount);
        }

        if (value < 0m)
        {
            Preconditions.ThrowNegativeAmount(valueName, 0, value);
        }

        var keyTotal = KeyTotals[key] + value;
        var total = Total + value;
        var count = checked(Count + 1);
        KeyTotals[key] = keyTotal;
        KeyCounts[key]++;
        Total = total;
        Count = count;
    }

    /// <summary>
    /// The reference loops over keyed rows. The totals change only once every row is accepted: on
    /// copies for a batch at least an eighth of the key count, with an undo log for smaller ones.
    /// </summary>
    internal void AddPlain<TKey>(ReadOnlySpan<decimal> values, ReadOnlySpan<TKey> keys, string valuesName, string keysName)
        where TKey : unmanaged
    {
        var keyCount = KeyCount;
        var total = Total;
        var count = checked(Count + values.Length);
        if (values.Length >= keyCount / 8)
        {
            var work = Scratch();
            var keyTotals = work.Totals;
            var keyCounts = work.Counts;
            KeyTotals.CopyTo(keyTotals, 0);
            KeyCounts.CopyTo(keyCounts, 0);
            for (var i = 0; i < values.Length; i++)
            {
                var key = ColumnSums.KeyAt(keys, i);
                if (!Columns.IsIndex(key, keyCount))
                {
                    Preconditions.ThrowIndexOutOfRange(keysName, i, key, keyCount);
                }

                var value = values[i];
                if (value < 0m)
                {
                    Preconditions.ThrowNegativeAmount(valuesName, i, value);
                }

                keyTotals[key] += value;
                keyCounts[key]++;
                total += value;
            }

            work.Totals = KeyTotals;
            work.Counts = KeyCounts;
            KeyTotals = keyTotals;
            KeyCounts = keyCounts;
        }
        else
        {
            var undo = ArrayPool<(int Key, decimal Total)>.Shared.Rent(values.Length);
            var done = 0;
            try
            {
                for (; done < values.Length; done++)
                {
                    var key = ColumnSums.KeyAt(keys, done);
                    if (!Columns.IsIndex(key, keyCount))
                    {
                        Preconditions.ThrowIndexOutOfRange(keysName, done, key, keyCount);
                    }

                    var value = values[done];
                    if (value < 0m)
                    {
                        Preconditions.ThrowNegativeAmount(valuesName, done, value);
                    }

                    undo[done] = (key, KeyTotals[key]);
                    total += value;
                    KeyTotals[key] += value;
                    KeyCounts[key]++;
                }
            }
            catch (Exception)
            {
                for (var i = done - 1; i >= 0; i--)
                {
                    var (key, before) = undo[i];
                    KeyTotals[key] = before;
                    KeyCounts[key]--;
                }

                throw;
            }
            finally
            {
                ArrayPool<(int Key, decimal Total)>.Shared.Return(undo);
            }
        }

        Total = total;
        Count = count;
    }

    /// <summary>Adds another set of totals with the same keys (exact while the sums fit decimal's 96 bits at their scale).</summary>
    internal void Merge(DecimalTotals other)
    {
        var keyTotals = new decimal[KeyCount];
        var keyCounts = new long[KeyCount];
        for (var k = 0; k < keyTotals.Length; k++)
        {
            keyTotals[k] = Combine(KeyTotals[k], KeyCounts[k], other.KeyTotals[k], other.KeyCounts[k]);
            keyCounts[k] = checked(KeyCounts[k] + other.KeyCounts[k]);
        }

        var total = Combine(Total, Count, other.Total, other.Count);
        var count = checked(Count + other.Count);
        KeyTotals = keyTotals;
        KeyCounts = keyCounts;
        Total = total;
        Count = count;
        scratch = null;
    }

    /// <summary>Grows the key range (new keys start empty).</summary>
    internal void GrowKeys(int keyCount)
    {
        if (keyCount <= KeyCount)
        {
            return;
        }

        var keyTotals = KeyTotals;
        var keyCounts = KeyCounts;
        Array.Resize(ref keyTotals, keyCount);
        Array.Resize(ref keyCounts, keyCount);
        KeyTotals = keyTotals;
        KeyCounts = keyCounts;
        scratch = null;
    }

    /// <summary>
    /// The merged total of two parts: a part with no rows leaves the other untouched (so merging an
    /// empty partition never changes the scale of a total), otherwise the decimal sum.
    /// </summary>
    private static decimal Combine(decimal left, long leftRows, decimal right, long rightRows) =>
        rightRows == 0 ? left : leftRows == 0 ? right : left + right;
}

/// <summary>
/// Minor-unit totals (long): a grand total and row count, and one total and row count per key, each
/// equal to the checked plain loop over its rows.
/// </summary>
internal sealed class MinorUnitTotals
{
    private KeyedScratch<long>? scratch;

    internal MinorUnitTotals(int keyCount)
    {
        KeyTotals = new long[keyCount];
        KeyCounts = new long[keyCount];
    }

    internal long Total { get; set; }

    internal long Count { get; set; }

    internal long[] KeyTotals { get; set; }

    internal long[] KeyCounts { get; set; }

    internal int KeyCount => KeyTotals.Length;

    internal KeyedScratch<long> Scratch() => scratch ??= new KeyedScratch<long>(KeyCount);

    internal void Add(ReadOnlySpan<long> values, string valuesName)
    {
        var total = ColumnSums.Sum(Total, values, valuesName);
        var count = checked(Count + values.Length);
        Total = total;
        Count = count;
    }

    internal void Add<TKey>(ReadOnlySpan<long> values, ReadOnlySpan<TKey> keys, string valuesName, string keysName)
        where TKey : unmanaged
    {
        Preconditions.SameLength(values.Length, keys.Length, valuesName, keysName);
        ColumnSums.SumByKey(this, values, keys, valuesName, keysName);
    }

    internal void AddPlain<TKey>(ReadOnlySpan<long> values, ReadOnlySpan<TKey> keys, string valuesName, string keysName)
        where TKey : unmanaged
    {
        var keyCount = KeyCount;
        var total = Total;
        var count = checked(Count + values.Length);

        // Validate first: the only failure left is an overflow, checked before anything is written.
        for (var i = 0; i < values.Length; i++)
        {
            var key = ColumnSums.KeyAt(keys, i);
            if (!Columns.IsIndex(key, keyCount))
            {
                Preconditions.ThrowIndexOutOfRange(keysName, i, key, keyCount);
            }

            if (values[i] < 0)
            {
                Preconditions.ThrowNegativeAmount(valuesName, i, values[i]);
            }

            total = checked(total + values[i]);
        }

        // Every key total is at most the grand total, which fitted: no key can overflow.
        for (var i = 0; i < values.Length; i++)
        {
            var key = ColumnSums.KeyAt(keys, i);
            KeyTotals[key] += values[i];
            KeyCounts[key]++;
        }

        Total = total;
        Count = count;
    }

    internal void Merge(MinorUnitTotals other)
    {
        var total = checked(Total + other.Total);
        var count = checked(Count + other.Count);
        var keyCounts = new long[KeyCount];
        for (var k = 0; k < keyCounts.Length; k++)
        {
            keyCounts[k] = checked(KeyCounts[k] + other.KeyCounts[k]);
        }

        // Each key total is at most the grand total, which fitted.
        for (var k = 0; k < keyCounts.Length; k++)
        {
            KeyTotals[k] += other.KeyTotals[k];
        }

        KeyCounts = keyCounts;
        Total = total;
        Count = count;
    }

    internal void GrowKeys(int keyCount)
    {
        if (keyCount <= KeyCount)
        {
            return;
        }

        var keyTotals = KeyTotals;
        var keyCounts = KeyCounts;
        Array.Resize(ref keyTotals, keyCount);
        Array.Resize(ref keyCounts, keyCount);
        KeyTotals = keyTotals;
        KeyCounts = keyCounts;
        scratch = null;
    }
}
