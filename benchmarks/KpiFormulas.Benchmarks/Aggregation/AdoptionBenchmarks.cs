using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// Adoption from a year of usage logs (user, date; about 200 uses per user): per ISO week, the users
/// with at least one use and the active users (at least <see cref="Engagement.ActiveUserMinimumWeeklyUses"/>
/// uses), hence inactive users and the adoption rate. Input: a user id and a date, 8 bytes a row.
/// </summary>
[InputBytes(8)]
public class AdoptionBenchmarks : RecordBenchmark<UsageData, Usage>
{
    /// <inheritdoc/>
    protected override string Table => "usage";

    /// <inheritdoc/>
    protected override UsageData Generate(int rows) => UsageData.Generate(rows);

    /// <inheritdoc/>
    protected override Usage[] ToRecords(UsageData data) => data.ToRecords();

    /// <summary>What a user writes: group by (user, week) and count, then group by week and count the users and the active ones.</summary>
    [Benchmark(Baseline = true)]
    public AdoptionTotals Linq()
    {
        var result = new AdoptionTotals(Calendar.Weeks, Data.Users);
        var weeks = Records
            .GroupBy(use => (use.UserId, Week: WeekIndex(use.Date)))
            .Select(g => (g.Key.Week, Uses: g.Count()))
            .GroupBy(userWeek => userWeek.Week)
            .Select(g => (Week: g.Key, Users: g.LongCount(), Active: g.LongCount(userWeek => userWeek.Uses >= Engagement.ActiveUserMinimumWeeklyUses)));
        foreach (var (week, users, active) in weeks)
        {
            result.UsersWithUse[week] = users;
            result.ActiveUsers[week] = active;
        }

        return result;
    }

    /// <summary>A plain loop counting uses per (week, user) in one array (week looked up from the day), then a pass over the counts.</summary>
    [Benchmark]
    public AdoptionTotals HandLoop()
    {
        var weeks = Calendar.Weeks;
        var users = Data.Users;
        var uses = new int[weeks * users];
        var userIds = Data.UserIds;
        var dates = Data.Dates;
        var weekOfDay = Calendar.WeekOfDay;
        var firstDay = Calendar.FirstDay.DayNumber;
        for (var i = 0; i < userIds.Length; i++)
        {
            uses[(weekOfDay[dates[i].DayNumber - firstDay] * users) + userIds[i]]++;
        }

        var result = new AdoptionTotals(weeks, users);
        for (var week = 0; week < weeks; week++)
        {
            foreach (var count in uses.AsSpan(week * users, users))
            {
                if (count > 0)
                {
                    result.UsersWithUse[week]++;
                    if (count >= Engagement.ActiveUserMinimumWeeklyUses)
                    {
                        result.ActiveUsers[week]++;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// DuckDB: count per (user, ISO week), then per week the users and those with
    /// <see cref="Engagement.ActiveUserMinimumWeeklyUses"/> uses or more (the first week's Monday and
    /// that minimum bound as parameters).
    /// </summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public AdoptionTotals DuckDbQuery()
    {
        var result = new AdoptionTotals(Calendar.Weeks, Data.Users);
        using var command = Duck!.Command(
            """
            SELECT week, count(*), count(*) FILTER (uses >= $active_minimum)
            FROM (SELECT user_id, (use_date - $first_monday) // 7 AS week, count(*) AS uses FROM usage GROUP BY ALL)
            GROUP BY week
            """,
            new DuckDBParameter("first_monday", Calendar.FirstWeekMonday),
            new DuckDBParameter("active_minimum", Engagement.ActiveUserMinimumWeeklyUses));
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var week = (int)rows.GetInt64(0);
            result.UsersWithUse[week] = rows.GetInt64(1);
            result.ActiveUsers[week] = rows.GetInt64(2);
        }

        return result;
    }

    /// <summary>DuckDB: loading the two columns with the appender (INTEGER user, DATE).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(Duck!, "usage_load");

    /// <summary>KpiFormulas: <see cref="AdoptionAccumulator"/> over 53 ISO weeks from 2025-W01 (saturating per-user weekly counters).</summary>
    [Benchmark]
    public AdoptionResult KpiFormulas()
    {
        var adoption = new AdoptionAccumulator(Data.Users, Period.IsoWeek(2025, 1), Calendar.Weeks);
        adoption.Add(Data.UserIds, Data.Dates);
        return adoption.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> (each partition holds its own counters).</summary>
    [Benchmark]
    public AdoptionResult KpiFormulasParallel()
    {
        var users = Data.UserIds;
        var dates = Data.Dates;
        var userCount = Data.Users;
        return Partitioned.Aggregate(
            users.Length,
            () => new AdoptionAccumulator(userCount, Period.IsoWeek(2025, 1), Calendar.Weeks),
            (adoption, rows) => adoption.Add(users.AsSpan(rows), dates.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        if (result is AdoptionResult adoption)
        {
            var totals = new AdoptionTotals(adoption.Weeks.Count, adoption.TrainedUsers);
            for (var week = 0; week < adoption.Weeks.Count; week++)
            {
                totals.UsersWithUse[week] = adoption.Weeks[week].ActiveUsers + adoption.Weeks[week].LowUsers;
                totals.ActiveUsers[week] = adoption.Weeks[week].ActiveUsers;
            }

            return totals.Figures();
        }

        return ((AdoptionTotals)result!).Figures();
    }

    private static int WeekIndex(DateOnly date) => (date.DayNumber - Calendar.FirstWeekMonday.DayNumber) / 7;

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (user_id INTEGER NOT NULL, use_date DATE NOT NULL)");
        using var appender = connection.CreateAppender(table);
        for (var i = 0; i < Data.Rows; i++)
        {
            appender.CreateRow().AppendValue(Data.UserIds[i]).AppendValue(Data.Dates[i]).EndRow();
        }
    }
}

/// <summary>Per ISO week: users with a use and active users, out of the trained users.</summary>
public sealed class AdoptionTotals
{
    /// <summary>Empty counts.</summary>
    public AdoptionTotals(int weeks, int trainedUsers)
    {
        TrainedUsers = trainedUsers;
        UsersWithUse = new long[weeks];
        ActiveUsers = new long[weeks];
    }

    /// <summary>The users trained on the product (the adoption rate's denominator).</summary>
    public int TrainedUsers { get; }

    /// <summary>Users with at least one use, per week (the others are inactive).</summary>
    public long[] UsersWithUse { get; }

    /// <summary>Users with at least 3 uses, per week.</summary>
    public long[] ActiveUsers { get; }

    /// <summary>Per week: users with a use, active users, inactive users and the adoption rate.</summary>
    public IReadOnlyList<decimal> Figures()
    {
        var figures = new List<decimal>();
        for (var week = 0; week < UsersWithUse.Length; week++)
        {
            figures.Add(UsersWithUse[week]);
            figures.Add(ActiveUsers[week]);
            figures.Add(TrainedUsers - UsersWithUse[week]);
            figures.Add(Engagement.AdoptionRate(ActiveUsers[week], TrainedUsers).Value.Fraction);
        }

        return figures;
    }
}
