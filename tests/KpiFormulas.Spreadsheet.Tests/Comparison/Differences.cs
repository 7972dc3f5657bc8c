using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KpiFormulas.Spreadsheet.Tests.Engine;

namespace KpiFormulas.Spreadsheet.Tests.Comparison;

/// <summary>
/// A documented difference between a worksheet function and the native formula a user types: where
/// it applies, what our function returns there, and its anchor in docs/excel.md's section
/// "Against a spreadsheet formula".
/// </summary>
/// <param name="Id">The anchor id in docs/excel.md (<c>negative-input</c>).</param>
/// <param name="Applies">Whether the difference applies to an outcome's function and inputs.</param>
/// <param name="Ours">Whether our function returned what is documented where the difference applies.</param>
internal sealed record Difference(string Id, Func<Outcome, bool> Applies, Func<Outcome, bool> Ours);

/// <summary>Every documented difference, and how two results compare.</summary>
internal static class Differences
{
    /// <summary>One tick (100 ns), the resolution of the library's durations, in days.</summary>
    private const double TickInDays = 1d / TimeSpan.TicksPerDay;

    private static readonly string[] DurationResults = ["KPI.TIME_PER_LEAD", "KPI.AVERAGE_HANDLING_TIME", "KPI.AVERAGE_RESPONSE_TIME", "KPI.SESSION_DURATION"];

    private static readonly string[] OptionalCounts = ["KPI.AVERAGE_HANDLING_TIME", "KPI.SESSION_DURATION", "KPI.AVERAGE_ORDER_VALUE", "KPI.AVERAGE_DEAL_SIZE"];

    private static readonly string[] PairedValues = ["KPI.ERRORS_AVOIDED", "KPI.MENTAL_LOAD_CHANGE"];

    private static readonly string[] DriftChecks = ["KPI.DRIFT_STATUS", "KPI.DRIFT_REQUIRES_ADJUSTMENT"];

    private static readonly string[] StatisticsResults = ["KPI.RATE_CONFIDENCE_INTERVAL", "KPI.RATE_CONFIDENCE_UPPER", "KPI.CHANGE_SIGNIFICANCE", "KPI.NPS_MARGIN_OF_ERROR"];

    /// <summary>The ids, in the order docs/excel.md lists them.</summary>
    public static IReadOnlyList<Difference> All { get; } =
    [
        Refused("not-negative"),
        Refused("whole-number"),
        Refused("outside-range"),
        new("part-above-whole", PartAboveWhole, o => Is(o.Ours, "#VALUE!")),
        new("never-paid-back", o => (Function(o) == "KPI.PAYBACK_PERIOD" && Number(o, 1) <= 0) || (Function(o) == "KPI.CAC_PAYBACK_MONTHS" && (Number(o, 1) == 0 || Number(o, 2) == 0)), o => Is(o.Ours, "#NUM!")),
        new(
            "never-breaks-even",
            o => (Function(o) == "KPI.BREAK_EVEN_REVENUE" && Number(o, 1) <= 0) || (Function(o) == "KPI.BREAK_EVEN_UNITS" && Number(o, 1) <= Number(o, 2)),
            o => Is(o.Ours, "#NUM!")),
        new("blank-count", o => OptionalCounts.Contains(Function(o)) && o.Inputs[1] is null, o => Agree(o.Ours, CalcComparison.Call(Function(o), With(o.Inputs, 1, 1d)))),
        new("blank-in-pair", o => PairedValues.Contains(Function(o)) && (o.Inputs[0] is null) != (o.Inputs[1] is null), o => Is(o.Ours, "#VALUE!")),
        new("zero-target", o => DriftChecks.Contains(Function(o)) && Number(o, 1) == 0, o => o.Ours is not ErrorValue),
        new("blank-tolerance", o => DriftChecks.Contains(Function(o)) && o.Inputs[^1] is null, o => Agree(o.Ours, CalcComparison.Call(Function(o), With(o.Inputs, o.Inputs.Length - 1, 0.1)))),
        new("direction-word", o => Function(o) == "KPI.DRIFT_STATUS" && o.Inputs[2] is not (null or "higher" or "lower"), o => Is(o.Ours, "#VALUE!")),
        new("text-compared", TextCompared, o => Agree(o.Ours, AsNumbers(o))),
        new("duration-ticks", o => DurationResults.Contains(Function(o)) && o.Ours is double && o.Sheet is double, o => Math.Abs((double)o.Ours - (double)o.Sheet!) <= TickInDays),
        new("statistics-digits", o => StatisticsResults.Contains(Function(o)) && o.Ours is double && o.Sheet is double, o => WithinStatisticsDigits((double)o.Ours, (double)o.Sheet!)),
        new("small-expected-count", SmallExpectedCount, o => o.Ours is double p && p is >= 0d and <= 1d),
        new("blank-expected-rate", o => Function(o) == "KPI.REQUIRED_SAMPLE_SIZE" && o.Inputs[2] is null, o => Agree(o.Ours, CalcComparison.Call(Function(o), With(o.Inputs, 2, 0.5)))),
        new("first-error", o => o.Inputs.Count(i => i is ErrorValue) > 1, o => Agree(o.Ours, o.Inputs.OfType<ErrorValue>().First())),
    ];

    /// <summary>
    /// Whether our result and the sheet's agree: numbers within 1e-12 relative (a few units in the last
    /// place of a double: our decimal result rounded back to a double against the double arithmetic of
    /// the sheet), or the same error, text or TRUE/FALSE.
    /// </summary>
    public static bool Agree(object ours, object? sheet) => (ours, sheet) switch
    {
        (double a, double b) => a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b)),
        (bool a, bool b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (ErrorValue a, ErrorValue b) => a == b,
        _ => false,
    };

    /// <summary>The documented differences that explain a disagreement: they apply and our result is the one documented.</summary>
    public static IEnumerable<Difference> Explaining(Outcome outcome) =>
        All.Where(d => d.Applies(outcome) && d.Ours(outcome));

    private static Difference Refused(string rule) => new(
        rule,
        o => Refusal(o)?.Rule == rule,
        o => Is(o.Ours, Refusal(o)!.Value.Error));

    /// <summary>The first input outside its argument's domain: the error our function gives and the rule broken.</summary>
    private static (string Error, string Rule)? Refusal(Outcome outcome)
    {
        for (var a = 0; a < outcome.Inputs.Length; a++)
        {
            if (NumberOf(outcome.Inputs[a]) is { } number && Domains.Refusal(outcome.Native.Arguments[a], number) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>
    /// Within 1e-9 relative or 1e-15 absolute: two double computations of a normal quantile and tail (the
    /// library's own, and the spreadsheet's) agree to about 1e-15, and the subtractions of the Wilson
    /// bounds and the tail of a large z magnify that; the results are read to four digits.
    /// </summary>
    private static bool WithinStatisticsDigits(double ours, double sheet) =>
        Math.Abs(ours - sheet) <= Math.Max(1e-15, 1e-9 * Math.Max(Math.Abs(ours), Math.Abs(sheet)));

    /// <summary>KPI.CHANGE_SIGNIFICANCE where the smallest expected count of the 2×2 table is below 5: Fisher's exact test, not the z-test.</summary>
    private static bool SmallExpectedCount(Outcome outcome)
    {
        if (Function(outcome) != "KPI.CHANGE_SIGNIFICANCE" || outcome.Inputs.Any(i => NumberOf(i) is null))
        {
            return false;
        }

        var (successesBefore, trialsBefore, successesAfter, trialsAfter) = (Number(outcome, 0)!.Value, Number(outcome, 1)!.Value, Number(outcome, 2)!.Value, Number(outcome, 3)!.Value);
        var total = trialsBefore + trialsAfter;
        var successes = successesBefore + successesAfter;
        return total > 0 && Math.Min(trialsBefore, trialsAfter) * Math.Min(successes, total - successes) / total < 5d;
    }

    private static bool PartAboveWhole(Outcome outcome)
    {
        for (var a = 0; a + 1 < outcome.Inputs.Length; a++)
        {
            if (outcome.Native.Arguments[a] is Domain.Part or Domain.DaysPart && Number(outcome, a) > Number(outcome, a + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comparison (a band's IFs, a success mark, a drift check) over an argument that holds text.</summary>
    private static bool TextCompared(Outcome outcome) =>
        outcome.Native.Template.IndexOfAny(['<', '>', '=']) >= 0
        && outcome.Inputs.Where((input, a) => input is string && outcome.Native.Arguments[a] != Domain.DirectionWord).Any();

    /// <summary>What our function gives with numeric text replaced by its number: the same, since it reads "3" as 3.</summary>
    private static object AsNumbers(Outcome outcome)
    {
        var inputs = outcome.Inputs.Select((input, a) =>
            input is string text && outcome.Native.Arguments[a] != Domain.DirectionWord ? (object?)NumberOf(text) ?? text : input).ToArray();
        return CalcComparison.Call(Function(outcome), inputs);
    }

    private static string Function(Outcome outcome) => outcome.Native.Function;

    private static double? Number(Outcome outcome, int argument) => NumberOf(outcome.Inputs[argument]);

    private static bool Is(object ours, string error) => ours is ErrorValue value && value.Code == error;

    private static object?[] With(object?[] inputs, int argument, object? value)
    {
        var copy = (object?[])inputs.Clone();
        copy[argument] = value;
        return copy;
    }

    /// <summary>An input read as a number the way a direct argument is (blank 0, TRUE 1, numeric text its number), or null.</summary>
    public static double? NumberOf(object? input) => input switch
    {
        null => 0d,
        double d => d,
        bool b => b ? 1d : 0d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
