using System;
using System.Runtime.InteropServices;

namespace KpiFormulas.Benchmarks.Aggregation.DuckDb;

// Hand-written bindings to the part of DuckDB's C API (duckdb.h) the benchmarks use. Handles
// (duckdb_database, duckdb_connection, duckdb_appender) are opaque pointers; duckdb_result is a
// caller-allocated struct of six pointer-sized fields; duckdb_date is a struct holding one int32
// (days since 1970-01-01), passed by value like an int32 on x64 System V.

/// <summary>DuckDB's <c>duckdb_state</c>: 0 success, 1 error.</summary>
internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}

/// <summary>DuckDB's <c>duckdb_result</c>: opaque to us (every field is read through the API), only its size matters.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbResult
{
    private readonly ulong deprecatedColumnCount;
    private readonly ulong deprecatedRowCount;
    private readonly ulong deprecatedRowsChanged;
    private readonly IntPtr deprecatedColumns;
    private readonly IntPtr deprecatedErrorMessage;
    private readonly IntPtr internalData;
}

/// <summary>DuckDB's <c>duckdb_date</c>: days since 1970-01-01.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct DuckDbDate
{
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    private readonly int days;

    public DuckDbDate(DateOnly date) => days = date.DayNumber - Epoch;
}

/// <summary>The C entry points, bound to <c>libduckdb.so</c> through <see cref="DuckDbLibrary"/>'s resolver.</summary>
internal static partial class DuckDbNative
{
    public const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    public static partial IntPtr LibraryVersion();

    [LibraryImport(Library, EntryPoint = "duckdb_open", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState Open(string? path, out IntPtr database);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    public static partial void Close(ref IntPtr database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    public static partial DuckDbState Connect(IntPtr database, out IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    public static partial void Disconnect(ref IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_query", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState Query(IntPtr connection, string query, ref DuckDbResult result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    public static partial void DestroyResult(ref DuckDbResult result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    public static partial IntPtr ResultError(ref DuckDbResult result);

    [LibraryImport(Library, EntryPoint = "duckdb_row_count")]
    public static partial ulong RowCount(ref DuckDbResult result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    public static partial ulong ColumnCount(ref DuckDbResult result);

    [LibraryImport(Library, EntryPoint = "duckdb_value_int64")]
    public static partial long ValueInt64(ref DuckDbResult result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_double")]
    public static partial double ValueDouble(ref DuckDbResult result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_value_varchar")]
    public static partial IntPtr ValueVarchar(ref DuckDbResult result, ulong column, ulong row);

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    public static partial void Free(IntPtr pointer);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState AppenderCreate(IntPtr connection, string? schema, string table, out IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error")]
    public static partial IntPtr AppenderError(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    public static partial DuckDbState AppenderClose(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    public static partial DuckDbState AppenderDestroy(ref IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    public static partial DuckDbState AppenderEndRow(IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint8")]
    public static partial DuckDbState AppendUInt8(IntPtr appender, byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    public static partial DuckDbState AppendInt32(IntPtr appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    public static partial DuckDbState AppendInt64(IntPtr appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    public static partial DuckDbState AppendDouble(IntPtr appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_date")]
    public static partial DuckDbState AppendDate(IntPtr appender, DuckDbDate value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar", StringMarshalling = StringMarshalling.Utf8)]
    public static partial DuckDbState AppendVarchar(IntPtr appender, string value);
}
