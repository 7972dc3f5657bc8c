using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KpiFormulas.Excel;
using static KpiFormulas.Excel.Tests.Sheet;

namespace KpiFormulas.Excel.Tests;

/// <summary>The worksheet functions found by reflection, and one valid call of each (from the example tests).</summary>
internal static class Registry
{
    /// <summary>The public static methods marked [WorksheetFunction] (KpiFunctions.Describe is the one other public method).</summary>
    public static IReadOnlyList<MethodInfo> Methods { get; } =
        typeof(KpiFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.IsDefined(typeof(WorksheetFunctionAttribute)))
            .ToList();

    /// <summary>What an add-in registers, by the name typed in a cell.</summary>
    public static IReadOnlyDictionary<string, WorksheetFunctionDescription> ByName { get; } =
        KpiFunctions.Describe().ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<MethodInfo, Func<object?[], object>> Invokers = [];

    /// <summary>Calls a function by the name typed in a cell.</summary>
    public static object Call(string name, params object?[] arguments) => Invoke(ByName[name].Method, arguments);

    /// <summary>
    /// Calls a function directly, through a compiled call rather than MethodInfo.Invoke, which would
    /// read Missing.Value as "use the parameter's default value" and refuse it.
    /// </summary>
    public static object Invoke(MethodInfo method, object?[] arguments)
    {
        if (!Invokers.TryGetValue(method, out var invoker))
        {
            var array = System.Linq.Expressions.Expression.Parameter(typeof(object?[]), "arguments");
            var parameters = method.GetParameters().Select((p, i) =>
                System.Linq.Expressions.Expression.Convert(
                    System.Linq.Expressions.Expression.ArrayIndex(array, System.Linq.Expressions.Expression.Constant(i)), p.ParameterType));
            var call = System.Linq.Expressions.Expression.Call(method, parameters);
            invoker = System.Linq.Expressions.Expression.Lambda<Func<object?[], object>>(call, array).Compile();
            Invokers[method] = invoker;
        }

        return invoker(arguments);
    }

    /// <summary>One valid call per function: every argument is a value the function accepts.</summary>
    public static IReadOnlyDictionary<string, object?[]> ValidCalls { get; } = new Dictionary<string, object?[]>(StringComparer.Ordinal)
    {
        ["KPI.CAC"] = [30_000d, 15_000d, 60d],
        ["KPI.CAC_BY_CHANNEL"] = [Column(1_000d, 600d), Column(10d, 3d)],
        ["KPI.CAC_FROM_LEAD_COST"] = [85d, 0.12],
        ["KPI.CPL"] = [5_000d, 100d],
        ["KPI.COST_PER_QUALIFIED_LEAD"] = [3_400d, 40d],
        ["KPI.TIME_PER_LEAD"] = [1.25, 40d],
        ["KPI.TIME_TO_CONVERT"] = [Column(Date(2026, 3, 1), Date(2026, 3, 5)), Column(Date(2026, 3, 11), Date(2026, 3, 25))],
        ["KPI.CONVERSION_RATE"] = [12d, 100d],
        ["KPI.STAGE_CONVERSION"] = [10d, 40d],
        ["KPI.QUOTE_TO_ORDER_RATE"] = [40d, 200d],
        ["KPI.QUOTE_TO_ORDER_SUCCESS"] = [0.2, 0.25],
        ["KPI.MEETING_BOOKING_RATE"] = [10d, 250d],
        ["KPI.MQL_TO_SQL_RATE"] = [200d, 400d],
        ["KPI.LEAD_TO_SQL_RATE"] = [200d, 1_000d],
        ["KPI.LEAD_TO_OPPORTUNITY_RATE"] = [50d, 1_000d],
        ["KPI.CLOSING_RATE"] = [20d, 50d],
        ["KPI.QUALIFIED_LEAD_RATE"] = [45d, 180d],
        ["KPI.RESPONSE_RATE"] = [30d, 200d],
        ["KPI.OPEN_RATE"] = [250d, 1_000d],
        ["KPI.INSTANT_PAYMENT_RATE"] = [96d, 240d],
        ["KPI.FUNNEL"] = [Column(1_000d, 400d, 200d, 50d, 20d)],
        ["KPI.FUNNEL_STEP_RATE"] = [Column(1_000d, 400d, 200d, 50d, 20d), 2d],
        ["KPI.FUNNEL_STEPS"] = [Column(1_000d, 400d, 200d, 50d, 20d)],
        ["KPI.FUNNEL_BOTTLENECK"] = [Column(1_000d, 400d, 200d, 50d, 20d)],
        ["KPI.FUNNEL_BOTTLENECK_NAME"] = [Column(1_000d, 400d, 200d, 50d, 20d), Column("lead", "MQL", "SQL", "opportunity", "won")],
        ["KPI.REVENUE"] = [Column(12_000d, 4_500d, 800d)],
        ["KPI.AVERAGE_ORDER_VALUE"] = [25_000d, 200d],
        ["KPI.AVERAGE_DEAL_SIZE"] = [96_000d, 8d],
        ["KPI.CUSTOMER_LIFETIME_VALUE"] = [500d, 4d, 5d],
        ["KPI.ADDITIONAL_REVENUE_FROM_CAPACITY"] = [8d, 11d, 3_500d],
        ["KPI.SALES_CYCLE_LENGTH"] = [Column(Date(2026, 1, 5), Date(2026, 1, 10)), Column(Date(2026, 2, 4), Date(2026, 2, 24))],
        ["KPI.LTV_TO_CAC"] = [10_000d, 2_500d],
        ["KPI.AVERAGE_HANDLING_TIME"] = [Time(10, 0), 30d],
        ["KPI.AVERAGE_RESPONSE_TIME"] = [1.25, 40d],
        ["KPI.SELF_SERVICE_RATE"] = [120d, 400d],
        ["KPI.FOLLOW_UPS_PER_INVOICE"] = [150d, 50d],
        ["KPI.RETENTION_RATE"] = [300d, 400d],
        ["KPI.CHURN_RATE"] = [100d, 400d],
        ["KPI.MULTI_YEAR_RETENTION"] = [Column("ana", "ana", "ben"), Column(2021d, 2022d, 2021d), 2021d, 2d],
        ["KPI.COHORT_RETENTION"] = [Table([200d, 80d, 60d], [100d, 50d, null]), 1d, 1d],
        ["KPI.COHORT_RETENTION_TABLE"] = [Table([200d, 80d, 60d], [100d, 50d, null])],
        ["KPI.SESSION_DURATION"] = [2_000 / 1440.0, 400d],
        ["KPI.USAGE_FREQUENCY"] = [14d, 3d],
        ["KPI.FEATURE_TIME_SHARE"] = [Time(0, 45), Time(1, 0)],
        ["KPI.ADOPTION_RATE"] = [1d, 3d],
        ["KPI.ADOPTION_RATE_FROM_USES"] = [Column(12d, 2d, 0d)],
        ["KPI.INACTIVE_USERS"] = [Column(12d, 2d, 0d)],
        ["KPI.PROJECT_ROI"] = [24_000d, 10_000d],
        ["KPI.NET_ROI"] = [24_000d, 10_000d],
        ["KPI.MARKETING_ROI"] = [18_000d, 4_000d],
        ["KPI.ROI_MONTHLY"] = [1_750d, 200d],
        ["KPI.COST_PER_HOUR_SAVED"] = [200d, 50d],
        ["KPI.VALUE_OF_TIME_SAVED"] = [50d, 35d],
        ["KPI.NET_MONTHLY_SAVING"] = [50d, 35d, 200d],
        ["KPI.PAYBACK_PERIOD"] = [1_500d, 1_550d],
        ["KPI.TIME_SAVED"] = [1d, 0.25, 8d],
        ["KPI.ERRORS_AVOIDED"] = [12d, 2d],
        ["KPI.ERRORS_AVOIDED_VALUE"] = [22d, 150d],
        ["KPI.CAPACITY_INCREASE"] = [8d, 11d],
        ["KPI.TIME_REINVESTMENT_MIX"] = [Column(9d, 5d, 3d, 3d), 4d],
        ["KPI.NPS"] = [50d, 32d, 18d],
        ["KPI.NPS_FROM_ANSWERS"] = [Column(10d, 9d, 6d)],
        ["KPI.NPS_CATEGORY"] = [8d],
        ["KPI.COMPLAINT_RATE"] = [8d, 100d],
        ["KPI.MENTAL_LOAD_CHANGE"] = [7d, 3d],
        ["KPI.CALLS"] = [Column(Date(2026, 3, 2), Date(2026, 3, 9)), "2026-03", Omitted],
        ["KPI.EMAILS_SENT"] = [Column(Date(2026, 3, 2)), Date(2026, 3, 1), Date(2026, 3, 31)],
        ["KPI.MEETINGS_HELD"] = [Column(Date(2026, 3, 2)), "2026-Q1", Omitted],
        ["KPI.OPPORTUNITIES_CREATED"] = [Column(Date(2026, 3, 2)), "2026-W10", Omitted],
        ["KPI.LEADS_CONTACTED"] = [Column(Date(2026, 3, 2)), "2026-03-01/P30D", Omitted],
        ["KPI.QUALIFIED_MEETINGS"] = [Column(Date(2026, 3, 2)), "2026", Omitted],
        ["KPI.GROSS_MARGIN_RATE"] = [48_000d, 30_000d],
        ["KPI.GROSS_MARGIN_RATE_FROM_MARKUP"] = [0.25],
        ["KPI.CONTRIBUTION_MARGIN"] = [48_000d, 33_600d],
        ["KPI.CONTRIBUTION_MARGIN_RATIO"] = [48_000d, 33_600d],
        ["KPI.MARKUP_RATE"] = [100d, 80d],
        ["KPI.MARKUP_RATE_FROM_GROSS_MARGIN"] = [0.4],
        ["KPI.BREAK_EVEN_REVENUE"] = [10_800d, 0.3],
        ["KPI.BREAK_EVEN_UNITS"] = [10_800d, 120d, 84d],
        ["KPI.MARGIN_OF_SAFETY"] = [48_000d, 36_000d],
        ["KPI.NPV"] = [0.1, Column(1_000d, 1_000d, 1_000d)],
        ["KPI.NPV_FROM_TIME_ZERO"] = [0.1, Column(-2_400d, 1_000d, 1_000d, 1_000d)],
        ["KPI.XNPV"] = [0.1, Column(-10_000d, 11_000d), Column(Date(2025, 1, 1), Date(2026, 1, 1))],
        ["KPI.IRR"] = [Column(-10_000d, 6_000d, 6_000d), Omitted],
        ["KPI.XIRR"] = [Column(-10_000d, 11_000d), Column(Date(2025, 1, 1), Date(2026, 1, 1)), Omitted],
        ["KPI.MIRR"] = [Column(-1_000d, 0d, 1_210d), 0.05, 0.07],
        ["KPI.DISCOUNTED_PAYBACK"] = [0.1, Column(-1_000d, 550d, 605d)],
        ["KPI.CAGR"] = [100_000d, 121_000d, 2d],
        ["KPI.MRR"] = [Column(49d, 99d, 100d)],
        ["KPI.ARR"] = [1_060d],
        ["KPI.MRR_MOVEMENTS"] = [Column(100d, 80d, 0d), Column(150d, 0d, 30d), "closing", 1d],
        ["KPI.GROSS_MRR_CHURN_RATE"] = [Column(100d, 80d, 0d), Column(150d, 0d, 30d), 1d],
        ["KPI.NET_MRR_CHURN_RATE"] = [Column(100d, 80d, 0d), Column(150d, 0d, 30d), 1d],
        ["KPI.NET_REVENUE_RETENTION"] = [Column(100d, 80d, 0d), Column(150d, 0d, 30d), 1d],
        ["KPI.GROSS_REVENUE_RETENTION"] = [Column(100d, 80d, 0d), Column(150d, 0d, 30d), 1d],
        ["KPI.ARPA"] = [740d, 5d],
        ["KPI.SAAS_QUICK_RATIO"] = [Column(100d, 80d, 0d), Column(150d, 0d, 30d), 1d],
        ["KPI.CHURN_BASED_LTV"] = [148d, 0.8, 0.02],
        ["KPI.CAC_PAYBACK_MONTHS"] = [1_184d, 148d, 0.8],
        ["KPI.CHANGE"] = [32d, 48d],
        ["KPI.POINTS_CHANGE"] = [0.08, 0.03],
        ["KPI.TARGET"] = [50d, -0.1],
        ["KPI.POINTS_TARGET"] = [0.2, 5d],
        ["KPI.PROGRESS"] = [50d, 45d, 47d],
        ["KPI.DRIFT"] = [52d, 45d],
        ["KPI.DRIFT_STATUS"] = [52d, 45d, "lower", 0.1],
        ["KPI.DRIFT_REQUIRES_ADJUSTMENT"] = [52d, 45d, 0.1],
        ["KPI.BASELINE"] = [Column(Date(2026, 3, 10), Date(2026, 3, 20)), Column(48d, 52d), Date(2026, 4, 1)],
        ["KPI.LTV_TO_CAC_LEVEL"] = [3d],
        ["KPI.ADOPTION_RATE_LEVEL"] = [0.5],
        ["KPI.USER_ACTIVITY_STATUS"] = [2d],
        ["KPI.COST_PER_HOUR_SAVED_LEVEL"] = [4d],
        ["KPI.PAYBACK_PERIOD_LEVEL"] = [1d],
        ["KPI.TIME_SAVED_LEVEL"] = [5d],
        ["KPI.PROJECT_ROI_LEVEL"] = [1.5],
        ["KPI.RATE_CONFIDENCE_INTERVAL"] = [81d, 263d, 0.95],
        ["KPI.RATE_CONFIDENCE_UPPER"] = [81d, 263d, 0.95],
        ["KPI.CHANGE_SIGNIFICANCE"] = [20d, 200d, 40d, 200d],
        ["KPI.NPS_MARGIN_OF_ERROR"] = [60d, 25d, 15d, 0.95],
        ["KPI.REQUIRED_SAMPLE_SIZE"] = [0.05, 0.95, Omitted],
    };

    /// <summary>A copy of a valid call with argument <paramref name="index"/> replaced; in a range, its first cell is replaced.</summary>
    public static object?[] With(string name, int index, object? value)
    {
        var arguments = (object?[])ValidCalls[name].Clone();
        if (arguments[index] is object?[,] range)
        {
            var copy = (object?[,])range.Clone();
            copy[0, 0] = value;
            arguments[index] = copy;
        }
        else
        {
            arguments[index] = value;
        }

        return arguments;
    }

    public static bool IsRangeParameter(string name, int index) => ByName[name].Arguments[index].IsRange;

    public static string ArgumentName(string name, int index) => ByName[name].Arguments[index].Name;

    public static bool IsOptional(string name, int index) => ByName[name].Arguments[index].IsOptional;

    /// <summary>Every (function, argument index) pair, for theories over all arguments.</summary>
    public static IEnumerable<object[]> Arguments() =>
        ValidCalls.SelectMany(call => Enumerable.Range(0, call.Value.Length).Select(i => new object[] { call.Key, i }));
}
