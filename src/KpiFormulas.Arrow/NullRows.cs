namespace KpiFormulas.Arrow;

/// <summary>What a row with a null (a cleared bit of an Arrow validity bitmap, an undefined Parquet value) in one of the columns read does.</summary>
/// <remarks>
/// There is no default meaning for a missing amount, key or date: counting it as zero, or as a
/// key of its own, would change a KPI without saying so. The caller says which rule applies.
/// </remarks>
public enum NullRows
{
    /// <summary>A null in a column read is an error: the exception names the column and the row, and no row of that batch or row group is added.</summary>
    Refuse = 0,

    /// <summary>A row with a null in any column read is left out, as SQL's aggregates leave out nulls; the other rows are added.</summary>
    Skip = 1,
}
