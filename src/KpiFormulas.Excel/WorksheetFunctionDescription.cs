using System.Collections.Generic;
using System.Reflection;

namespace KpiFormulas.Excel;

/// <summary>
/// One worksheet function as an add-in registers it: the name typed in a cell, the description and
/// category the function wizard shows, the method to call and its arguments. Excel-DNA's
/// <c>ExcelFunctionRegistration</c> takes each property as it is (see <c>docs/excel.md</c>).
/// </summary>
public sealed class WorksheetFunctionDescription
{
    internal WorksheetFunctionDescription(
        string name, string description, string? kpiId, MethodInfo method, IReadOnlyList<WorksheetArgumentDescription> arguments)
    {
        Name = name;
        Description = description;
        KpiId = kpiId;
        Method = method;
        Arguments = arguments;
    }

    /// <summary>The name typed in a cell (<c>KPI.CAC</c>): Excel-DNA's <c>ExcelFunction.Name</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// What the function computes, in which unit, and what it returns (at most 255 characters, Excel's
    /// limit): Excel-DNA's <c>ExcelFunction.Description</c>. For a catalogue KPI it starts with the
    /// catalogue's English name, unit and formula.
    /// </summary>
    public string Description { get; }

    /// <summary>The function wizard's category, <see cref="KpiFunctions.Category"/>: Excel-DNA's <c>ExcelFunction.Category</c>.</summary>
    public string Category { get; } = KpiFunctions.Category;

    /// <summary>The catalogue id of the KPI the function computes, or null for a part of a KPI, a band or a tracking tool.</summary>
    public string? KpiId { get; }

    /// <summary>The public static method of <see cref="KpiFunctions"/> to register.</summary>
    public MethodInfo Method { get; }

    /// <summary>The arguments, in the method's parameter order.</summary>
    public IReadOnlyList<WorksheetArgumentDescription> Arguments { get; }

    /// <summary>The call as the documentation writes it, optional arguments in brackets.</summary>
    /// <returns>For example <c>KPI.CAC(sales_costs, [marketing_costs], new_customers)</c>.</returns>
    public override string ToString()
    {
        var arguments = new string[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i].IsOptional ? "[" + Arguments[i].Name + "]" : Arguments[i].Name;
        }

        return Name + "(" + string.Join(", ", arguments) + ")";
    }
}

/// <summary>One argument of a worksheet function: Excel-DNA's <c>ExcelArgument</c> name and description.</summary>
public sealed class WorksheetArgumentDescription
{
    internal WorksheetArgumentDescription(string name, string description, bool isOptional, bool isRange)
    {
        Name = name;
        Description = description;
        IsOptional = isOptional;
        IsRange = isRange;
    }

    /// <summary>The argument name the function wizard shows, in snake case (<c>new_customers</c>): Excel-DNA's <c>ExcelArgument.Name</c>.</summary>
    public string Name { get; }

    /// <summary>What to put in the argument and in which unit (at most 255 characters): Excel-DNA's <c>ExcelArgument.Description</c>.</summary>
    public string Description { get; }

    /// <summary>
    /// True when the argument may be left out (its description says what it then is). The parameter
    /// carries <see cref="System.Runtime.InteropServices.OptionalAttribute"/>, so a C# caller may omit it too.
    /// </summary>
    public bool IsOptional { get; }

    /// <summary>
    /// True when the parameter is a range (<c>object?[,]</c>): blank cells, text and TRUE/FALSE in it are
    /// ignored. Other parameters take one value, or a range where their description says so.
    /// </summary>
    public bool IsRange { get; }
}
