using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KpiFormulas.Spreadsheet.Tests.Engine;

/// <summary>A formula to write into a cell, as typed after the <c>=</c> (<c>B2/C2</c>).</summary>
/// <param name="Text">The formula without its leading <c>=</c>, in Excel's English syntax.</param>
public sealed record Formula(string Text);

/// <summary>A spreadsheet error value (<c>#DIV/0!</c>, <c>#VALUE!</c>, <c>#N/A</c>...), written or read back.</summary>
/// <param name="Code">The error as the cell shows it.</param>
public sealed record ErrorValue(string Code)
{
    /// <inheritdoc/>
    public override string ToString() => Code;
}

/// <summary>
/// A workbook of plain cells, written to and read from .xlsx with DocumentFormat.OpenXml. A cell holds
/// a number (<see cref="double"/>), a text (<see cref="string"/>), TRUE/FALSE (<see cref="bool"/>), an
/// <see cref="ErrorValue"/> or, when written, a <see cref="Formula"/>; a blank cell is null. Read back
/// after <see cref="LibreOfficeCalc.Recalculate"/>, a formula cell holds the value the engine computed.
/// </summary>
public sealed class Workbook
{
    private readonly List<(string Name, SortedDictionary<(int Row, int Column), object> Cells)> sheets = [];

    /// <summary>The names of the sheets, in order.</summary>
    public IReadOnlyList<string> SheetNames => sheets.Select(s => s.Name).ToList();

    /// <summary>A cell's reference: row 1 and column 1 are <c>A1</c>, column 28 is <c>AB</c>.</summary>
    public static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A column's letters: 1 is <c>A</c>, 27 is <c>AA</c>.</summary>
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Adds an empty sheet at the end.</summary>
    public void AddSheet(string name)
    {
        if (sheets.Any(s => s.Name == name))
        {
            throw new ArgumentException($"The workbook already has a sheet named {name}.", nameof(name));
        }

        sheets.Add((name, new SortedDictionary<(int, int), object>()));
    }

    /// <summary>Sets a cell of a sheet; null leaves it blank.</summary>
    public void Set(string sheet, int row, int column, object? value)
    {
        var cells = CellsOf(sheet);
        if (value is null)
        {
            cells.Remove((row, column));
            return;
        }

        cells[(row, column)] = value switch
        {
            double d when double.IsFinite(d) => d,
            string or bool or Formula or ErrorValue => value,
            _ => throw new ArgumentException($"A cell holds a finite double, a string, a bool, a Formula or an ErrorValue, not {value} ({value.GetType().Name}).", nameof(value)),
        };
    }

    /// <summary>A cell of a sheet: a double, string, bool, <see cref="ErrorValue"/>, <see cref="Formula"/>, or null when blank.</summary>
    public object? Get(string sheet, int row, int column) =>
        CellsOf(sheet).TryGetValue((row, column), out var value) ? value : null;

    /// <summary>Writes the workbook as .xlsx.</summary>
    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (name, cells) in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var rowCells in cells.GroupBy(c => c.Key.Row))
            {
                var row = new Row { RowIndex = (uint)rowCells.Key };
                foreach (var ((r, c), value) in rowCells)
                {
                    row.AppendChild(CellOf(Reference(r, c), value));
                }

                data.AppendChild(row);
            }

            worksheetPart.Worksheet = new Worksheet(data);
            sheetList.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = id++, Name = name });
        }
    }

    /// <summary>Reads an .xlsx: each cell's value as the file stores it (for a formula, the value last computed).</summary>
    public static Workbook Read(string path)
    {
        var workbook = new Workbook();
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException($"{path} holds no workbook.");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? throw new InvalidOperationException($"A sheet of {path} has no name.");
            workbook.AddSheet(name);
            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            foreach (var cell in worksheetPart.Worksheet.Descendants<Cell>())
            {
                var (row, column) = Parse(cell.CellReference?.Value ?? throw new InvalidOperationException($"A cell of {path}!{name} has no reference."));
                workbook.Set(name, row, column, ValueOf(cell, sharedStrings));
            }
        }

        return workbook;
    }

    private SortedDictionary<(int Row, int Column), object> CellsOf(string sheet) =>
        sheets.FirstOrDefault(s => s.Name == sheet).Cells ?? throw new ArgumentException($"The workbook has no sheet named {sheet}.", nameof(sheet));

    private static Cell CellOf(string reference, object value) => value switch
    {
        double number => new Cell { CellReference = reference, CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)) },
        string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString },
        bool flag => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
        ErrorValue error => new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(error.Code) },
        Formula formula => new Cell { CellReference = reference, CellFormula = new CellFormula(Stored(formula.Text)) },
        _ => throw new InvalidOperationException($"Unexpected cell value {value}."),
    };

    private static object? ValueOf(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return sharedStrings[int.Parse(raw, CultureInfo.InvariantCulture)];
        }

        if (type == CellValues.String)
        {
            return raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1";
        }

        return type == CellValues.Error
            ? new ErrorValue(raw)
            : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The row and column of a cell reference: <c>B5</c> is (5, 2).</summary>
    public static (int Row, int Column) Parse(string reference)
    {
        var letters = reference.TakeWhile(char.IsAsciiLetter).Count();
        var column = 0;
        foreach (var letter in reference[..letters])
        {
            column = (column * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return (int.Parse(reference[letters..], CultureInfo.InvariantCulture), column);
    }

    /// <summary>
    /// The formula as a file stores it: the functions added in Excel 2010 and later carry the <c>_xlfn.</c>
    /// prefix there (a user types and sees <c>NORM.S.INV</c>); without it a spreadsheet reads an unknown name.
    /// </summary>
    private static string Stored(string formula) =>
        System.Text.RegularExpressions.Regex.Replace(formula, @"(?<![\w.])(NORM\.S\.INV|NORM\.S\.DIST)\(", "_xlfn.$1(");
}
