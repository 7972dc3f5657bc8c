using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace KpiFormulas.Excel;

/// <summary>
/// Every scalar KPI of the catalogue as a worksheet function: plain numbers, text, TRUE/FALSE and
/// ranges in, a number, a text, TRUE/FALSE, an array or an Excel error text out, never an exception.
/// An Excel add-in registers the functions that <see cref="Describe"/> lists, under their names
/// (<c>KPI.CAC</c>, <c>KPI.LTV_TO_CAC</c>...) with their descriptions; see <c>docs/excel.md</c>.
/// </summary>
/// <remarks>
/// <para>Names: <c>KPI.</c> + the catalogue id in upper case (<c>KPI.CONVERSION_RATE</c>); another input
/// shape of the same KPI adds <c>_FROM_</c> + the input (<c>KPI.NPS_FROM_ANSWERS</c>); the bands add
/// <c>_LEVEL</c> (<c>KPI.PAYBACK_PERIOD_LEVEL</c>) and return the level's name as text; parts of a
/// table-shaped KPI add the part (<c>KPI.FUNNEL_BOTTLENECK</c>, <c>KPI.COHORT_RETENTION_TABLE</c>); the
/// tracking tools are <c>KPI.CHANGE</c>, <c>KPI.POINTS_CHANGE</c>, <c>KPI.TARGET</c>, <c>KPI.PROGRESS</c>,
/// <c>KPI.DRIFT</c>... The C# method is the PascalCase of the name after <c>KPI.</c> (<c>LtvToCac</c>),
/// each argument the snake case of its parameter (<c>newCustomers</c> is <c>new_customers</c>).</para>
/// <para>Values: money is a plain number in the sheet's currency, read as the decimal Excel shows
/// (15 significant digits: 0.1 + 0.2 is 0.3) and computed exactly; rates are fractions (0.25, to
/// format as %); ratios are x of x : 1; durations are Excel time serials (1 = one day) except the
/// time-saved family, which is in hours; a payback is in months.</para>
/// <para>A cell argument (<c>object?</c>) is read as Excel's own functions read a direct argument:
/// numeric text is its number ("3", "12.5%", in the invariant culture), TRUE is 1 and FALSE 0, a blank
/// cell (null) is 0. A range argument (<c>object?[,]</c>) ignores blank cells, text and TRUE/FALSE, as
/// SUM does. A required argument left out is <c>#VALUE!</c>; an error in an input is returned as it is.
/// See <see cref="WorksheetErrors"/> for which error means what.</para>
/// </remarks>
public static partial class KpiFunctions
{
    /// <summary>The function wizard's category every function is listed under: <c>KpiFormulas</c>.</summary>
    public const string Category = "KpiFormulas";

    private static readonly Lazy<ReadOnlyCollection<WorksheetFunctionDescription>> Descriptions = new(DescribeAll);

    /// <summary>
    /// Every worksheet function with its name, description, category, method and arguments: what an
    /// add-in registers (see <c>docs/excel.md</c> for an Excel-DNA add-in).
    /// </summary>
    /// <returns>The functions in a stable order: by family, then as declared.</returns>
    public static IReadOnlyList<WorksheetFunctionDescription> Describe() => Descriptions.Value;

    private static ReadOnlyCollection<WorksheetFunctionDescription> DescribeAll()
    {
        var methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        foreach (var method in typeof(KpiFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (method.IsDefined(typeof(WorksheetFunctionAttribute), inherit: false))
            {
                methods.Add(method.Name, method);
            }
        }

        var generated = FunctionDescriptions.All;
        var functions = new List<WorksheetFunctionDescription>(generated.Length);
        foreach (var (methodName, description, argumentDescriptions) in generated)
        {
            if (!methods.TryGetValue(methodName, out var method) || method.GetParameters().Length != argumentDescriptions.Length)
            {
                throw Stale(methodName);
            }

            var parameters = method.GetParameters();
            var arguments = new WorksheetArgumentDescription[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = new WorksheetArgumentDescription(
                    SnakeCase(parameters[i].Name!),
                    argumentDescriptions[i],
                    parameters[i].IsDefined(typeof(OptionalAttribute), inherit: false),
                    parameters[i].ParameterType == typeof(object[,]));
            }

            var attribute = method.GetCustomAttribute<WorksheetFunctionAttribute>()!;
            functions.Add(new WorksheetFunctionDescription(attribute.Name, description, attribute.KpiId, method, Array.AsReadOnly(arguments)));
            methods.Remove(methodName);
        }

        if (methods.Count > 0)
        {
            throw Stale(string.Join(", ", methods.Keys));
        }

        return functions.AsReadOnly();
    }

    private static InvalidOperationException Stale(string method) =>
        new($"The generated descriptions do not match KpiFunctions.{method}: run `dotnet run docs/tooling/generate-worksheet-descriptions.cs` and rebuild.");

    /// <summary>A C# parameter name in snake case: <c>newCustomers</c> is <c>new_customers</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                snake.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                snake.Append(c);
            }
        }

        return snake.ToString();
    }

    /// <summary>
    /// Runs a function body at the worksheet boundary: an argument error becomes its Excel error and
    /// any exception from the library becomes the nearest Excel error, so nothing ever escapes.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The worksheet boundary must never throw: Excel shows an exception as #VALUE! at best and can lose the add-in at worst, so every failure becomes an error value here.")]
    private static object Run(Func<object> body)
    {
        try
        {
            return body();
        }
        catch (CellException cell)
        {
            return cell.Error;
        }
        catch (OverflowException)
        {
            return WorksheetErrors.Number;
        }
        catch (DivideByZeroException)
        {
            return WorksheetErrors.DivisionByZero;
        }
        catch (Exception)
        {
            // ArgumentException and its kind: a rule of the KPI refused the input (a part above its
            // whole, a payment before its lead...). Anything else is unexpected, and still not thrown.
            return WorksheetErrors.Value;
        }
    }

    private static double Out(decimal value) => Cells.ToDouble(value);

    private static double Out(Money value) => Cells.ToDouble(value.Amount);

    private static double Out(Rate value) => Cells.ToDouble(value.Fraction);

    private static object Out(KpiResult<Money> result) =>
        result.TryGetValue(out var value) ? Out(value) : Undefined(result.Reason);

    private static object Out(KpiResult<Rate> result) =>
        result.TryGetValue(out var value) ? Out(value) : Undefined(result.Reason);

    private static object Out(KpiResult<Ratio> result) =>
        result.TryGetValue(out var value) ? Out(value.Value) : Undefined(result.Reason);

    private static object Out(KpiResult<decimal> result) =>
        result.TryGetValue(out var value) ? Out(value) : Undefined(result.Reason);

    private static object OutDays(KpiResult<TimeSpan> result) =>
        result.TryGetValue(out var value) ? Cells.ToDays(value) : Undefined(result.Reason);

    private static string Undefined(UndefinedReason? reason) =>
        WorksheetErrors.For(reason ?? UndefinedReason.NotComputed);
}
