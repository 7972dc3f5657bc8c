using System;
using System.Runtime.CompilerServices;
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
