using System;

namespace KpiFormulas.Excel;

/// <summary>
/// Marks a method of <see cref="KpiFunctions"/> as a worksheet function: the name a spreadsheet user
/// types and, for the worksheet form of a catalogue KPI, the catalogue id its description comes from.
/// An add-in does not read it directly: <see cref="KpiFunctions.Describe"/> gives every function with
/// its name, description, category and arguments (see <c>docs/excel.md</c>).
/// </summary>
/// <remarks>
/// The descriptions are written once: a KPI's from the catalogue (<see cref="KpiDefinition"/>: English
/// name, unit, formula), any other function's from its XML summary, the result from its
/// <c>returns</c> and each argument from its <c>param</c>. The generator
/// <c>docs/tooling/generate-worksheet-descriptions.cs</c> copies them into the assembly.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WorksheetFunctionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The name typed in a cell, such as <c>KPI.CAC</c>.</param>
    public WorksheetFunctionAttribute(string name) => Name = name;

    /// <summary>The name typed in a cell (<c>KPI.CAC</c>, <c>KPI.LTV_TO_CAC</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// The catalogue id (one of <see cref="KpiIds"/>) when the function computes that KPI, whatever its
    /// input shape (<c>KPI.NPS</c> and <c>KPI.NPS_FROM_ANSWERS</c> are both <c>nps</c>); null for the
    /// parts of a table-shaped KPI, the bands and the tracking tools, which describe themselves.
    /// </summary>
    public string? KpiId { get; init; }
}
