using System;
using System.Runtime.CompilerServices;

namespace KpiFormulas.Aggregation;

/// <summary>
/// The argument rules of the columnar inputs, checked once per call with messages that name the
/// parameter, the row and the rule.
/// </summary>
internal static class Columns
{
    /// <summary>The largest number of keys, customers, users or entities an accumulator takes: 2^28.</summary>
    internal const int MaxIndexCount = 1 << 28;

    /// <summary>True when <paramref name="value"/> is in [0, <paramref name="count"/>), in one unsigned comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsIndex(int value, int count) => unchecked((uint)value < (uint)count);

    internal static void SameLength(int expected, int actual, string firstName, string secondName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"'{secondName}' has {actual} rows but '{firstName}' has {expected}: columns of one batch must have the same length.", secondName);
        }
    }

    internal static void IndexCount(int count, string paramName, int minimum = 0)
    {
        if (count < minimum || count > MaxIndexCount)
        {
            throw new ArgumentOutOfRangeException(paramName, count, $"'{paramName}' must be between {minimum} and {MaxIndexCount}.");
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Exception KeyOutOfRange(string paramName, int row, long key, int count) =>
        new ArgumentOutOfRangeException(paramName, key, count == 0
            ? $"Row {row} has the key {key}, but this accumulator was created without keys (key count 0)."
            : $"Row {row} has the key {key}; keys must be between 0 and {count - 1} (the key count given when the accumulator was created).");

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Exception NegativeAmount(string paramName, int row, object amount) =>
        new ArgumentOutOfRangeException(paramName, amount, $"Row {row} has the amount {amount}; amounts cannot be negative (subtract refunds and credit notes explicitly).");

    /// <summary>Throws when a key is outside [0, count); the first bad row is reported.</summary>
    internal static void KeysInRange(ReadOnlySpan<int> keys, int count, string paramName)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (!IsIndex(keys[i], count))
            {
                throw KeyOutOfRange(paramName, i, keys[i], count);
            }
        }
    }

    /// <summary>Throws when a key is outside [0, count); the first bad row is reported.</summary>
    internal static void KeysInRange(ReadOnlySpan<byte> keys, int count, string paramName)
    {
        if (count > byte.MaxValue)
        {
            return;
        }

        var bad = keys.IndexOfAnyInRange((byte)count, byte.MaxValue);
        if (bad >= 0)
        {
            throw KeyOutOfRange(paramName, bad, keys[bad], count);
        }
    }
}

/// <summary>Counts of small-integer keys, validated before anything is counted.</summary>
internal static class Histogram
{
    /// <summary>Adds one to <c>counts[key]</c> for every key; throws (counts unchanged) when a key is outside [0, counts.Length).</summary>
    internal static void Add(long[] counts, ReadOnlySpan<int> keys, string paramName)
    {
        var bad = counts.Length == 0 ? (keys.IsEmpty ? -1 : 0) : keys.IndexOfAnyExceptInRange(0, counts.Length - 1);
        if (bad >= 0)
        {
            throw Columns.KeyOutOfRange(paramName, bad, keys[bad], counts.Length);
        }

        foreach (var key in keys)
        {
            counts[key]++;
        }
    }

    /// <summary>Adds one to <c>counts[key]</c> for every byte key; throws (counts unchanged) when a key is outside [0, counts.Length).</summary>
    internal static void Add(long[] counts, ReadOnlySpan<byte> keys, string paramName)
    {
        Columns.KeysInRange(keys, counts.Length, paramName);
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Exception OutOfWindow(string paramName, int row, int dayNumber, int first, int last) =>
        new ArgumentOutOfRangeException(
            paramName,
            dayNumber,
            $"Row {row} is dated {Text(dayNumber)}, outside the accumulator's periods ({Text(first)} to {Text(last)}).");

    private static string Text(int dayNumber) =>
        dayNumber is >= 0 and <= 3_652_058
            ? DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : $"day number {dayNumber}";

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
