using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>One ISO week of an <see cref="AdoptionResult"/>: the trained users by activity, and the real adoption rate.</summary>
/// <param name="Week">The ISO week.</param>
/// <param name="ActiveUsers">Users with at least <see cref="Engagement.ActiveUserMinimumWeeklyUses"/> (3) uses in the week (« Actif »).</param>
/// <param name="LowUsers">Users with 1 or 2 uses (« Faible »).</param>
/// <param name="InactiveUsers">Users with no use at all (« Inactif », the inactive-user alert; id <c>inactive_users</c>).</param>
/// <param name="AdoptionRate">
/// Active users / trained users, from <see cref="Engagement.AdoptionRate(long, long)"/> (id <c>adoption_rate</c>);
/// undefined (<see cref="UndefinedReason.EmptyInput"/>, as <see cref="Engagement.AdoptionRate(ReadOnlySpan{int})"/>) when there is no trained user.
/// </param>
/// <example>
/// <code>
/// var week = adoption.Result().Weeks[0]; // week.Week, week.ActiveUsers, week.AdoptionRate.Value
/// </code>
/// </example>
[JsonConverter(typeof(WeeklyAdoptionJsonConverter))]
public readonly record struct WeeklyAdoption(Period Week, long ActiveUsers, long LowUsers, long InactiveUsers, KpiResult<Rate> AdoptionRate)
{
    /// <summary>The ISO week.</summary>
    public Period Week { get; } = Week;

    /// <summary>Users with at least <see cref="Engagement.ActiveUserMinimumWeeklyUses"/> (3) uses in the week (« Actif »).</summary>
    public long ActiveUsers { get; } = ActiveUsers;

    /// <summary>Users with 1 or 2 uses (« Faible »).</summary>
    public long LowUsers { get; } = LowUsers;

    /// <summary>Users with no use at all (« Inactif », the inactive-user alert; id <c>inactive_users</c>).</summary>
    public long InactiveUsers { get; } = InactiveUsers;

    /// <summary>Active users / trained users, from <see cref="Engagement.AdoptionRate(long, long)"/> (id <c>adoption_rate</c>); undefined (<see cref="UndefinedReason.EmptyInput"/>, as <see cref="Engagement.AdoptionRate(ReadOnlySpan{int})"/>) when there is no trained user.</summary>
    public KpiResult<Rate> AdoptionRate { get; } = AdoptionRate;
}

/// <summary>What an <see cref="AdoptionAccumulator"/> computed: one entry per ISO week of its window.</summary>
/// <example>
/// <code>
/// foreach (var week in adoption.Result().Weeks)
///     Console.WriteLine($"{week.Week}: {week.AdoptionRate} ({week.InactiveUsers} inactive)");
/// </code>
/// </example>
[JsonConverter(typeof(AdoptionResultJsonConverter))]
public sealed class AdoptionResult
{
    internal AdoptionResult(int trainedUsers, WeeklyAdoption[] weeks)
    {
        TrainedUsers = trainedUsers;
        Weeks = new ReadOnlyCollection<WeeklyAdoption>(weeks);
    }

    /// <summary>The trained users: the denominator of every week's rate.</summary>
    /// <example>
    /// <code>
    /// adoption.Result().TrainedUsers; // the user count given at creation
    /// </code>
    /// </example>
    public int TrainedUsers { get; }

    /// <summary>The weeks of the window, in order.</summary>
    /// <example>
    /// <code>
    /// adoption.Result().Weeks[^1].InactiveUsers; // inactive users of the last week
    /// </code>
    /// </example>
    public ReadOnlyCollection<WeeklyAdoption> Weeks { get; }
}

/// <summary>The serializable state of an <see cref="AdoptionAccumulator"/>.</summary>
/// <param name="UserCount">The trained users (ids 0 to UserCount − 1).</param>
/// <param name="FirstWeek">The first ISO week of the window.</param>
/// <param name="WeekCount">The number of weeks.</param>
/// <param name="WeeklyUses">Per week then per user (<c>[week × UserCount + user]</c>): the uses, saturated at 255.</param>
/// <example>
/// <code>
/// var copy = AdoptionAccumulator.FromState(JsonSerializer.Deserialize&lt;AdoptionState&gt;(JsonSerializer.Serialize(adoption.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(AdoptionStateJsonConverter))]
public sealed record AdoptionState(int UserCount, Period FirstWeek, int WeekCount, IReadOnlyList<byte> WeeklyUses)
{
    /// <summary>The trained users (ids 0 to UserCount − 1).</summary>
    public int UserCount { get; } = UserCount;

    /// <summary>The first ISO week of the window.</summary>
    public Period FirstWeek { get; } = FirstWeek;

    /// <summary>The number of weeks.</summary>
    public int WeekCount { get; } = WeekCount;

    /// <summary>Per week then per user (<c>[week × UserCount + user]</c>): the uses, saturated at 255.</summary>
    public IReadOnlyList<byte> WeeklyUses { get; } = WeeklyUses;
}

/// <summary>
/// Real adoption rate per ISO week (« taux d'adoption réel ») and inactive users from a usage log
/// of (user, date) rows: a trained user is active in a week with at least 3 business uses.
/// </summary>
/// <remarks>
/// <para>Formula: per week, adoption = |users with uses ≥ 3| / trained users
/// (<see cref="Engagement.AdoptionRate(ReadOnlySpan{int})"/> of each user's weekly uses, which this
/// equals); inactive = users with 0 uses (<see cref="Engagement.InactiveUsers(ReadOnlySpan{int})"/>).</para>
/// <para>Inputs: user ids as dense integers 0..userCount − 1, where userCount is the number of
/// trained users (users who never used the tool count, as inactive); one row per business use, dated
/// within the window of ISO weeks fixed at creation.</para>
/// <para>How: one byte counter per user and week, saturating at 255 (only 0, 1-2 and ≥ 3 matter);
/// merging adds counters (saturating), exact for the rule. Memory: users × weeks bytes.
/// Catalogue ids <c>adoption_rate</c> and <c>inactive_users</c>.</para>
/// </remarks>
/// <example>
/// A pilot group over one week: Sophie (0) 12 uses, Thomas (1) 2, Julie (2) none:
/// <code>
/// var adoption = new AdoptionAccumulator(userCount: 3, Period.IsoWeek(2026, 10), weekCount: 1);
/// var monday = new DateOnly(2026, 3, 2);
/// adoption.Add(users: [0, 0, 0, 1, 1, 0], useDates: [monday, monday, monday.AddDays(1), monday, monday, monday]);
/// var week = adoption.Result().Weeks[0];
/// week.AdoptionRate.Value; // 33.3... % (Sophie only)
/// week.InactiveUsers;      // 1 (Julie)
/// </code>
/// </example>
public sealed class AdoptionAccumulator : IAccumulator<AdoptionAccumulator, AdoptionResult>
{
    private readonly CalendarWindow window;
    private byte[] uses;

    /// <summary>Creates an empty accumulator over a window of ISO weeks.</summary>
    /// <param name="userCount">The trained users: ids 0 to userCount − 1 (at most 2^28).</param>
    /// <param name="firstWeek">The first ISO week (<see cref="Period.IsoWeek(int, int)"/>).</param>
    /// <param name="weekCount">The number of consecutive weeks, 1 to 1 024.</param>
    /// <exception cref="ArgumentException"><paramref name="firstWeek"/> is not an ISO week.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or users × weeks exceed the largest array.</exception>
    /// <example>
    /// <code>
    /// var adoption = new AdoptionAccumulator(userCount: 250, Period.IsoWeek(2026, 1), weekCount: 13);
    /// </code>
    /// </example>
    public AdoptionAccumulator(int userCount, Period firstWeek, int weekCount)
    {
        Preconditions.InRange(userCount, 0, Columns.MaxIndexCount);
        window = new CalendarWindow(firstWeek, weekCount, nameof(firstWeek), nameof(weekCount), weeksOnly: true);
        Preconditions.ArgumentInRange((long)userCount * weekCount <= Array.MaxLength, userCount, nameof(userCount), "The users times the weeks must fit in the largest array; split the users.");

        uses = new byte[userCount * weekCount];
        UserCount = userCount;
    }

    /// <summary>The trained users: ids are 0 to this − 1.</summary>
    /// <example>
    /// <code>
    /// new AdoptionAccumulator(250, Period.IsoWeek(2026, 1), 13).UserCount; // 250
    /// </code>
    /// </example>
    public int UserCount { get; }

    /// <summary>The first ISO week of the window.</summary>
    /// <example>
    /// <code>
    /// new AdoptionAccumulator(250, Period.IsoWeek(2026, 1), 13).FirstWeek; // 2026-W01
    /// </code>
    /// </example>
    public Period FirstWeek => window.First;

    /// <summary>The number of weeks of the window.</summary>
    /// <example>
    /// <code>
    /// new AdoptionAccumulator(250, Period.IsoWeek(2026, 1), 13).WeekCount; // 13
    /// </code>
    /// </example>
    public int WeekCount => window.Count;

    /// <summary>A snapshot of the state.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(adoption.State);
    /// </code>
    /// </example>
    public AdoptionState State => new(UserCount, FirstWeek, WeekCount, (byte[])uses.Clone());

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is not one an accumulator can be in (the message names the broken rule): a user or week count out of range, a first week that is not an ISO week or a window that leaves the calendar, or uses of the wrong length.</exception>
    /// <example>
    /// <code>
    /// var adoption = AdoptionAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static AdoptionAccumulator FromState(AdoptionState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        Preconditions.StateInRange(state.UserCount, 0, Columns.MaxIndexCount, nameof(state.UserCount), Name);
        Preconditions.StateInRange(state.WeekCount, 1, CalendarWindow.MaxPeriods, nameof(state.WeekCount), Name);
        var uses = Preconditions.StateList(state.WeeklyUses, (long)state.UserCount * state.WeekCount, nameof(state.WeeklyUses), Name);
        var accumulator = Preconditions.StateShape(() => new AdoptionAccumulator(state.UserCount, state.FirstWeek, state.WeekCount), Name);
        accumulator.uses = uses;
        return accumulator;
    }

    /// <summary>Adds uses: one user id and one date per business use.</summary>
    /// <param name="users">The user of each use, in <c>[0, UserCount)</c>.</param>
    /// <param name="useDates">The date of each use, within the window; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A user id or a date is out of range (the first bad row is reported).</exception>
    /// <example>
    /// <code>
    /// adoption.Add(logUserIds, logDates);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> users, ReadOnlySpan<DateOnly> useDates)
    {
        int[]? buffer = null;
        Add(users, DayNumbers.Of(useDates, ref buffer), nameof(users), nameof(useDates));
    }

    /// <summary>Adds uses with dates as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
    /// <param name="users">The user of each use, in <c>[0, UserCount)</c>.</param>
    /// <param name="useDayNumbers">The day number of each use, within the window; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A user id or a day is out of range.</exception>
    /// <example>
    /// <code>
    /// adoption.Add(logUserIds, logDayNumbers);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> users, ReadOnlySpan<int> useDayNumbers) =>
        Add(users, useDayNumbers, nameof(users), nameof(useDayNumbers));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The user counts or windows differ, or <paramref name="other"/> is this accumulator.</exception>
    public void Merge(AdoptionAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(other.UserCount == UserCount && window.SameAs(other.window), nameof(other), "The accumulators must have the same users and the same weeks.");

        // Saturating byte adds, a vector at a time: a lane that wrapped is below what it added, and
        // is set to 255. (A scalar merge of users × weeks bytes cost more than a second core saved.)
        var mine = uses.AsSpan();
        var theirs = other.uses.AsSpan();
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var step = Vector<byte>.Count;
            for (; i <= mine.Length - step; i += step)
            {
                var a = new Vector<byte>(mine.Slice(i));
                var sum = a + new Vector<byte>(theirs.Slice(i));
                (sum | Vector.LessThan(sum, a)).CopyTo(mine.Slice(i));
            }
        }

        for (; i < mine.Length; i++)
        {
            mine[i] = (byte)Math.Min(byte.MaxValue, mine[i] + theirs[i]);
        }
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// adoption.Result().Weeks[^1].AdoptionRate; // the latest week
    /// </code>
    /// </example>
    public AdoptionResult Result()
    {
        var weeks = new WeeklyAdoption[WeekCount];
        var week = FirstWeek;
        for (var w = 0; w < weeks.Length; w++)
        {
            var counts = uses.AsSpan(w * UserCount, UserCount);
            long inactive = counts.Count((byte)0);
            long low = counts.Count((byte)1) + counts.Count((byte)2);
            long active = UserCount - inactive - low;
            var rate = UserCount == 0
                ? KpiResult.Undefined<Rate>(KpiIds.AdoptionRate, UndefinedReason.EmptyInput, "no trained user was given.")
                : Engagement.AdoptionRate(active, UserCount);
            weeks[w] = new WeeklyAdoption(week, active, low, inactive, rate);
            if (w + 1 < weeks.Length)
            {
                week = week.Next();
            }
        }

        return new AdoptionResult(UserCount, weeks);
    }

    /// <summary>Weekly adoption from usage records that are not in columns, with any user id type.</summary>
    /// <typeparam name="TRecord">The usage record type.</typeparam>
    /// <typeparam name="TUser">The user id type.</typeparam>
    /// <param name="uses">One record per business use.</param>
    /// <param name="user">Reads a use's user: one of <paramref name="trainedUsers"/>.</param>
    /// <param name="useDate">Reads a use's date, within the window.</param>
    /// <param name="trainedUsers">Every trained user, including those who never used the tool; no repeats.</param>
    /// <param name="firstWeek">The first ISO week of the window.</param>
    /// <param name="weekCount">The number of weeks.</param>
    /// <returns>The adoption of each week.</returns>
    /// <exception cref="ArgumentNullException">An argument or a user is null.</exception>
    /// <exception cref="ArgumentException">A trained user repeats, a use's user is not a trained user, or the window is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the window.</exception>
    /// <example>
    /// <code>
    /// var result = AdoptionAccumulator.Aggregate(log, u =&gt; u.Email, u =&gt; u.Date, trained, Period.IsoWeek(2026, 10), 4);
    /// </code>
    /// </example>
    public static AdoptionResult Aggregate<TRecord, TUser>(
        IEnumerable<TRecord> uses,
        Func<TRecord, TUser> user,
        Func<TRecord, DateOnly> useDate,
        IEnumerable<TUser> trainedUsers,
        Period firstWeek,
        int weekCount)
        where TUser : notnull
    {
        Preconditions.NotNull(uses);
        Preconditions.NotNull(user);
        Preconditions.NotNull(useDate);
        Preconditions.NotNull(trainedUsers);
        var ids = new Dictionary<TUser, int>();
        foreach (var trained in trainedUsers)
        {
            if (trained is null)
            {
                Preconditions.ThrowArgumentNull(nameof(trainedUsers), "The trained users must not be null.");
            }

            if (!ids.TryAdd(trained, ids.Count))
            {
                Preconditions.ThrowArgument(nameof(trainedUsers), "The trained users must be unique; '{0}' appears twice.", trained);
            }
        }

        var accumulator = new AdoptionAccumulator(ids.Count, firstWeek, weekCount);
        var row = 0;
        foreach (var use in uses)
        {
            var who = user(use);
            if (who is null)
            {
                Preconditions.ThrowArgumentNull(nameof(user), "Row {0}: The user selector must not return null.", row);
            }

            if (!ids.TryGetValue(who, out var id))
            {
                Preconditions.ThrowArgument(nameof(user), "Row {0}: The users must be among the trained users; '{1}' is not.", row, who);
            }

            // Checked here so that the message gives the record's row, not the row of a one-row batch.
            var day = useDate(use).DayNumber;
            if (day < accumulator.window.FirstDay || day > accumulator.window.LastDay)
            {
                Preconditions.ThrowDayOutside(nameof(useDate), row, day, accumulator.window.FirstDay, accumulator.window.LastDay);
            }

            accumulator.Add([id], [day], nameof(user), nameof(useDate));
            row++;
        }

        return accumulator.Result();
    }

    private void Add(ReadOnlySpan<int> users, ReadOnlySpan<int> days, string usersName, string daysName)
    {
        Preconditions.SameLength(users.Length, days.Length, usersName, daysName);
        if (!Columns.IndexesAndDaysInRange(users, UserCount, days, window.FirstDay, window.LastDay))
        {
            // The fused check found a bad row: the per-column checks report the first one, users first.
            Preconditions.Indexes(users, UserCount, usersName);
            window.Require(days, daysName);
        }

        ref var user = ref MemoryMarshal.GetReference(users);
        ref var day = ref MemoryMarshal.GetReference(days);
        ref var counters = ref MemoryMarshal.GetArrayDataReference(uses);
        ref var table = ref MemoryMarshal.GetReference(window.PeriodOfDay);
        var firstDay = window.FirstDay;
        var userCount = UserCount;
        unchecked
        {
            for (var i = 0; i < users.Length; i++)
            {
                int week = Unsafe.Add(ref table, Unsafe.Add(ref day, i) - firstDay);
                ref var counter = ref Unsafe.Add(ref counters, ((nint)week * userCount) + Unsafe.Add(ref user, i));

                // Saturating increment: 255 stays 255.
                counter = (byte)(counter + (((counter + 1) >> 8) ^ 1));
            }
        }
    }
}
