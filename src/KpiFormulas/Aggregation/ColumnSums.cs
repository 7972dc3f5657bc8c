using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>
/// Exact sums of columns of non-negative amounts, as <see cref="decimal"/> or as <see cref="long"/>
/// minor units, in total and by small-integer key.
/// </summary>
/// <remarks>
/// <para>The reference is the plain loop <c>total += value</c> over the rows in order (for a key,
/// over that key's rows in order), in checked arithmetic. Every method here returns exactly what
/// that loop returns, bit for bit (<see cref="decimal.GetBits(decimal)"/> equal), or throws what it
/// throws.</para>
/// <para>Fast path for decimals: when every value of the batch has the same flags word (same
/// scale, sign clear), the 96-bit integer parts are summed with wide integer or vector adds and the
/// decimal is built once. While the exact total fits in 96 bits at the largest scale, no addition of
/// the plain loop rounds, so each partial sum of the loop is exact and keeps the largest scale: the
/// loop's result is that exact total at that scale, which is what the fast path builds (the sign of
/// a zero total is that of the running total, as in the loop, because every value added is
/// sign-clear). Whenever a precondition fails (mixed flags, a negative value, a total beyond 96 bits,
/// a key out of range, a row of 2^40 units or more in a keyed batch) the batch is summed again by
/// the plain loop from the untouched totals, which also reports the first bad row in row order.</para>
/// <para>Fast path for minor units: the values are summed in 64-bit lanes in blocks short enough to
/// never wrap (values below 2^40, blocks of 2^23 rows), then added with checked arithmetic; since all
/// values are non-negative, the partial sums grow, so the checked loop overflows exactly when the
/// total does.</para>
/// </remarks>
internal static class ColumnSums
{
    private const uint SignBit = 0x8000_0000;

    /// <summary>Rows of a keyed batch or of a minor-unit batch must be below 2^SmallBits units for the fast path.</summary>
    private const int SmallBits = 40;

    /// <summary>2^23 values below 2^40 sum below 2^63: no 64-bit lane can wrap within a block.</summary>
    private const int BlockRows = 1 << 23;

    private const int MinimumFastRows = 16;

    private static readonly UInt128 DecimalLimit = UInt128.One << 96;

    /// <summary>True when a decimal is laid out as the fast path reads it: flags, hi32, lo32, mid32 (little-endian .NET).</summary>
    internal static readonly bool FastDecimalLayout = CheckLayout();

    // ---- decimals, total ----------------------------------------------------------------------

    /// <summary>The reference: <c>total += value</c> row by row, rejecting negative values.</summary>
    internal static decimal PlainSum(decimal total, ReadOnlySpan<decimal> values, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value < 0m)
            {
                Preconditions.ThrowNegativeAmount(paramName, i, value);
            }

            total += value;
        }

        return total;
    }

    /// <summary><paramref name="total"/> plus the values, exactly as <see cref="PlainSum(decimal, ReadOnlySpan{decimal}, string)"/>.</summary>
    internal static decimal Sum(decimal total, ReadOnlySpan<decimal> values, string paramName)
    {
        if (values.Length >= MinimumFastRows
            && FastDecimalLayout
            && TrySumUniform(values, out var sum)
            && TryAddExact(total, sum, out var result))
        {
            return result;
        }

        return PlainSum(total, values, paramName);
    }

    /// <summary>
    /// The exact sum of values that all share one sign-clear flags word, summed as 96-bit integers
    /// with vector adds; false when the flags differ or the sum needs more than 96 bits.
    /// <paramref name="allowVector512"/> false forces the <see cref="Vector{T}"/> path (for tests on AVX-512 machines).
    /// </summary>
    internal static bool TrySumUniform(ReadOnlySpan<decimal> values, out decimal sum, bool allowVector512 = true)
    {
        sum = 0m;
        if (values.IsEmpty)
        {
            return false;
        }

        var flags = (ulong)MemoryMarshal.Cast<decimal, uint>(values)[0];
        if ((flags & SignBit) != 0)
        {
            return false;
        }

        // Sums of the hi32, lo32 and mid32 words: at most 2^29 decimals in a span, each word below
        // 2^32, so each sum stays below 2^61.
        ulong sumHi = 0;
        ulong sumLo = 0;
        ulong sumMid = 0;
        ulong diff = 0;
        var rows = MemoryMarshal.Cast<decimal, ulong>(values);
        var r = 0;
        unchecked
        {
            // A decimal is two 64-bit lanes: flags | hi32 << 32, then lo32 | mid32 << 32. Even lanes:
            // the low half is checked against the first flags, the high half summed (hi32). Odd
            // lanes: both halves summed (lo32, mid32). Five operations a load: the differences from
            // the flags are ORed whole (the odd lanes and high halves are masked off once, after the
            // loop); the whole lanes and their high halves are summed, and the low halves' sum is
            // their difference: whole − high × 2^32, exact modulo 2^64 because it is below 2^61.
            if (allowVector512 && Vector512.IsHardwareAccelerated && rows.Length >= 2 * Vector512<ulong>.Count)
            {
                var flagsLanes = Vector512.Create(flags, 0UL, flags, 0UL, flags, 0UL, flags, 0UL);
                var flagsMask = Vector512.Create(0xFFFF_FFFFUL, 0UL, 0xFFFF_FFFFUL, 0UL, 0xFFFF_FFFFUL, 0UL, 0xFFFF_FFFFUL, 0UL);
                var (d0, d1, w0, w1, h0, h1) = (Vector512<ulong>.Zero, Vector512<ulong>.Zero, Vector512<ulong>.Zero, Vector512<ulong>.Zero, Vector512<ulong>.Zero, Vector512<ulong>.Zero);
                ref var start = ref MemoryMarshal.GetReference(rows);
                var step = Vector512<ulong>.Count;
                for (; r <= rows.Length - (2 * step); r += 2 * step)
                {
                    var v0 = Vector512.LoadUnsafe(ref start, (nuint)r);
                    var v1 = Vector512.LoadUnsafe(ref start, (nuint)(r + step));
                    d0 |= v0 ^ flagsLanes;
                    d1 |= v1 ^ flagsLanes;
                    w0 += v0;
                    w1 += v1;
                    h0 += v0 >>> 32;
                    h1 += v1 >>> 32;
                }

                diff |= Vector512.Sum((d0 | d1) & flagsMask);
                var high = h0 + h1;
                var low = w0 + w1 - (high << 32);
                for (var j = 0; j < step; j += 2)
                {
                    sumHi += high[j];
                    sumLo += low[j + 1];
                    sumMid += high[j + 1];
                }
            }
            else if (Vector.IsHardwareAccelerated && Vector<ulong>.Count % 2 == 0 && rows.Length >= 2 * Vector<ulong>.Count)
            {
                var step = Vector<ulong>.Count;
                Span<ulong> flagsLanes = stackalloc ulong[step];
                Span<ulong> maskLanes = stackalloc ulong[step];
                for (var j = 0; j < step; j++)
                {
                    flagsLanes[j] = j % 2 == 0 ? flags : 0UL;
                    maskLanes[j] = j % 2 == 0 ? 0xFFFF_FFFFUL : 0UL;
                }

                var flagsVector = new Vector<ulong>(flagsLanes);
                var flagsMask = new Vector<ulong>(maskLanes);
                var (d0, d1, w0, w1, h0, h1) = (Vector<ulong>.Zero, Vector<ulong>.Zero, Vector<ulong>.Zero, Vector<ulong>.Zero, Vector<ulong>.Zero, Vector<ulong>.Zero);
                ref var start = ref MemoryMarshal.GetReference(rows);
                for (; r <= rows.Length - (2 * step); r += 2 * step)
                {
                    var v0 = Vector.LoadUnsafe(ref start, (nuint)r);
                    var v1 = Vector.LoadUnsafe(ref start, (nuint)(r + step));
                    d0 |= v0 ^ flagsVector;
                    d1 |= v1 ^ flagsVector;
                    w0 += v0;
                    w1 += v1;
                    h0 += Vector.ShiftRightLogical(v0, 32);
                    h1 += Vector.ShiftRightLogical(v1, 32);
                }

                diff |= Vector.Sum((d0 | d1) & flagsMask);
                var high = h0 + h1;
                var low = w0 + w1 - Vector.ShiftLeft(high, 32);
                for (var j = 0; j < step; j += 2)
                {
                    sumHi += high[j];
                    sumLo += low[j + 1];
                    sumMid += high[j + 1];
                }
            }

            for (; r < rows.Length; r += 2)
            {
                diff |= (rows[r] & 0xFFFF_FFFFUL) ^ flags;
                sumHi += rows[r] >> 32;
                sumLo += rows[r + 1] & 0xFFFF_FFFFUL;
                sumMid += rows[r + 1] >> 32;
            }
        }

        if (diff != 0)
        {
            return false;
        }

        var exact = sumLo + ((UInt128)sumMid << 32) + ((UInt128)sumHi << 64);
        if (exact >= DecimalLimit)
        {
            return false;
        }

        sum = FromMagnitude(exact, unchecked((byte)(flags >> 16)));
        return true;
    }

    // ---- decimals, by key ------------------------------------------------------------------------

    /// <summary>
    /// Adds the values into <paramref name="totals"/>: the grand total, the row count, and each key's
    /// total and row count, exactly as the plain loops over all rows and over each key's rows. On any
    /// exception the totals are unchanged.
    /// </summary>
    internal static void SumByKey<TKey>(DecimalTotals totals, ReadOnlySpan<decimal> values, ReadOnlySpan<TKey> keys, string valuesName, string keysName)
        where TKey : unmanaged
    {
        var keyCount = totals.KeyCount;
        var scratch = totals.Scratch();
        if (values.Length >= MinimumFastRows
            && FastDecimalLayout
            && TryKeyedSmallDecimals(values, keys, keyCount, scratch, out var scale)
            && TryCommitKeyed(totals, scratch, scale))
        {
            return;
        }

        totals.AddPlain(values, keys, valuesName, keysName);
    }

    /// <summary>
    /// Per-key sums of the 64-bit low words into <see cref="KeyedScratch.Exact"/> and row counts into
    /// <see cref="KeyedScratch.RowCounts"/>; false when a row's flags differ from the first row's
    /// (or are negative), a row is 2^40 units or more, or a key is out of range.
    /// </summary>
    private static bool TryKeyedSmallDecimals<TKey>(ReadOnlySpan<decimal> values, ReadOnlySpan<TKey> keys, int keyCount, KeyedScratch scratch, out byte scale)
        where TKey : unmanaged
    {
        var words = MemoryMarshal.Cast<decimal, ulong>(values);
        var head = words[0];
        scale = (byte)((head >> 16) & 0xFF);

        // The first word of a decimal is flags | hi32 << 32: equal to the first row's flags with
        // hi32 = 0 exactly when the row has the same flags and fits in its 64-bit low word.
        var expected = head & 0xFFFF_FFFFUL;
        if ((expected & SignBit) != 0)
        {
            return false;
        }

        if (!TryPrecheck(keys, keyCount, out var prechecked))
        {
            return false;
        }

        scratch.ClearExact();
        if (keyCount <= KeyedScratch.PackedMaxKeys)
        {
            return TryKeyedSmallDecimalsPacked(words, keys, keyCount, prechecked, expected, scratch);
        }

        var sums = scratch.Lanes;
        var counts = scratch.LaneCounts;
        for (var blockStart = 0; blockStart < values.Length; blockStart += BlockRows)
        {
            var blockEnd = Math.Min(values.Length, blockStart + BlockRows);
            Array.Clear(sums);
            Array.Clear(counts);
            ref var s0 = ref MemoryMarshal.GetArrayDataReference(sums);
            ref var s1 = ref Unsafe.Add(ref s0, keyCount);
            ref var s2 = ref Unsafe.Add(ref s1, keyCount);
            ref var s3 = ref Unsafe.Add(ref s2, keyCount);
            ref var c0 = ref MemoryMarshal.GetArrayDataReference(counts);
            ref var c1 = ref Unsafe.Add(ref c0, keyCount);
            ref var c2 = ref Unsafe.Add(ref c1, keyCount);
            ref var c3 = ref Unsafe.Add(ref c2, keyCount);
            ref var row = ref MemoryMarshal.GetReference(words);
            ulong heads = 0;
            ulong lows = 0;
            var i = blockStart;
            unchecked
            {
                // Four copies of the per-key sums, one per unrolled row, so that rows of the same key
                // in a row do not wait on each other's stores.
                for (; i <= blockEnd - 4; i += 4)
                {
                    var k0 = KeyAt(keys, i);
                    var k1 = KeyAt(keys, i + 1);
                    var k2 = KeyAt(keys, i + 2);
                    var k3 = KeyAt(keys, i + 3);
                    if (!prechecked && (((uint)k0 >= (uint)keyCount) | ((uint)k1 >= (uint)keyCount) | ((uint)k2 >= (uint)keyCount) | ((uint)k3 >= (uint)keyCount)))
                    {
                        return false;
                    }

                    var low0 = Unsafe.Add(ref row, (2 * i) + 1);
                    var low1 = Unsafe.Add(ref row, (2 * i) + 3);
                    var low2 = Unsafe.Add(ref row, (2 * i) + 5);
                    var low3 = Unsafe.Add(ref row, (2 * i) + 7);
                    heads |= (Unsafe.Add(ref row, 2 * i) ^ expected) | (Unsafe.Add(ref row, (2 * i) + 2) ^ expected)
                        | (Unsafe.Add(ref row, (2 * i) + 4) ^ expected) | (Unsafe.Add(ref row, (2 * i) + 6) ^ expected);
                    lows |= low0 | low1 | low2 | low3;
                    Unsafe.Add(ref s0, k0) += low0;
                    Unsafe.Add(ref c0, k0)++;
                    Unsafe.Add(ref s1, k1) += low1;
                    Unsafe.Add(ref c1, k1)++;
                    Unsafe.Add(ref s2, k2) += low2;
                    Unsafe.Add(ref c2, k2)++;
                    Unsafe.Add(ref s3, k3) += low3;
                    Unsafe.Add(ref c3, k3)++;
                }

                for (; i < blockEnd; i++)
                {
                    var k = KeyAt(keys, i);
                    if ((uint)k >= (uint)keyCount)
                    {
                        return false;
                    }

                    var low = Unsafe.Add(ref row, (2 * i) + 1);
                    heads |= Unsafe.Add(ref row, 2 * i) ^ expected;
                    lows |= low;
                    Unsafe.Add(ref s0, k) += low;
                    Unsafe.Add(ref c0, k)++;
                }
            }

            if (heads != 0 || (lows >> SmallBits) != 0)
            {
                return false;
            }

            scratch.FlushLanes();
        }

        return true;
    }

    /// <summary>
    /// <see cref="TryKeyedSmallDecimals"/> for few keys: one read-modify-write a row into packed lanes
    /// (sum and count in one word, <see cref="KeyedScratch.PackedRow"/>), flushed every
    /// <see cref="KeyedScratch.PackedBlockRows"/> rows once the block is known to be small and uniform.
    /// </summary>
    private static bool TryKeyedSmallDecimalsPacked<TKey>(ReadOnlySpan<ulong> words, ReadOnlySpan<TKey> keys, int keyCount, bool prechecked, ulong expected, KeyedScratch scratch)
        where TKey : unmanaged
    {
        var lanes = scratch.Lanes;
        var rows = keys.Length;
        for (var blockStart = 0; blockStart < rows; blockStart += KeyedScratch.PackedBlockRows)
        {
            var blockEnd = Math.Min(rows, blockStart + KeyedScratch.PackedBlockRows);
            Array.Clear(lanes);
            ref var s0 = ref MemoryMarshal.GetArrayDataReference(lanes);
            ref var s1 = ref Unsafe.Add(ref s0, keyCount);
            ref var s2 = ref Unsafe.Add(ref s1, keyCount);
            ref var s3 = ref Unsafe.Add(ref s2, keyCount);
            ref var row = ref MemoryMarshal.GetReference(words);
            ulong heads = 0;
            ulong lows = 0;
            var i = blockStart;
            unchecked
            {
                // Four copies of the lanes, one per unrolled row, so that rows of the same key in a
                // row do not wait on each other's stores.
                for (; i <= blockEnd - 4; i += 4)
                {
                    var k0 = KeyAt(keys, i);
                    var k1 = KeyAt(keys, i + 1);
                    var k2 = KeyAt(keys, i + 2);
                    var k3 = KeyAt(keys, i + 3);
                    if (!prechecked && (((uint)k0 >= (uint)keyCount) | ((uint)k1 >= (uint)keyCount) | ((uint)k2 >= (uint)keyCount) | ((uint)k3 >= (uint)keyCount)))
                    {
                        return false;
                    }

                    var low0 = Unsafe.Add(ref row, (2 * i) + 1);
                    var low1 = Unsafe.Add(ref row, (2 * i) + 3);
                    var low2 = Unsafe.Add(ref row, (2 * i) + 5);
                    var low3 = Unsafe.Add(ref row, (2 * i) + 7);
                    heads |= (Unsafe.Add(ref row, 2 * i) ^ expected) | (Unsafe.Add(ref row, (2 * i) + 2) ^ expected)
                        | (Unsafe.Add(ref row, (2 * i) + 4) ^ expected) | (Unsafe.Add(ref row, (2 * i) + 6) ^ expected);
                    lows |= low0 | low1 | low2 | low3;
                    Unsafe.Add(ref s0, k0) += low0 + KeyedScratch.PackedRow;
                    Unsafe.Add(ref s1, k1) += low1 + KeyedScratch.PackedRow;
                    Unsafe.Add(ref s2, k2) += low2 + KeyedScratch.PackedRow;
                    Unsafe.Add(ref s3, k3) += low3 + KeyedScratch.PackedRow;
                }

                for (; i < blockEnd; i++)
                {
                    var k = KeyAt(keys, i);
                    if ((uint)k >= (uint)keyCount)
                    {
                        return false;
                    }

                    var low = Unsafe.Add(ref row, (2 * i) + 1);
                    heads |= Unsafe.Add(ref row, 2 * i) ^ expected;
                    lows |= low;
                    Unsafe.Add(ref s0, k) += low + KeyedScratch.PackedRow;
                }
            }

            // A row of 2^40 units or more may have spilled into the count bits: the block is refused
            // before its lanes are read.
            if (heads != 0 || (lows >> SmallBits) != 0)
            {
                return false;
            }

            scratch.FlushPackedLanes();
        }

        return true;
    }

    /// <summary>Adds the exact per-key sums of a batch to the totals when every addition is exact; false (totals untouched) otherwise.</summary>
    private static bool TryCommitKeyed(DecimalTotals totals, KeyedScratch<decimal> scratch, byte scale)
    {
        var keyCount = totals.KeyCount;
        var newTotals = scratch.Totals;
        var newCounts = scratch.Counts;
        UInt128 batch = 0;
        long rows = 0;
        for (var k = 0; k < keyCount; k++)
        {
            var count = scratch.RowCounts[k];
            if (count == 0)
            {
                newTotals[k] = totals.KeyTotals[k];
                newCounts[k] = totals.KeyCounts[k];
                continue;
            }

            // At most 2^29 rows below 2^40 units each: far below 2^96.
            var exact = scratch.Exact[k];
            batch += exact;
            rows += count;
            if (!TryAddExact(totals.KeyTotals[k], FromMagnitude(exact, scale), out newTotals[k]))
            {
                return false;
            }

            newCounts[k] = checked(totals.KeyCounts[k] + count);
        }

        if (!TryAddExact(totals.Total, FromMagnitude(batch, scale), out var total))
        {
            return false;
        }

        var allRows = checked(totals.Count + rows);
        scratch.Totals = totals.KeyTotals;
        scratch.Counts = totals.KeyCounts;
        totals.KeyTotals = newTotals;
        totals.KeyCounts = newCounts;
        totals.Total = total;
        totals.Count = allRows;
        return true;
    }

    // ---- minor units -----------------------------------------------------------------------------

    /// <summary>The reference: <c>checked(total + value)</c> row by row, rejecting negative values.</summary>
    internal static long PlainSum(long total, ReadOnlySpan<long> values, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value < 0)
            {
                Preconditions.ThrowNegativeAmount(paramName, i, value);
            }

            total = checked(total + value);
        }

        return total;
    }

    /// <summary><paramref name="total"/> plus the values, exactly as <see cref="PlainSum(long, ReadOnlySpan{long}, string)"/>.</summary>
    internal static long Sum(long total, ReadOnlySpan<long> values, string paramName)
    {
        if (values.Length < MinimumFastRows || total < 0)
        {
            return PlainSum(total, values, paramName);
        }

        var words = MemoryMarshal.Cast<long, ulong>(values);
        long result = total;
        for (var blockStart = 0; blockStart < words.Length; blockStart += BlockRows)
        {
            var block = words.Slice(blockStart, Math.Min(BlockRows, words.Length - blockStart));
            var (sum, seen) = SumSmallBlock(block);
            if ((seen >> SmallBits) != 0 || sum > long.MaxValue || (ulong)(long.MaxValue - result) < sum)
            {
                // A negative value, a large one, or a total beyond long: the reference decides.
                return PlainSum(total, values, paramName);
            }

            result += (long)sum;
        }

        return result;
    }

    /// <summary>The sum of a block of at most 2^23 values and the OR of all of them (the sum is meaningful when the OR is below 2^40).</summary>
    private static (ulong Sum, ulong Seen) SumSmallBlock(ReadOnlySpan<ulong> block)
    {
        ulong sum = 0;
        ulong seen = 0;
        var i = 0;
        unchecked
        {
            if (Vector.IsHardwareAccelerated && block.Length >= 2 * Vector<ulong>.Count)
            {
                var step = Vector<ulong>.Count;
                var acc0 = Vector<ulong>.Zero;
                var acc1 = Vector<ulong>.Zero;
                var or0 = Vector<ulong>.Zero;
                var or1 = Vector<ulong>.Zero;
                ref var start = ref MemoryMarshal.GetReference(block);
                for (; i <= block.Length - (2 * step); i += 2 * step)
                {
                    var v0 = Vector.LoadUnsafe(ref start, (nuint)i);
                    var v1 = Vector.LoadUnsafe(ref start, (nuint)(i + step));
                    acc0 += v0;
                    acc1 += v1;
                    or0 |= v0;
                    or1 |= v1;
                }

                var acc = acc0 + acc1;
                var or = or0 | or1;
                for (var j = 0; j < step; j++)
                {
                    sum += acc[j];
                    seen |= or[j];
                }
            }

            for (; i < block.Length; i++)
            {
                sum += block[i];
                seen |= block[i];
            }
        }

        return (sum, seen);
    }

    /// <summary>
    /// Adds minor units into <paramref name="totals"/> (grand total, row count, each key's total and
    /// row count) exactly as the checked plain loops; on any exception the totals are unchanged.
    /// </summary>
    internal static void SumByKey<TKey>(MinorUnitTotals totals, ReadOnlySpan<long> values, ReadOnlySpan<TKey> keys, string valuesName, string keysName)
        where TKey : unmanaged
    {
        var keyCount = totals.KeyCount;
        var scratch = totals.Scratch();
        if (values.Length >= MinimumFastRows
            && TryKeyedSmallLongs(values, keys, keyCount, scratch)
            && TryCommitKeyed(totals, scratch))
        {
            return;
        }

        totals.AddPlain(values, keys, valuesName, keysName);
    }

    private static bool TryKeyedSmallLongs<TKey>(ReadOnlySpan<long> values, ReadOnlySpan<TKey> keys, int keyCount, KeyedScratch scratch)
        where TKey : unmanaged
    {
        var words = MemoryMarshal.Cast<long, ulong>(values);
        if (!TryPrecheck(keys, keyCount, out var prechecked))
        {
            return false;
        }

        scratch.ClearExact();
        if (keyCount <= KeyedScratch.PackedMaxKeys)
        {
            return TryKeyedSmallLongsPacked(words, keys, keyCount, prechecked, scratch);
        }

        var sums = scratch.Lanes;
        var counts = scratch.LaneCounts;
        for (var blockStart = 0; blockStart < values.Length; blockStart += BlockRows)
        {
            var blockEnd = Math.Min(values.Length, blockStart + BlockRows);
            Array.Clear(sums);
            Array.Clear(counts);
            ref var s0 = ref MemoryMarshal.GetArrayDataReference(sums);
            ref var s1 = ref Unsafe.Add(ref s0, keyCount);
            ref var c0 = ref MemoryMarshal.GetArrayDataReference(counts);
            ref var c1 = ref Unsafe.Add(ref c0, keyCount);
            ref var row = ref MemoryMarshal.GetReference(words);
            ulong seen = 0;
            var i = blockStart;
            unchecked
            {
                for (; i <= blockEnd - 2; i += 2)
                {
                    var k0 = KeyAt(keys, i);
                    var k1 = KeyAt(keys, i + 1);
                    if (!prechecked && (((uint)k0 >= (uint)keyCount) | ((uint)k1 >= (uint)keyCount)))
                    {
                        return false;
                    }

                    var v0 = Unsafe.Add(ref row, i);
                    var v1 = Unsafe.Add(ref row, i + 1);
                    seen |= v0 | v1;
                    Unsafe.Add(ref s0, k0) += v0;
                    Unsafe.Add(ref c0, k0)++;
                    Unsafe.Add(ref s1, k1) += v1;
                    Unsafe.Add(ref c1, k1)++;
                }

                for (; i < blockEnd; i++)
                {
                    var k = KeyAt(keys, i);
                    if ((uint)k >= (uint)keyCount)
                    {
                        return false;
                    }

                    var v = Unsafe.Add(ref row, i);
                    seen |= v;
                    Unsafe.Add(ref s0, k) += v;
                    Unsafe.Add(ref c0, k)++;
                }
            }

            if ((seen >> SmallBits) != 0)
            {
                return false;
            }

            scratch.FlushLanes();
        }

        return true;
    }

    /// <summary><see cref="TryKeyedSmallLongs"/> for few keys: one read-modify-write a row into packed lanes (sum and count in one word).</summary>
    private static bool TryKeyedSmallLongsPacked<TKey>(ReadOnlySpan<ulong> words, ReadOnlySpan<TKey> keys, int keyCount, bool prechecked, KeyedScratch scratch)
        where TKey : unmanaged
    {
        var lanes = scratch.Lanes;
        var rows = keys.Length;
        for (var blockStart = 0; blockStart < rows; blockStart += KeyedScratch.PackedBlockRows)
        {
            var blockEnd = Math.Min(rows, blockStart + KeyedScratch.PackedBlockRows);
            Array.Clear(lanes);
            ref var s0 = ref MemoryMarshal.GetArrayDataReference(lanes);
            ref var s1 = ref Unsafe.Add(ref s0, keyCount);
            ref var s2 = ref Unsafe.Add(ref s1, keyCount);
            ref var s3 = ref Unsafe.Add(ref s2, keyCount);
            ref var row = ref MemoryMarshal.GetReference(words);
            ulong seen = 0;
            var i = blockStart;
            unchecked
            {
                for (; i <= blockEnd - 4; i += 4)
                {
                    var k0 = KeyAt(keys, i);
                    var k1 = KeyAt(keys, i + 1);
                    var k2 = KeyAt(keys, i + 2);
                    var k3 = KeyAt(keys, i + 3);
                    if (!prechecked && (((uint)k0 >= (uint)keyCount) | ((uint)k1 >= (uint)keyCount) | ((uint)k2 >= (uint)keyCount) | ((uint)k3 >= (uint)keyCount)))
                    {
                        return false;
                    }

                    var v0 = Unsafe.Add(ref row, i);
                    var v1 = Unsafe.Add(ref row, i + 1);
                    var v2 = Unsafe.Add(ref row, i + 2);
                    var v3 = Unsafe.Add(ref row, i + 3);
                    seen |= v0 | v1 | v2 | v3;
                    Unsafe.Add(ref s0, k0) += v0 + KeyedScratch.PackedRow;
                    Unsafe.Add(ref s1, k1) += v1 + KeyedScratch.PackedRow;
                    Unsafe.Add(ref s2, k2) += v2 + KeyedScratch.PackedRow;
                    Unsafe.Add(ref s3, k3) += v3 + KeyedScratch.PackedRow;
                }

                for (; i < blockEnd; i++)
                {
                    var k = KeyAt(keys, i);
                    if ((uint)k >= (uint)keyCount)
                    {
                        return false;
                    }

                    var v = Unsafe.Add(ref row, i);
                    seen |= v;
                    Unsafe.Add(ref s0, k) += v + KeyedScratch.PackedRow;
                }
            }

            // A negative value or one of 2^40 units or more may have spilled into the count bits: the
            // block is refused before its lanes are read.
            if ((seen >> SmallBits) != 0)
            {
                return false;
            }

            scratch.FlushPackedLanes();
        }

        return true;
    }

    private static bool TryCommitKeyed(MinorUnitTotals totals, KeyedScratch<long> scratch)
    {
        var keyCount = totals.KeyCount;
        var newTotals = scratch.Totals;
        var newCounts = scratch.Counts;
        UInt128 batch = 0;
        long rows = 0;
        for (var k = 0; k < keyCount; k++)
        {
            var count = scratch.RowCounts[k];
            var sum = (UInt128)(ulong)totals.KeyTotals[k] + scratch.Exact[k];
            if (sum > long.MaxValue)
            {
                return false;
            }

            newTotals[k] = (long)sum;
            newCounts[k] = checked(totals.KeyCounts[k] + count);
            batch += scratch.Exact[k];
            rows += count;
        }

        var total = (UInt128)(ulong)totals.Total + batch;
        if (total > long.MaxValue)
        {
            return false;
        }

        var allRows = checked(totals.Count + rows);
        scratch.Totals = totals.KeyTotals;
        scratch.Counts = totals.KeyCounts;
        totals.KeyTotals = newTotals;
        totals.KeyCounts = newCounts;
        totals.Total = (long)total;
        totals.Count = allRows;
        return true;
    }

    // ---- shared helpers --------------------------------------------------------------------------

    /// <summary>
    /// Byte keys are checked up front with one vector search (a few percent of the traffic of the
    /// amounts), so the unrolled loops skip their per-row key checks; <see cref="int"/> keys are
    /// checked in the loops. False when a byte key is out of range (the plain loop then reports it).
    /// </summary>
    private static bool TryPrecheck<TKey>(ReadOnlySpan<TKey> keys, int keyCount, out bool prechecked)
        where TKey : unmanaged
    {
        prechecked = false;
        if (typeof(TKey) != typeof(byte))
        {
            return true;
        }

        prechecked = keyCount > byte.MaxValue || MemoryMarshal.Cast<TKey, byte>(keys).IndexOfAnyInRange((byte)keyCount, byte.MaxValue) < 0;
        return prechecked;
    }

    /// <summary>A key column's value at a row, as an int (byte and int keys; the JIT keeps one branch per type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int KeyAt<TKey>(ReadOnlySpan<TKey> keys, int i)
        where TKey : unmanaged
    {
        if (typeof(TKey) == typeof(byte))
        {
            return Unsafe.As<TKey, byte>(ref Unsafe.AsRef(in keys[i]));
        }

        if (typeof(TKey) == typeof(int))
        {
            return Unsafe.As<TKey, int>(ref Unsafe.AsRef(in keys[i]));
        }

        throw new NotSupportedException("Keys are byte or int.");
    }

    /// <summary>
    /// <paramref name="a"/> + <paramref name="b"/> when the addition is exact (no rounding): b sign-clear,
    /// a sign-clear or a zero, and both magnitudes aligned to the larger scale summing below 2^96.
    /// </summary>
    internal static bool TryAddExact(decimal a, decimal b, out decimal result)
    {
        result = 0m;
        Split(a, out var aNegative, out var aScale, out var aMagnitude);
        Split(b, out var bNegative, out var bScale, out var bMagnitude);
        if (bNegative || (aNegative && aMagnitude != 0))
        {
            return false;
        }

        var scale = Math.Max(aScale, bScale);
        if (!TryRescale(aMagnitude, scale - aScale, out var x) || !TryRescale(bMagnitude, scale - bScale, out var y) || x + y >= DecimalLimit)
        {
            return false;
        }

        result = a + b;
        return true;
    }

    private static bool TryRescale(UInt128 magnitude, int digits, out UInt128 result)
    {
        result = magnitude;
        if (digits == 0 || magnitude == 0)
        {
            return true;
        }

        var factor = UInt128.One;
        for (var d = 0; d < digits; d++)
        {
            factor *= 10;
        }

        if (magnitude > (DecimalLimit - 1) / factor)
        {
            return false;
        }

        result = magnitude * factor;
        return true;
    }

    private static void Split(decimal value, out bool negative, out int scale, out UInt128 magnitude)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        negative = bits[3] < 0;
        scale = (bits[3] >> 16) & 0xFF;
        magnitude = unchecked((uint)bits[0] + ((UInt128)(uint)bits[1] << 32) + ((UInt128)(uint)bits[2] << 64));
    }

    private static decimal FromMagnitude(UInt128 magnitude, byte scale) =>
        unchecked(new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), false, scale));

    private static bool CheckLayout()
    {
        if (!BitConverter.IsLittleEndian || Unsafe.SizeOf<decimal>() != 16)
        {
            return false;
        }

        Span<decimal> probe = [new decimal(0x1111_1111, 0x2222_2222, 0x3333_3333, false, 5)];
        var words = MemoryMarshal.Cast<decimal, uint>(probe);
        return words[0] == 5u << 16 && words[1] == 0x3333_3333 && words[2] == 0x1111_1111 && words[3] == 0x2222_2222;
    }
}
