using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The serializable state of a <see cref="CohortRetentionAccumulator"/>.</summary>
/// <param name="CustomerCount">The number of customers (ids 0 to CustomerCount − 1).</param>
/// <param name="FirstPeriod">The first period of the window.</param>
/// <param name="PeriodCount">The number of consecutive periods of the window.</param>
/// <param name="ActivePeriods">
/// Per customer, <c>ceil(PeriodCount / 64)</c> 64-bit words: bit p of the customer's words is set
/// when the customer ordered in period p of the window.
/// </param>
/// <example>
/// <code>
/// var copy = CohortRetentionAccumulator.FromState(JsonSerializer.Deserialize&lt;CohortRetentionState&gt;(JsonSerializer.Serialize(cohorts.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(CohortRetentionStateJsonConverter))]
public sealed record CohortRetentionState(int CustomerCount, Period FirstPeriod, int PeriodCount, IReadOnlyList<ulong> ActivePeriods)
{
    /// <summary>The number of customers (ids 0 to CustomerCount − 1).</summary>
    public int CustomerCount { get; } = CustomerCount;

    /// <summary>The first period of the window.</summary>
    public Period FirstPeriod { get; } = FirstPeriod;

    /// <summary>The number of consecutive periods of the window.</summary>
    public int PeriodCount { get; } = PeriodCount;

    /// <summary>Per customer, <c>ceil(PeriodCount / 64)</c> 64-bit words: bit p of the customer's words is set when the customer ordered in period p of the window.</summary>
    public IReadOnlyList<ulong> ActivePeriods { get; } = ActivePeriods;
}

/// <summary>
/// The cohort retention matrix (« rétention par cohorte ») in one pass over orders: each customer
/// belongs to the cohort of the period of their first order, and is active at offset k when they
/// ordered in the k-th period after it.
/// </summary>
/// <remarks>
/// <para>Formula: cohort(customer) = period of the first order; active(c, k) = distinct customers of
/// cohort c who ordered in period c + k; rate(c, k) = active(c, k) / size(c). The result is the
/// library's <see cref="CohortRetentionTable"/>, exactly the table
/// <see cref="Retention.CohortRetention{TCustomer}(IEnumerable{ValueTuple{TCustomer, DateOnly}}, PeriodUnit)"/>
/// builds from the same orders: one cohort per period from the first to the last period with an
/// order, offsets up to the last period, undefined rates for empty cohorts and unobserved offsets.</para>
/// <para>How: the window of periods is fixed at creation (a first calendar period and a count, at
/// most 1 024). Each customer keeps a bitmask of the periods in which they ordered; an order sets one
/// bit (a table read turns its day into a period index). The cohort is the lowest bit, the active
/// cells the other bits. Merging is a bitwise OR, exact in any order.</para>
/// <para>Inputs: customer ids as dense integers 0..customerCount − 1 (map other ids first, or use
/// <see cref="Aggregate{TRecord, TCustomer}(IEnumerable{TRecord}, Func{TRecord, TCustomer}, Func{TRecord, DateOnly}, PeriodUnit)"/>),
/// and order dates as <see cref="DateOnly"/> or day numbers, all within the window: the window must
/// start at or before every customer's first order, or their cohort would be a later one.</para>
/// <para>Memory: <c>customerCount × 4</c> bytes for windows of at most 32 periods (4 MB for a
/// million customers over up to 32 months), else <c>customerCount × ceil(periods / 64) × 8</c> bytes;
/// nothing per row. Each batch is validated in one pass over both columns before any bit is set.
/// Catalogue id <c>cohort_retention</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var cohorts = new CohortRetentionAccumulator(customerCount: 3, Period.Month(2026, 1), periodCount: 3);
/// cohorts.Add(customers: [0, 0, 1, 2], orderDates: [new(2026, 1, 5), new(2026, 2, 9), new(2026, 1, 20), new(2026, 2, 3)]);
/// var table = cohorts.Result();       // cohorts 2026-01 (customers 0, 1) and 2026-02 (customer 2)
/// table.RetentionRate(0, 1).Value;    // 50 %: customer 0 ordered again in February
/// </code>
/// </example>
public sealed class CohortRetentionAccumulator : IAccumulator<CohortRetentionAccumulator, CohortRetentionTable>
{
    /// <summary>Windows of at most this many periods keep one 32-bit mask per customer: half the memory, and half the cache lines the scattered bit sets touch.</summary>
    private const int NarrowPeriods = 32;

    private readonly CalendarWindow window;

    /// <summary>The 64-bit words per customer of <see cref="wide"/> and of the state.</summary>
    private readonly int words;

    /// <summary>One 32-bit mask per customer when the window has at most <see cref="NarrowPeriods"/> periods, else empty.</summary>
    private uint[] narrow = [];

    /// <summary>For 32-bit masks, the bit of each day's period (<c>1 &lt;&lt; period</c>), from the window's first day: one table read a row and no shift; else empty.</summary>
    private readonly uint[] narrowBitOfDay = [];

    /// <summary><see cref="words"/> 64-bit words per customer for longer windows, else empty.</summary>
    private ulong[] wide = [];

    /// <summary>Creates an empty accumulator over a window of consecutive periods.</summary>
    /// <param name="customerCount">The number of customers: ids are 0 to customerCount − 1 (at most 2^28).</param>
    /// <param name="firstPeriod">The first period of the window (<see cref="Period.Month(int, int)"/> by default in reports; ISO weeks, quarters and years too). Its unit is the cohort unit.</param>
    /// <param name="periodCount">The number of consecutive periods, 1 to 1 024.</param>
    /// <exception cref="ArgumentException"><paramref name="firstPeriod"/> is not a calendar period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or the window goes beyond the year 9999.</exception>
    /// <example>
    /// <code>
    /// var cohorts = new CohortRetentionAccumulator(1_000_000, Period.Month(2024, 1), periodCount: 36);
    /// </code>
    /// </example>
    public CohortRetentionAccumulator(int customerCount, Period firstPeriod, int periodCount)
    {
        Preconditions.InRange(customerCount, 0, Columns.MaxIndexCount);
        window = new CalendarWindow(firstPeriod, periodCount, nameof(firstPeriod), nameof(periodCount), weeksOnly: false);
        words = (periodCount + 63) / 64;
        Preconditions.ArgumentInRange((long)customerCount * words <= Array.MaxLength, customerCount, nameof(customerCount), "The customers times the periods must fit in the largest array; split the customers.");

        if (IsNarrow)
        {
            narrow = new uint[customerCount];
            var periodOfDay = window.PeriodOfDay;
            narrowBitOfDay = new uint[periodOfDay.Length];
            for (var d = 0; d < periodOfDay.Length; d++)
            {
                narrowBitOfDay[d] = 1U << periodOfDay[d];
            }
        }
        else
        {
            wide = new ulong[customerCount * words];
        }

        CustomerCount = customerCount;
    }

    /// <summary>The number of customers: ids are 0 to this − 1.</summary>
    /// <example>
    /// <code>
    /// new CohortRetentionAccumulator(1_000, Period.Month(2026, 1), 12).CustomerCount; // 1 000: ids 0..999
    /// </code>
    /// </example>
    public int CustomerCount { get; private set; }

    /// <summary>The first period of the window; its unit is the cohort unit.</summary>
    /// <example>
    /// <code>
    /// new CohortRetentionAccumulator(1_000, Period.Month(2026, 1), 12).FirstPeriod; // 2026-01
    /// </code>
    /// </example>
    public Period FirstPeriod => window.First;

    /// <summary>The number of periods of the window.</summary>
    /// <example>
    /// <code>
    /// new CohortRetentionAccumulator(1_000, Period.Month(2026, 1), 12).PeriodCount; // 12: January to December
    /// </code>
    /// </example>
    public int PeriodCount => window.Count;

    /// <summary>A snapshot of the state.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(cohorts.State);
    /// </code>
    /// </example>
    public CohortRetentionState State => new(CustomerCount, FirstPeriod, PeriodCount, IsNarrow ? Widen(narrow.AsSpan(0, CustomerCount)) : wide.AsSpan(0, CustomerCount * words).ToArray());

    private bool IsNarrow => window.Count <= NarrowPeriods;

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is not one an accumulator can be in (the message names the broken rule): a customer count out of range, a first period that is not a calendar period or a window that leaves the calendar, a list of the wrong length, a bit beyond the window.</exception>
    /// <example>
    /// <code>
    /// var cohorts = CohortRetentionAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static CohortRetentionAccumulator FromState(CohortRetentionState state)
    {
        Preconditions.NotNull(state);
        Preconditions.StateInRange(state.CustomerCount, 0, Columns.MaxIndexCount, nameof(state.CustomerCount), nameof(state));
        var accumulator = Preconditions.StateShape(() => new CohortRetentionAccumulator(0, state.FirstPeriod, state.PeriodCount), nameof(state));
        var bits = Preconditions.StateList(state.ActivePeriods, (long)state.CustomerCount * accumulator.words, nameof(state.ActivePeriods), nameof(state));
        var spare = (accumulator.words * 64) - state.PeriodCount;
        if (spare > 0)
        {
            var lastWordMask = ulong.MaxValue << (64 - spare);
            for (var c = 0; c < state.CustomerCount; c++)
            {
                if ((bits[(c * accumulator.words) + accumulator.words - 1] & lastWordMask) != 0)
                {
                    Preconditions.ThrowArgument(nameof(state), "The state's '{0}' must mark only the window's periods; customer {1} is active beyond them.", nameof(state.ActivePeriods), c);
                }
            }
        }

        if (accumulator.IsNarrow)
        {
            // The check above leaves no bit beyond the window: every word fits in 32 bits.
            var masks = new uint[state.CustomerCount];
            for (var c = 0; c < masks.Length; c++)
            {
                masks[c] = (uint)bits[c];
            }

            accumulator.narrow = masks;
        }
        else
        {
            accumulator.wide = bits;
        }

        accumulator.CustomerCount = state.CustomerCount;
        return accumulator;
    }

    /// <summary>Adds orders: one customer id and one order date per order.</summary>
    /// <param name="customers">The customer of each order, in <c>[0, CustomerCount)</c>.</param>
    /// <param name="orderDates">The date of each order, within the window; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer id or a date is out of range (the first bad row is reported).</exception>
    /// <example>
    /// <code>
    /// cohorts.Add(orderCustomerIds, orderDates);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> customers, ReadOnlySpan<DateOnly> orderDates)
    {
        int[]? buffer = null;
        Add(customers, DayNumbers.Of(orderDates, ref buffer), nameof(customers), nameof(orderDates));
    }

    /// <summary>Adds orders with their dates as day numbers (<see cref="DateOnly.DayNumber"/>: days since 0001-01-01).</summary>
    /// <param name="customers">The customer of each order, in <c>[0, CustomerCount)</c>.</param>
    /// <param name="orderDayNumbers">The day number of each order, within the window; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer id or a day is out of range.</exception>
    /// <example>
    /// <code>
    /// cohorts.Add(orderCustomerIds, orderDayNumbers);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> customers, ReadOnlySpan<int> orderDayNumbers) =>
        Add(customers, orderDayNumbers, nameof(customers), nameof(orderDayNumbers));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The customer counts or windows differ, or <paramref name="other"/> is this accumulator.</exception>
    public void Merge(CohortRetentionAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(other.CustomerCount == CustomerCount && window.SameAs(other.window), nameof(other), "The accumulators must have the same customers and the same periods.");

        if (IsNarrow)
        {
            OrInto(narrow.AsSpan(0, CustomerCount), other.narrow.AsSpan(0, CustomerCount));
        }
        else
        {
            OrInto(wide.AsSpan(0, CustomerCount * words), other.wide.AsSpan(0, CustomerCount * words));
        }
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// var table = cohorts.Result();
    /// table.RetentionRate(cohortIndex: 0, offset: 3); // first cohort, three periods later
    /// </code>
    /// </example>
    public CohortRetentionTable Result()
    {
        var periodCount = PeriodCount;
        var counts = new long[]?[periodCount];
        var minPeriod = int.MaxValue;
        var maxPeriod = -1;
        if (words == 1)
        {
            // One mask per customer: a flat 64 × 64 matrix (row = cohort, column = offset), one pass
            // over the masks.
            var flat = new long[64 * 64];
            var seen = IsNarrow ? CountCells(narrow.AsSpan(0, CustomerCount), flat) : CountCells(wide.AsSpan(0, CustomerCount), flat);

            // The lowest cohort is the lowest first-period bit seen; the highest period is found from the rows.
            if (seen != 0)
            {
                minPeriod = BitOperations.TrailingZeroCount(seen);
                for (var cohort = 0; cohort < periodCount; cohort++)
                {
                    for (var offset = 0; offset < periodCount - cohort; offset++)
                    {
                        if (flat[(cohort * 64) + offset] != 0)
                        {
                            maxPeriod = Math.Max(maxPeriod, cohort + offset);
                        }
                    }
                }
            }

            for (var cohort = 0; cohort < periodCount; cohort++)
            {
                if (flat[cohort * 64] != 0)
                {
                    counts[cohort] = flat.AsSpan(cohort * 64, periodCount - cohort).ToArray();
                }
            }
        }
        else
        {
            for (var c = 0; c < CustomerCount; c++)
            {
                var mask = wide.AsSpan(c * words, words);
                var cohort = -1;
                for (var w = 0; w < words; w++)
                {
                    var bits = mask[w];
                    if (bits == 0)
                    {
                        continue;
                    }

                    if (cohort < 0)
                    {
                        cohort = (w * 64) + BitOperations.TrailingZeroCount(bits);
                    }

                    var row = counts[cohort] ??= new long[periodCount - cohort];
                    maxPeriod = Math.Max(maxPeriod, (w * 64) + 63 - BitOperations.LeadingZeroCount(bits));
                    while (bits != 0)
                    {
                        row[(w * 64) + BitOperations.TrailingZeroCount(bits) - cohort]++;
                        bits &= bits - 1;
                    }
                }

                if (cohort >= 0)
                {
                    minPeriod = Math.Min(minPeriod, cohort);
                }
            }
        }

        if (maxPeriod < 0)
        {
            return new CohortRetentionTable([], [], []);
        }

        // As Retention.CohortRetention: one cohort per period from the first to the last with an
        // order; cohort c observes the offsets up to the last period; empty cohorts keep no row.
        var cohortCount = maxPeriod - minPeriod + 1;
        var periods = new Period[cohortCount];
        var offsetCounts = new int[cohortCount];
        var rows = new long[]?[cohortCount];
        var period = FirstPeriod.Offset(minPeriod);
        for (var c = 0; c < cohortCount; c++)
        {
            periods[c] = period;
            offsetCounts[c] = cohortCount - c;
            if (counts[minPeriod + c] is { } row)
            {
                rows[c] = row.AsSpan(0, offsetCounts[c]).ToArray();
            }

            if (c + 1 < cohortCount)
            {
                period = period.Next();
            }
        }

        return new CohortRetentionTable(periods, rows, offsetCounts);
    }

    /// <summary>
    /// The cohort retention table of order records that are not in columns, with any customer id type;
    /// the window is the span of the orders' dates.
    /// </summary>
    /// <typeparam name="TRecord">The order record type.</typeparam>
    /// <typeparam name="TCustomer">The customer id type.</typeparam>
    /// <param name="orders">The orders, in any order.</param>
    /// <param name="customer">Reads an order's customer; not null.</param>
    /// <param name="orderDate">Reads an order's date.</param>
    /// <param name="unit">The cohort unit: <see cref="PeriodUnit.Month"/> (default), ISO week, quarter or year.</param>
    /// <returns>The same table as <see cref="Retention.CohortRetention{TCustomer}(IEnumerable{ValueTuple{TCustomer, DateOnly}}, PeriodUnit)"/>; empty for no order.</returns>
    /// <remarks>
    /// The records are read once; their customers are mapped to dense ids and the (id, day) pairs kept
    /// in pooled buffers (8 bytes per order) until the window is known, then added as columns.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument or a customer id is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a calendar unit, or the orders span more than 1 024 periods.</exception>
    /// <example>
    /// <code>
    /// var table = CohortRetentionAccumulator.Aggregate(orders, o =&gt; o.CustomerEmail, o =&gt; o.Date);
    /// </code>
    /// </example>
    public static CohortRetentionTable Aggregate<TRecord, TCustomer>(IEnumerable<TRecord> orders, Func<TRecord, TCustomer> customer, Func<TRecord, DateOnly> orderDate, PeriodUnit unit = PeriodUnit.Month)
        where TCustomer : notnull
    {
        Preconditions.NotNull(orders);
        Preconditions.NotNull(customer);
        Preconditions.NotNull(orderDate);
        Preconditions.CalendarUnit(unit);

        var ids = new Dictionary<TCustomer, int>();
        var idBuffer = ArrayPool<int>.Shared.Rent(4096);
        var dayBuffer = ArrayPool<int>.Shared.Rent(4096);
        var count = 0;
        var first = DateOnly.MaxValue;
        var last = DateOnly.MinValue;
        try
        {
            foreach (var order in orders)
            {
                var key = customer(order);
                if (key is null)
                {
                    Preconditions.ThrowArgumentNull(nameof(customer), "The customer selector must not return null.");
                }

                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids.Add(key, id);
                }

                var date = orderDate(order);
                first = date < first ? date : first;
                last = date > last ? date : last;
                if (count == idBuffer.Length)
                {
                    Grow(ref idBuffer);
                    Grow(ref dayBuffer);
                }

                idBuffer[count] = id;
                dayBuffer[count++] = date.DayNumber;
            }

            if (count == 0)
            {
                return new CohortRetentionTable([], [], []);
            }

            var span = CalendarWindow.Ordinal(last, unit) - CalendarWindow.Ordinal(first, unit) + 1;
            if (span > CalendarWindow.MaxPeriods)
            {
                Preconditions.ThrowOutOfRange(nameof(orders), span, "The orders must span at most {0} periods.", CalendarWindow.MaxPeriods);
            }

            var accumulator = new CohortRetentionAccumulator(ids.Count, Period.Containing(first, unit), (int)span);
            accumulator.Add(idBuffer.AsSpan(0, count), dayBuffer.AsSpan(0, count));
            return accumulator.Result();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(idBuffer);
            ArrayPool<int>.Shared.Return(dayBuffer);
        }
    }

    /// <summary>
    /// Counts each mask into the flat 64 × 64 matrix (row = cohort = lowest bit, column = offset) and
    /// returns the OR of the masks' lowest bits; no bounds or overflow checks (a mask has at most 64
    /// bits, a count at most 2^28).
    /// </summary>
    private static ulong CountCells<TMask>(ReadOnlySpan<TMask> masks, long[] flat)
        where TMask : unmanaged, IBinaryInteger<TMask>
    {
        ref var cells = ref MemoryMarshal.GetArrayDataReference(flat);
        ulong seen = 0;
        unchecked
        {
            foreach (var mask in masks)
            {
                if (mask == TMask.Zero)
                {
                    continue;
                }

                var bits = ulong.CreateTruncating(mask);
                var cohort = BitOperations.TrailingZeroCount(bits);
                seen |= bits & (0UL - bits);
                ref var row = ref Unsafe.Add(ref cells, cohort * 64);
                for (bits >>= cohort; bits != 0; bits &= bits - 1)
                {
                    Unsafe.Add(ref row, BitOperations.TrailingZeroCount(bits))++;
                }
            }
        }

        return seen;
    }

    private static ulong[] Widen(ReadOnlySpan<uint> masks)
    {
        var widened = new ulong[masks.Length];
        for (var c = 0; c < masks.Length; c++)
        {
            widened[c] = masks[c];
        }

        return widened;
    }

    private static void OrInto<TMask>(Span<TMask> mine, ReadOnlySpan<TMask> theirs)
        where TMask : unmanaged, IBinaryInteger<TMask>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var step = Vector<TMask>.Count;
            for (; i <= mine.Length - step; i += step)
            {
                (new Vector<TMask>(mine.Slice(i)) | new Vector<TMask>(theirs.Slice(i))).CopyTo(mine.Slice(i));
            }
        }

        for (; i < mine.Length; i++)
        {
            mine[i] |= theirs[i];
        }
    }

    private static void Grow(ref int[] buffer)
    {
        var grown = ArrayPool<int>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(grown, 0);
        ArrayPool<int>.Shared.Return(buffer);
        buffer = grown;
    }

    private void Add(ReadOnlySpan<int> customers, ReadOnlySpan<int> days, string customersName, string daysName)
    {
        Preconditions.SameLength(customers.Length, days.Length, customersName, daysName);
        if (!Columns.IndexesAndDaysInRange(customers, CustomerCount, days, window.FirstDay, window.LastDay))
        {
            // The fused check found a bad row: the per-column checks report the first one, customers first.
            Preconditions.Indexes(customers, CustomerCount, customersName);
            window.Require(days, daysName);
        }

        // Every row is valid: set the bits without further checks.
        ref var table = ref MemoryMarshal.GetReference(window.PeriodOfDay);
        ref var customer = ref MemoryMarshal.GetReference(customers);
        ref var day = ref MemoryMarshal.GetReference(days);
        var firstDay = window.FirstDay;
        unchecked
        {
            if (IsNarrow)
            {
                // Four rows an iteration: their table reads and scattered ORs overlap.
                ref var masks = ref MemoryMarshal.GetArrayDataReference(narrow);
                ref var bitOfDay = ref MemoryMarshal.GetArrayDataReference(narrowBitOfDay);
                var i = 0;
                for (; i <= customers.Length - 4; i += 4)
                {
                    var bit0 = Unsafe.Add(ref bitOfDay, Unsafe.Add(ref day, i) - firstDay);
                    var bit1 = Unsafe.Add(ref bitOfDay, Unsafe.Add(ref day, i + 1) - firstDay);
                    var bit2 = Unsafe.Add(ref bitOfDay, Unsafe.Add(ref day, i + 2) - firstDay);
                    var bit3 = Unsafe.Add(ref bitOfDay, Unsafe.Add(ref day, i + 3) - firstDay);
                    Unsafe.Add(ref masks, Unsafe.Add(ref customer, i)) |= bit0;
                    Unsafe.Add(ref masks, Unsafe.Add(ref customer, i + 1)) |= bit1;
                    Unsafe.Add(ref masks, Unsafe.Add(ref customer, i + 2)) |= bit2;
                    Unsafe.Add(ref masks, Unsafe.Add(ref customer, i + 3)) |= bit3;
                }

                for (; i < customers.Length; i++)
                {
                    Unsafe.Add(ref masks, Unsafe.Add(ref customer, i)) |= Unsafe.Add(ref bitOfDay, Unsafe.Add(ref day, i) - firstDay);
                }
            }
            else if (words == 1)
            {
                ref var masks = ref MemoryMarshal.GetArrayDataReference(wide);
                for (var i = 0; i < customers.Length; i++)
                {
                    int period = Unsafe.Add(ref table, Unsafe.Add(ref day, i) - firstDay);
                    Unsafe.Add(ref masks, Unsafe.Add(ref customer, i)) |= 1UL << period;
                }
            }
            else
            {
                ref var masks = ref MemoryMarshal.GetArrayDataReference(wide);
                for (var i = 0; i < customers.Length; i++)
                {
                    int period = Unsafe.Add(ref table, Unsafe.Add(ref day, i) - firstDay);
                    Unsafe.Add(ref masks, ((nint)Unsafe.Add(ref customer, i) * words) + (period >> 6)) |= 1UL << (period & 63);
                }
            }
        }
    }
}
