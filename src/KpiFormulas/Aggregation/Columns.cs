using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The bounds of the columnar inputs: how many indexes an accumulator takes, and the index test of its hot loops.</summary>
internal static class Columns
{
    /// <summary>The largest number of keys, customers, users or entities an accumulator takes: 2^28.</summary>
    internal const int MaxIndexCount = 1 << 28;

    /// <summary>True when <paramref name="value"/> is in [0, <paramref name="count"/>), in one unsigned comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsIndex(int value, int count) => unchecked((uint)value < (uint)count);

    /// <summary>
    /// True when every index is in [0, <paramref name="count"/>) and every day number in
    /// [<paramref name="firstDay"/>, <paramref name="lastDay"/>]: both columns checked in one vector
    /// pass (two unsigned compares a row), instead of one pass per column. The columns have the same
    /// length. On false, the per-column checks find and report the first bad row.
    /// </summary>
    internal static bool IndexesAndDaysInRange(ReadOnlySpan<int> indexes, int count, ReadOnlySpan<int> dayNumbers, int firstDay, int lastDay)
    {
        var rows = Math.Min(indexes.Length, dayNumbers.Length);
        ref var index = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetReference(indexes));
        ref var day = ref Unsafe.As<int, uint>(ref MemoryMarshal.GetReference(dayNumbers));
        var indexLimit = (uint)count;
        var daySpan = unchecked((uint)(lastDay - firstDay));
        var i = 0;
        unchecked
        {
            if (Vector.IsHardwareAccelerated && rows >= Vector<uint>.Count)
            {
                // x in [0, n) and d - first in [0, span]: one unsigned compare each; the flags are ORed
                // and tested once at the end, so the loop has no branch but its own.
                var step = Vector<uint>.Count;
                var limits = new Vector<uint>(indexLimit);
                var first = new Vector<uint>((uint)firstDay);
                var span = new Vector<uint>(daySpan);
                var bad = Vector<uint>.Zero;
                for (; i <= rows - step; i += step)
                {
                    bad |= Vector.GreaterThanOrEqual(Vector.LoadUnsafe(ref index, (nuint)i), limits)
                        | Vector.GreaterThan(Vector.LoadUnsafe(ref day, (nuint)i) - first, span);
                }

                if (bad != Vector<uint>.Zero)
                {
                    return false;
                }
            }

            var outside = false;
            for (; i < rows; i++)
            {
                outside |= (Unsafe.Add(ref index, i) >= indexLimit) | (Unsafe.Add(ref day, i) - (uint)firstDay > daySpan);
            }

            return !outside;
        }
    }
}

/// <summary>Counts of small-integer keys, validated before anything is counted.</summary>
internal static class Histogram
{
    /// <summary>Adds one to <c>counts[key]</c> for every key; throws (counts unchanged) when a key is outside [0, counts.Length).</summary>
    internal static void Add(long[] counts, ReadOnlySpan<int> keys, string paramName)
    {
        Preconditions.Indexes(keys, counts.Length, paramName);

        foreach (var key in keys)
        {
            counts[key]++;
        }
    }

    /// <summary>Adds one to <c>counts[key]</c> for every byte key; throws (counts unchanged) when a key is outside [0, counts.Length).</summary>
    internal static void Add(long[] counts, ReadOnlySpan<byte> keys, string paramName)
    {
        Preconditions.Indexes(keys, counts.Length, paramName);
        foreach (var key in keys)
        {
            counts[key]++;
        }
    }
}

/// <summary>Dates as day numbers (<see cref="DateOnly.DayNumber"/>), read in place when the layout allows it.</summary>
internal static class DayNumbers
{
    /// <summary>True when a <see cref="DateOnly"/> is stored as its day number (one 32-bit int), so that a span of dates can be read as ints.</summary>
    private static readonly bool InPlace = CheckLayout();

    /// <summary>The day numbers of the dates: the same memory when the layout allows it, else a copy into <paramref name="buffer"/>.</summary>
    internal static ReadOnlySpan<int> Of(ReadOnlySpan<DateOnly> dates, ref int[]? buffer)
    {
        if (InPlace)
        {
            return System.Runtime.InteropServices.MemoryMarshal.Cast<DateOnly, int>(dates);
        }

        buffer = new int[dates.Length];
        for (var i = 0; i < dates.Length; i++)
        {
            buffer[i] = dates[i].DayNumber;
        }

        return buffer;
    }

    /// <summary>The first row whose day number is outside [first, last], or −1.</summary>
    internal static int FirstOutside(ReadOnlySpan<int> dayNumbers, int first, int last) =>
        dayNumbers.IndexOfAnyExceptInRange(first, last);

    private static bool CheckLayout()
    {
        if (Unsafe.SizeOf<DateOnly>() != sizeof(int))
        {
            return false;
        }

        ReadOnlySpan<DateOnly> probe = [DateOnly.FromDayNumber(739_000)];
        return System.Runtime.InteropServices.MemoryMarshal.Cast<DateOnly, int>(probe)[0] == 739_000;
    }
}
