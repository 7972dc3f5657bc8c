using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// The setup every aggregation benchmark over one data set shares: columns for the hand loop and
/// KpiFormulas, the same rows as records for LINQ, and the same rows loaded into DuckDB.
/// </summary>
/// <typeparam name="TData">The columnar data set.</typeparam>
/// <typeparam name="TRecord">One row as LINQ reads it.</typeparam>
public abstract class RecordBenchmark<TData, TRecord> : AggregationBenchmark
    where TData : class
{
    /// <summary>The columns.</summary>
    protected TData Data { get; private set; } = null!;

    /// <summary>The rows as records (LINQ only).</summary>
    protected TRecord[] Records { get; private set; } = null!;

    /// <summary>The connection to the in-memory DuckDB database holding the rows (DuckDB only).</summary>
    private protected DuckDBConnection? Duck { get; private set; }

    /// <summary>The DuckDB table the rows are loaded into.</summary>
    protected abstract string Table { get; }

    /// <summary>Data and the records LINQ reads.</summary>
    [GlobalSetup(Target = "Linq")]
    public void SetUpLinq()
    {
        Data = Generate(Rows);
        Records = ToRecords(Data);
    }

    /// <summary>Data loaded into DuckDB (not timed: the DuckDbLoad benchmark times the load).</summary>
    [GlobalSetup(Targets = [DuckDbQueryMethod, DuckDbLoadMethod])]
    public void SetUpDuckDb()
    {
        Data = Generate(Rows);
        Duck = InMemoryDuckDb.Open();
        Load(Duck, Table);
    }

    /// <summary>Data only.</summary>
    [GlobalSetup]
    public void SetUp() => Data = Generate(Rows);

    /// <inheritdoc/>
    public override void SetUpAll()
    {
        SetUpLinq();
        Duck = InMemoryDuckDb.Open();
        Load(Duck, Table);
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public override void CleanUpAll()
    {
        Duck?.Dispose();
        Duck = null;
    }

    /// <summary>Generates the seeded data set.</summary>
    /// <param name="rows">How many rows.</param>
    /// <returns>The columns.</returns>
    protected abstract TData Generate(int rows);

    /// <summary>The same rows as records.</summary>
    /// <param name="data">The columns.</param>
    /// <returns>One record per row.</returns>
    protected abstract TRecord[] ToRecords(TData data);

    /// <summary>Loads <see cref="Data"/> into a DuckDB table with the appender.</summary>
    /// <param name="connection">The DuckDB connection.</param>
    /// <param name="table">The table name.</param>
    private protected abstract void Load(DuckDBConnection connection, string table);
}
