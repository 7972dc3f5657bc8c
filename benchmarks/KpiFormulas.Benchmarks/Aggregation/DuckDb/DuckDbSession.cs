using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace KpiFormulas.Benchmarks.Aggregation.DuckDb;

/// <summary>An in-memory DuckDB database and one connection to it.</summary>
/// <remarks>
/// DuckDB runs with its default settings (all cores: its queries are multi-threaded, against the
/// single-threaded LINQ, hand loop and accumulator paths) unless <see cref="ThreadsVariable"/> sets
/// a thread count.
/// </remarks>
internal sealed class DuckDbSession : IDisposable
{
    /// <summary>Sets DuckDB's thread count (<c>SET threads = n</c>); unset = DuckDB's default, one per core.</summary>
    public const string ThreadsVariable = "KPI_BENCH_DUCKDB_THREADS";

    private IntPtr database;
    private IntPtr connection;

    public DuckDbSession()
    {
        DuckDbLibrary.EnsureLoaded();
        if (DuckDbNative.Open(null, out database) != DuckDbState.Success)
        {
            throw new InvalidOperationException("duckdb_open failed for an in-memory database.");
        }

        if (DuckDbNative.Connect(database, out connection) != DuckDbState.Success)
        {
            DuckDbNative.Close(ref database);
            throw new InvalidOperationException("duckdb_connect failed.");
        }

        var threads = Environment.GetEnvironmentVariable(ThreadsVariable);
        if (!string.IsNullOrEmpty(threads))
        {
            Execute($"SET threads = {int.Parse(threads, CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The DuckDB version string (<c>v1.5.x</c>).</summary>
    public static string Version
    {
        get
        {
            DuckDbLibrary.EnsureLoaded();
            return Marshal.PtrToStringUTF8(DuckDbNative.LibraryVersion()) ?? "?";
        }
    }

    /// <summary>Runs a statement and discards its result.</summary>
    public void Execute(string sql)
    {
        using var result = Query(sql);
    }

    /// <summary>Runs a query; the caller disposes the result.</summary>
    public DuckDbQueryResult Query(string sql)
    {
        var result = new DuckDbQueryResult();
        if (DuckDbNative.Query(connection, sql, ref result.Native) != DuckDbState.Success)
        {
            var message = Marshal.PtrToStringUTF8(DuckDbNative.ResultError(ref result.Native)) ?? "unknown error";
            result.Dispose();
            throw new InvalidOperationException($"DuckDB query failed: {message}\n{sql}");
        }

        return result;
    }

    /// <summary>Starts appending rows to a table of the main schema.</summary>
    public DuckDbAppender CreateAppender(string table)
    {
        if (DuckDbNative.AppenderCreate(connection, null, table, out var appender) != DuckDbState.Success)
        {
            var message = Marshal.PtrToStringUTF8(DuckDbNative.AppenderError(appender)) ?? "unknown error";
            DuckDbNative.AppenderDestroy(ref appender);
            throw new InvalidOperationException($"duckdb_appender_create failed for {table}: {message}");
        }

        return new DuckDbAppender(appender);
    }

    public void Dispose()
    {
        if (connection != IntPtr.Zero)
        {
            DuckDbNative.Disconnect(ref connection);
        }

        if (database != IntPtr.Zero)
        {
            DuckDbNative.Close(ref database);
        }
    }
}

/// <summary>A materialised query result, read by value (the results here are a few dozen cells).</summary>
internal sealed class DuckDbQueryResult : IDisposable
{
    internal DuckDbResult Native;
    private bool disposed;

    public long RowCount => checked((long)DuckDbNative.RowCount(ref Native));

    public long Int64(int column, long row) => DuckDbNative.ValueInt64(ref Native, (ulong)column, (ulong)row);

    public double Double(int column, long row) => DuckDbNative.ValueDouble(ref Native, (ulong)column, (ulong)row);

    /// <summary>A cell as text: how exact values (a DECIMAL or HUGEINT sum) are read without rounding.</summary>
    public string Text(int column, long row)
    {
        var pointer = DuckDbNative.ValueVarchar(ref Native, (ulong)column, (ulong)row);
        try
        {
            return Marshal.PtrToStringUTF8(pointer) ?? string.Empty;
        }
        finally
        {
            DuckDbNative.Free(pointer);
        }
    }

    /// <summary>A cell read as an exact decimal through its text form.</summary>
    public decimal Decimal(int column, long row) => decimal.Parse(Text(column, row), NumberStyles.Number, CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            DuckDbNative.DestroyResult(ref Native);
        }
    }
}

/// <summary>DuckDB's row appender: one append call per cell, then <see cref="EndRow"/>; disposing flushes and destroys it.</summary>
internal struct DuckDbAppender : IDisposable
{
    private IntPtr handle;

    internal DuckDbAppender(IntPtr handle) => this.handle = handle;

    public readonly void Append(byte value) => Check(DuckDbNative.AppendUInt8(handle, value));

    public readonly void Append(int value) => Check(DuckDbNative.AppendInt32(handle, value));

    public readonly void Append(long value) => Check(DuckDbNative.AppendInt64(handle, value));

    public readonly void Append(double value) => Check(DuckDbNative.AppendDouble(handle, value));

    public readonly void Append(DateOnly value) => Check(DuckDbNative.AppendDate(handle, new DuckDbDate(value)));

    public readonly void EndRow() => Check(DuckDbNative.AppenderEndRow(handle));

    public void Dispose()
    {
        if (handle != IntPtr.Zero)
        {
            // duckdb_appender_destroy flushes the remaining rows and reports a failed flush.
            var state = DuckDbNative.AppenderDestroy(ref handle);
            handle = IntPtr.Zero;
            if (state != DuckDbState.Success)
            {
                throw new InvalidOperationException("duckdb_appender_destroy failed to flush the appended rows.");
            }
        }
    }

    private readonly void Check(DuckDbState state)
    {
        if (state != DuckDbState.Success)
        {
            var message = Marshal.PtrToStringUTF8(DuckDbNative.AppenderError(handle)) ?? "unknown error";
            throw new InvalidOperationException($"DuckDB append failed: {message}");
        }
    }
}
