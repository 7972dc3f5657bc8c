// Types named like Excel-DNA's (ExcelDna.Integration is not available here): the library recognises
// ExcelMissing, ExcelEmpty and ExcelError by their type names, so an add-in can pass them through.
#pragma warning disable CA1712 // the members keep Excel-DNA's names (ExcelErrorDiv0...), which the library maps by name.

namespace ExcelDna.Integration;

/// <summary>What Excel-DNA passes for an omitted argument.</summary>
public sealed class ExcelMissing
{
}

/// <summary>What Excel-DNA passes for a blank cell.</summary>
public sealed class ExcelEmpty
{
}

/// <summary>Excel-DNA's error values, with its member names.</summary>
public enum ExcelError
{
    ExcelErrorNull = 0,
    ExcelErrorDiv0 = 7,
    ExcelErrorValue = 15,
    ExcelErrorRef = 23,
    ExcelErrorName = 29,
    ExcelErrorNum = 36,
    ExcelErrorNA = 42,
    ExcelErrorGettingData = 43,
}
