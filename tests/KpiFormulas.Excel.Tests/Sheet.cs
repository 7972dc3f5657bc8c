using System;
using KpiFormulas.Excel;
using Xunit;

namespace KpiFormulas.Excel.Tests;

/// <summary>What an add-in passes for cells and ranges, and assertions on what the functions return.</summary>
internal static class Sheet
{
    /// <summary>Excel-DNA passes an omitted argument as ExcelMissing; C# passes Missing.Value for an omitted [Optional] parameter.</summary>
    public static readonly object Omitted = System.Reflection.Missing.Value;

    /// <summary>A range of one column.</summary>
    public static object?[,] Column(params object?[] cells)
    {
        var range = new object?[cells.Length, 1];
        for (var i = 0; i < cells.Length; i++)
        {
            range[i, 0] = cells[i];
        }

        return range;
    }

    /// <summary>A range of one row.</summary>
    public static object?[,] Row(params object?[] cells)
    {
        var range = new object?[1, cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            range[0, i] = cells[i];
        }

        return range;
    }

    /// <summary>A range from rows of cells (null for a blank cell).</summary>
    public static object?[,] Table(params object?[][] rows)
    {
        var columns = 0;
        foreach (var row in rows)
        {
            columns = Math.Max(columns, row.Length);
        }

        var range = new object?[rows.Length, columns];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                range[r, c] = rows[r][c];
            }
        }

        return range;
    }

    /// <summary>Excel's date serial of a day (1 = 1 January 1900; from 1 March 1900 it is the OLE automation date).</summary>
    public static double Date(int year, int month, int day) => new DateTime(year, month, day).ToOADate();

    /// <summary>Excel's time serial of a duration: days with fractions (0:45 is 0.03125).</summary>
    public static double Time(int hours, int minutes) => ((hours * 60) + minutes) / 1440.0;

    /// <summary>Asserts a number, exactly or within an absolute tolerance.</summary>
    public static void Number(double expected, object actual, double tolerance = 0)
    {
        var number = Assert.IsType<double>(actual);
        if (tolerance == 0)
        {
            Assert.Equal(expected, number);
        }
        else
        {
            Assert.InRange(number, expected - tolerance, expected + tolerance);
        }
    }

    /// <summary>Asserts an Excel error text.</summary>
    public static void Error(string expected, object actual)
    {
        Assert.True(WorksheetErrors.IsError(expected), $"{expected} is not an error text");
        Assert.Equal(expected, Assert.IsType<string>(actual));
    }
}
