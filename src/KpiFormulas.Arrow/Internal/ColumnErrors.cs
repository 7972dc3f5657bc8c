using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiFormulas.Arrow.Internal;

/// <summary>
/// The one place this package throws its argument exceptions: every message names the column and,
/// for a bad value, the row (counted in the batch or row group, and where that batch sits).
/// </summary>
internal static partial class ColumnErrors
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    internal static T NotNull<T>([NotNull] T? value, string paramName)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws unless the column name is neither null nor blank.</summary>
    internal static string ColumnName([NotNull] string? name, string paramName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A column name must not be null or blank.", paramName);
        }

        return name;
    }

    /// <summary>Throws when <paramref name="value"/> is not a defined member of its enum.</summary>
    internal static void Defined(NullRows value, string paramName)
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Pass NullRows.Refuse or NullRows.Skip.");
        }
    }

    /// <summary>Copies the chosen row groups, each checked to be a row group of the file and named once.</summary>
    internal static int[] RowGroups(IReadOnlyList<int> rowGroups, int rowGroupCount, string paramName)
    {
        var chosen = new int[rowGroups.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < chosen.Length; i++)
        {
            var index = rowGroups[i];
            if (index < 0 || index >= rowGroupCount)
            {
                throw new ArgumentOutOfRangeException(paramName, index, Text($"Row group {index} is not a row group of the Parquet file: it has {rowGroupCount} row group(s), indexed from 0 to {rowGroupCount - 1}."));
            }

            if (!seen.Add(index))
            {
                // Read twice, its rows would be counted twice.
                throw new ArgumentException(Text($"Row group {index} is named twice: each row group is read once."), paramName);
            }

            chosen[i] = index;
        }

        return chosen;
    }

    [DoesNotReturn]
    internal static void MissingColumn(Where where, string column, string available) =>
        throw new ArgumentException(Text($"The {where.Container} has no column '{column}' (its columns: {available})."), where.ParamName);

    [DoesNotReturn]
    internal static void WrongType(Where where, string column, string actualType, string accepted) =>
        throw new ArgumentException(Text($"Column '{column}' of the {where.Container} is {actualType}; it must be {accepted}."), where.ParamName);

    [DoesNotReturn]
    internal static void WrongLength(Where where, string column, int length, int rows) =>
        throw new ArgumentException(Text($"Column '{column}' of the {where.Container} has {length} values; the {where.Container} has {rows} rows."), where.ParamName);

    [DoesNotReturn]
    internal static void Null(Where where, string column, long row) =>
        throw new ArgumentException(Text($"Column '{column}', {where.Row(row)}: the value is null. Pass NullRows.Skip to leave out rows with a null, or fill the nulls first."), where.ParamName);

    [DoesNotReturn]
    internal static void OutOfRange(Where where, string column, long row, object value, string rule) =>
        throw new ArgumentOutOfRangeException(where.ParamName, value, Text($"Column '{column}', {where.Row(row)}: {rule}"));

    [DoesNotReturn]
    internal static void UnexactDecimal(Where where, string column, string type, string rule) =>
        throw new ArgumentException(Text($"Column '{column}' of the {where.Container} is {type}: {rule}"), where.ParamName);

    [DoesNotReturn]
    internal static void UnknownTimeZone(Where where, string column, string zone, Exception inner) =>
        throw new ArgumentException(Text($"Column '{column}' of the {where.Container} has the time zone '{zone}', which this machine does not know."), where.ParamName, inner);

    /// <summary>
    /// The exception of an accumulator that rejected a chunk of a column, told again with the
    /// column's name and the row in the batch (the accumulator counts rows from the chunk's first).
    /// </summary>
    internal static ArgumentException Rejected(ArgumentException rejected, Where where, string column, Func<int, long> rowOfChunkRow)
    {
        var message = rejected is ArgumentOutOfRangeException { ActualValue: not null } outOfRange
            ? StripActualValue(outOfRange)
            : StripParamName(rejected);
        var match = ChunkRow().Match(message);
        var text = match.Success
            ? Text($"Column '{column}', {where.Row(rowOfChunkRow(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)))}: {match.Groups[2].Value}")
            : Text($"Column '{column}' of the {where.Container}: {message}");
        return rejected is ArgumentOutOfRangeException range
            ? new ArgumentOutOfRangeException(where.ParamName, range.ActualValue, text)
            : new ArgumentException(text, where.ParamName, rejected);
    }

    private static string StripParamName(ArgumentException exception)
    {
        var suffix = Text($" (Parameter '{exception.ParamName}')");
        var message = exception.Message;
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }

    private static string StripActualValue(ArgumentOutOfRangeException exception)
    {
        var message = StripParamName(exception);
        var suffix = Text($"{Environment.NewLine}Actual value was {exception.ActualValue}.");
        message = message.Replace(suffix, string.Empty, StringComparison.Ordinal);
        return StripParamNameAnywhere(message, exception.ParamName);
    }

    private static string StripParamNameAnywhere(string message, string? paramName)
    {
        var suffix = Text($" (Parameter '{paramName}')");
        return message.Replace(suffix, string.Empty, StringComparison.Ordinal);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Row (\d+): (.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ChunkRow();
}

/// <summary>Where a batch of rows comes from, for messages: the argument it was passed in, and its place in a stream or file.</summary>
/// <param name="ParamName">The argument: <c>batch</c>, <c>stream</c> or <c>file</c>.</param>
/// <param name="Container">The batch's name in a message: "record batch", "batch 3 of the stream", "row group 2 of the Parquet file".</param>
internal readonly record struct Where(string ParamName, string Container)
{
    /// <summary>The text of a row of the batch, for messages.</summary>
    public string Row(long row) => string.Create(CultureInfo.InvariantCulture, $"row {row} of the {Container}");
}
