using System;

namespace KpiFormulas.Excel;

/// <summary>
/// Marks a method of <see cref="KpiFunctions"/> as a worksheet function and gives the name a
/// spreadsheet user types, the description the function wizard shows and its category. An Excel
/// add-in reads it to register the method; its shape follows Excel-DNA's <c>[ExcelFunction]</c>
/// (<c>Name</c>, <c>Description</c>, <c>Category</c>) so that the mapping is one assignment per
/// property (see <c>docs/excel.md</c>).
/// </summary>
/// <remarks>
/// The values are constructor arguments with get-only properties rather than settable properties:
/// the library's public types have no setters (a convention its tests check), and C# lets attribute
/// constructor arguments be named, so a use reads
/// <c>[WorksheetFunction("KPI.CAC", description: "...")]</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WorksheetFunctionAttribute : Attribute
{
    /// <summary>The category every function of the library is listed under: <c>KpiFormulas</c>.</summary>
    public const string DefaultCategory = "KpiFormulas";

    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The name typed in a cell, such as <c>KPI.CAC</c>.</param>
    /// <param name="description">One sentence for the function wizard: what the function returns and in which unit.</param>
    /// <param name="category">The function wizard's category; <see cref="DefaultCategory"/> when omitted.</param>
    public WorksheetFunctionAttribute(string name, string description, string category = DefaultCategory)
    {
        Name = name;
        Description = description;
        Category = category;
    }

    /// <summary>The name typed in a cell (<c>KPI.CAC</c>, <c>KPI.LTV_TO_CAC</c>): Excel-DNA's <c>ExcelFunction.Name</c>.</summary>
    public string Name { get; }

    /// <summary>What the function returns and in which unit: Excel-DNA's <c>ExcelFunction.Description</c>.</summary>
    public string Description { get; }

    /// <summary>The function wizard's category: Excel-DNA's <c>ExcelFunction.Category</c>.</summary>
    public string Category { get; }
}

/// <summary>
/// Names and describes one argument of a worksheet function, as Excel-DNA's <c>[ExcelArgument]</c>
/// does (<c>Name</c>, <c>Description</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class WorksheetArgumentAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The argument name the function wizard shows, in snake case (<c>new_customers</c>).</param>
    /// <param name="description">What to put in the argument and in which unit; says when it may be left out.</param>
    public WorksheetArgumentAttribute(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The argument name the function wizard shows: Excel-DNA's <c>ExcelArgument.Name</c>.</summary>
    public string Name { get; }

    /// <summary>What to put in the argument: Excel-DNA's <c>ExcelArgument.Description</c>.</summary>
    public string Description { get; }
}
