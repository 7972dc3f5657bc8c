using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Activity counts per person (or team) and per period, with totals both ways: the table of an SDR
/// dashboard (« nombre d'appels par commercial et par semaine »). Immutable; built by
/// <see cref="Activity.CountByPersonAndPeriod{TPerson}(IEnumerable{ValueTuple{TPerson, DateOnly}}, PeriodUnit)"/>.
/// </summary>
/// <typeparam name="TPerson">How a person or team is identified.</typeparam>
/// <remarks>
/// <para>As a read-only dictionary it maps each (person, period) pair that has at least one event to
/// its count, enumerated person by person (in <see cref="People"/> order, the order in which each
/// person first appears in the input) and, for each person, in ascending period order. Like every
/// dictionary its indexer throws <see cref="KeyNotFoundException"/> for a missing pair; use
/// <see cref="CountOf(TPerson, Period)"/>, which gives 0 for a pair with no event.</para>
/// <para>Totals: <see cref="TotalFor(TPerson)"/> per person, <see cref="TotalIn(Period)"/> per period and
/// <see cref="Total"/>; the cells add up to each of them, and <see cref="Total"/> is the number of events.</para>
/// </remarks>
/// <example>Calls in March 2026 by ISO week: Thomas on the 3rd and the 12th, Sophie twice on the 2nd and once on
/// the 10th, Julie on the 11th. Week 10 (2 to 8 March) holds Thomas 1 and Sophie 2; week 11 holds
/// Thomas 1, Sophie 1 and Julie 1:
/// <code>
/// var calls = Activity.CountByPersonAndPeriod(
///     [("Thomas", new DateOnly(2026, 3, 3)), ("Thomas", new DateOnly(2026, 3, 12)),
///      ("Sophie", new DateOnly(2026, 3, 2)), ("Sophie", new DateOnly(2026, 3, 2)), ("Sophie", new DateOnly(2026, 3, 10)),
///      ("Julie", new DateOnly(2026, 3, 11))],
///     PeriodUnit.IsoWeek);
/// calls.People;                            // Thomas, Sophie, Julie
/// calls.TotalFor("Sophie");                // 3
/// calls.TotalIn(Period.IsoWeek(2026, 11)); // 3
/// calls.Total;                             // 6
/// </code></example>
[DebuggerDisplay("{People.Count} people x {Periods.Count} periods, {Total} events")]
[JsonConverter(typeof(ActivityCountDictionaryJsonConverterFactory))]
public sealed class ActivityCountDictionary<TPerson> : IReadOnlyDictionary<(TPerson Person, Period Period), long>
    where TPerson : notnull
{
    private readonly Dictionary<TPerson, int> personIndex;
    private readonly Dictionary<(int Person, Period Period), long> cells;
    private readonly KeyValuePair<(TPerson Person, Period Period), long>[] ordered;
    private readonly long[] personTotals;
    private readonly Dictionary<Period, long> periodTotals;

    private ActivityCountDictionary(Builder builder)
    {
        personIndex = builder.PersonIndex;
        cells = builder.Cells;
        People = builder.PeopleInOrder.AsReadOnly();
        personTotals = new long[builder.PeopleInOrder.Count];
        periodTotals = [];
        var keys = new (int Person, Period Period)[cells.Count];
        var at = 0;
        foreach (var (key, count) in cells)
        {
            keys[at++] = key;
            personTotals[key.Person] += count;
            CollectionsMarshal.GetValueRefOrAddDefault(periodTotals, key.Period, out _) += count;
            Total += count;
        }

        Array.Sort(keys, static (a, b) => a.Person != b.Person ? a.Person.CompareTo(b.Person) : a.Period.CompareTo(b.Period));
        ordered = Array.ConvertAll(keys, key => KeyValuePair.Create((builder.PeopleInOrder[key.Person], key.Period), cells[key]));
        var periods = new Period[periodTotals.Count];
        periodTotals.Keys.CopyTo(periods, 0);
        Array.Sort(periods);
        Periods = Array.AsReadOnly(periods);
    }

    /// <summary>Every person with at least one event, in the order each first appears in the input.</summary>
    public ReadOnlyCollection<TPerson> People { get; }

    /// <summary>Every period with at least one event, in ascending order.</summary>
    public ReadOnlyCollection<Period> Periods { get; }

    /// <summary>The number of events counted: the sum of every cell.</summary>
    public long Total { get; }

    /// <summary>The number of (person, period) pairs with at least one event.</summary>
    public int Count => ordered.Length;

    /// <summary>The (person, period) pairs with at least one event, in enumeration order.</summary>
    public IEnumerable<(TPerson Person, Period Period)> Keys => Array.ConvertAll(ordered, static entry => entry.Key);

    /// <summary>The counts of the pairs, in enumeration order.</summary>
    public IEnumerable<long> Values => Array.ConvertAll(ordered, static entry => entry.Value);

    /// <summary>The count of a (person, period) pair that has at least one event.</summary>
    /// <param name="key">The person and the period.</param>
    /// <returns>The number of events of that person in that period.</returns>
    /// <exception cref="KeyNotFoundException">The pair has no event (use <see cref="CountOf(TPerson, Period)"/> to get 0 instead).</exception>
    public long this[(TPerson Person, Period Period) key] =>
        TryGetValue(key, out var count) ? count : throw new KeyNotFoundException($"No event of '{key.Person}' in {key.Period}.");

    /// <summary>The number of events of a person in a period; 0 when there is none (or the person is unknown).</summary>
    /// <param name="person">The person or team.</param>
    /// <param name="period">The period (of the unit the counts were built with).</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public long CountOf(TPerson person, Period period)
    {
        Preconditions.NotNull(person);
        return TryGetValue((person, period), out var count) ? count : 0;
    }

    /// <summary>The number of events of a person over every period; 0 for an unknown person.</summary>
    /// <param name="person">The person or team.</param>
    /// <returns>The person's total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public long TotalFor(TPerson person)
    {
        Preconditions.NotNull(person);
        return personIndex.TryGetValue(person, out var index) ? personTotals[index] : 0;
    }

    /// <summary>The number of events of everyone in a period; 0 for a period with no event.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period's total, across persons.</returns>
    public long TotalIn(Period period) => periodTotals.GetValueOrDefault(period);

    /// <summary>One person's counts per period, in ascending period order; empty for an unknown person.</summary>
    /// <param name="person">The person or team.</param>
    /// <returns>A read-only dictionary from period to count (periods with no event are absent).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public IReadOnlyDictionary<Period, long> ForPerson(TPerson person)
    {
        Preconditions.NotNull(person);
        var row = new SortedDictionary<Period, long>();
        if (personIndex.TryGetValue(person, out var index))
        {
            foreach (var (key, count) in cells)
            {
                if (key.Person == index)
                {
                    row.Add(key.Period, count);
                }
            }
        }

        return new ReadOnlyDictionary<Period, long>(row);
    }

    /// <summary>True when the pair has at least one event.</summary>
    /// <param name="key">The person and the period.</param>
    /// <returns>True when counted.</returns>
    public bool ContainsKey((TPerson Person, Period Period) key) => TryGetValue(key, out _);

    /// <summary>Gets the count of a pair with at least one event.</summary>
    /// <param name="key">The person and the period.</param>
    /// <param name="value">The count, or 0 when the pair has no event.</param>
    /// <returns>True when the pair has at least one event.</returns>
    public bool TryGetValue((TPerson Person, Period Period) key, out long value)
    {
        value = 0;
        return key.Person is not null
            && personIndex.TryGetValue(key.Person, out var index)
            && cells.TryGetValue((index, key.Period), out value);
    }

    /// <summary>Enumerates the pairs with their counts, person by person, periods ascending.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<(TPerson Person, Period Period), long>> GetEnumerator() =>
        ((IEnumerable<KeyValuePair<(TPerson Person, Period Period), long>>)ordered).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Accumulates events, then builds the immutable counts.</summary>
    internal sealed class Builder
    {
        private readonly PeriodUnit unit;
        private Period lastPeriod;
        private bool hasLastPeriod;

        internal Builder(PeriodUnit unit, IEqualityComparer<TPerson>? personComparer)
        {
            this.unit = unit;
            PersonIndex = new Dictionary<TPerson, int>(personComparer);
        }

        internal Dictionary<TPerson, int> PersonIndex { get; }

        internal List<TPerson> PeopleInOrder { get; } = [];

        internal Dictionary<(int Person, Period Period), long> Cells { get; } = [];

        internal void Add(TPerson person, DateOnly date, int position, string paramName)
        {
            if (person is null)
            {
                Preconditions.ThrowArgumentNull(paramName, "Event {0}: The person must not be null; every event needs the person or team who did it.", position);
            }

            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(PersonIndex, person, out var known);
            if (!known)
            {
                index = PeopleInOrder.Count;
                PeopleInOrder.Add(person);
            }

            if (!hasLastPeriod || !lastPeriod.Contains(date))
            {
                lastPeriod = Activity.PeriodOf(date, unit, paramName);
                hasLastPeriod = true;
            }

            CollectionsMarshal.GetValueRefOrAddDefault(Cells, (index, lastPeriod), out _)++;
        }

        /// <summary>Adds a whole count for one pair, as JSON gives it (the caller checked the period's unit).</summary>
        internal void AddCount(TPerson person, Period period, long count)
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(PersonIndex, person, out var known);
            if (!known)
            {
                index = PeopleInOrder.Count;
                PeopleInOrder.Add(person);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(Cells, (index, period), out _) += count;
        }

        internal ActivityCountDictionary<TPerson> Build() => new(this);
    }
}
