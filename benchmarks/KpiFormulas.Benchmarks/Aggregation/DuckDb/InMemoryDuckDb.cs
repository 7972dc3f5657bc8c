using System;
using System.Globalization;
using DuckDB.NET.Data;

namespace KpiFormulas.Benchmarks.Aggregation.DuckDb;

/// <summary>
/// Opens the in-memory DuckDB database the benchmarks load their rows into, through DuckDB.NET's
/// ADO.NET provider (its native engine comes with the DuckDB.NET.Data.Full package).
/// </summary>
/// <remarks>
/// DuckDB runs with its default settings (all cores: its queries are multi-threaded, against the
/// single-threaded LINQ, hand loop and accumulator paths) unless <see cref="ThreadsVariable"/> sets
/// a thread count.
/// </remarks>
internal static class InMemoryDuckDb
{
    /// <summary>Sets DuckDB's thread count (<c>SET threads = n</c>); unset = DuckDB's default, one per core.</summary>
    public const string ThreadsVariable = "KPI_BENCH_DUCKDB_THREADS";

    /// <summary>The engine's version (<c>v1.5.x</c>) and the provider's, e.g. for the run's first line.</summary>
    public static string Version
    {
        get
        {
            using var connection = Open();
            var provider = typeof(DuckDBConnection).Assembly.GetName().Version;
            return $"{connection.ServerVersion} (DuckDB.NET.Data {provider})";
        }
    }

    /// <summary>An open connection to a new in-memory database; the caller disposes it.</summary>
    public static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            var threads = Environment.GetEnvironmentVariable(ThreadsVariable);
            if (!string.IsNullOrEmpty(threads))
            {
                // SET takes no parameter: the value is an integer parsed here, never text pasted in.
                connection.Execute($"SET threads = {int.Parse(threads, CultureInfo.InvariantCulture)}");
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs a statement (DDL, settings) and discards its result.</summary>
    public static void Execute(this DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A command for a query, its <c>$name</c> placeholders bound to the parameters; the caller disposes it.</summary>
    public static DuckDBCommand Command(this DuckDBConnection connection, string sql, params ReadOnlySpan<DuckDBParameter> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
