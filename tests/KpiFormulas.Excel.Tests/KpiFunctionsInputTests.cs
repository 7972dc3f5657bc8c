using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ExcelDna.Integration;
using KpiFormulas.Excel.Tests.Support;
using Xunit;
using static KpiFormulas.Excel.Tests.Sheet;

namespace KpiFormulas.Excel.Tests;

/// <summary>
/// How every function reads its arguments (docs/excel.md): text, TRUE/FALSE, blanks, omitted
/// arguments, errors in inputs, negative counts, zero denominators, ranges of different shapes,
/// and the double-to-decimal rule.
/// </summary>
public class KpiFunctionsInputTests
{
    public static TheoryData<string, int> Arguments()
    {
        var data = new TheoryData<string, int>();
        foreach (var pair in Registry.Arguments())
        {
            data.Add((string)pair[0], (int)pair[1]);
        }

        return data;
    }

    public static TheoryData<string, int> ScalarArguments()
    {
        var data = new TheoryData<string, int>();
        foreach (var pair in Registry.Arguments().Where(p => !Registry.IsRangeParameter((string)p[0], (int)p[1])))
        {
            data.Add((string)pair[0], (int)pair[1]);
        }

        return data;
    }

    public static TheoryData<string, int> RangeArguments()
    {
        var data = new TheoryData<string, int>();
        foreach (var pair in Registry.Arguments().Where(p => Registry.IsRangeParameter((string)p[0], (int)p[1])))
        {
            data.Add((string)pair[0], (int)pair[1]);
        }

        return data;
    }

    // ---- single values: read as Excel's functions read a direct argument ------------------------

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void Non_numeric_text_in_a_single_value_argument_is_VALUE(string name, int argument)
    {
        // =SUM("abc") is #VALUE!: text that is no number, where a number, a date or a known word is expected.
        Error(WorksheetErrors.Value, Registry.Call(name, Registry.With(name, argument, "abc")));
    }

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void Numeric_text_in_a_single_value_argument_reads_as_its_number(string name, int argument)
    {
        // =SUM("3") is 3: a number typed as text is that number.
        if (Registry.ValidCalls[name][argument] is not double number || Registry.ArgumentName(name, argument) == "period")
        {
            return; // text in period is ISO period text, tested on its own
        }

        var expected = Registry.Call(name, Registry.ValidCalls[name]);
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        Assert.Equal(expected, Registry.Call(name, Registry.With(name, argument, text)), Comparer);
        Assert.Equal(expected, Registry.Call(name, Registry.With(name, argument, " " + text + " ")), Comparer);
    }

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void TRUE_is_1_and_FALSE_is_0_in_a_single_value_argument_except_for_dates_and_words(string name, int argument)
    {
        // =SUM(TRUE, FALSE) is 1. A date (TRUE would be 1 January 1900) and a word (a direction, a period) refuse them.
        var argumentName = Registry.ArgumentName(name, argument);
        if (DateArguments.Contains(argumentName) || argumentName is "direction")
        {
            Error(WorksheetErrors.Value, Registry.Call(name, Registry.With(name, argument, true)));
            Error(WorksheetErrors.Value, Registry.Call(name, Registry.With(name, argument, false)));
            return;
        }

        Assert.Equal(Registry.Call(name, Registry.With(name, argument, 1d)), Registry.Call(name, Registry.With(name, argument, true)), Comparer);
        Assert.Equal(Registry.Call(name, Registry.With(name, argument, 0d)), Registry.Call(name, Registry.With(name, argument, false)), Comparer);
    }

    // ---- ranges: text and TRUE/FALSE are ignored, as SUM and AVERAGE ignore them ---------------------

    [Theory]
    [MemberData(nameof(RangeArguments))]
    public void Text_and_TRUE_FALSE_in_a_range_are_ignored_like_blank_cells(string name, int argument)
    {
        var argumentName = Registry.ArgumentName(name, argument);
        if (name == "KPI.CAC_BY_CHANNEL")
        {
            return; // computed cell by cell as =B2:B5/C2:C5 is: tested on its own
        }

        var blank = Registry.Call(name, Registry.With(name, argument, null));
        Assert.Equal(blank, Registry.Call(name, Registry.With(name, argument, true)), Comparer);
        Assert.Equal(blank, Registry.Call(name, Registry.With(name, argument, false)), Comparer);
        if (!TextArguments.Contains(argumentName))
        {
            // =SUM(A1:A3) skips a cell holding "3" or "abc"; names and ids are text by nature.
            Assert.Equal(blank, Registry.Call(name, Registry.With(name, argument, "abc")), Comparer);
            Assert.Equal(blank, Registry.Call(name, Registry.With(name, argument, "3")), Comparer);
        }
    }

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void An_error_in_an_input_is_passed_on_as_Excel_does(string name, int argument)
    {
        Error(WorksheetErrors.NotAvailable, Registry.Call(name, Registry.With(name, argument, "#N/A")));
        Error(WorksheetErrors.DivisionByZero, Registry.Call(name, Registry.With(name, argument, ExcelError.ExcelErrorDiv0)));
        Error(WorksheetErrors.Reference, Registry.Call(name, Registry.With(name, argument, ExcelError.ExcelErrorRef)));
    }

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void NaN_infinity_and_numbers_beyond_decimal_are_NUM(string name, int argument)
    {
        Error(WorksheetErrors.Number, Registry.Call(name, Registry.With(name, argument, double.NaN)));
        Error(WorksheetErrors.Number, Registry.Call(name, Registry.With(name, argument, double.PositiveInfinity)));
        Error(WorksheetErrors.Number, Registry.Call(name, Registry.With(name, argument, 1e29)));
    }

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void A_multi_cell_range_where_one_value_is_needed_is_VALUE_and_a_one_cell_range_is_its_value(string name, int argument)
    {
        var valid = Registry.ValidCalls[name][argument];
        if (valid is not object[,])
        {
            Assert.Equal(Registry.Call(name, Registry.ValidCalls[name]), Registry.Call(name, Registry.With(name, argument, new object?[,] { { valid } })), Comparer);
        }

        if (!AcceptsRange.Contains(Registry.ArgumentName(name, argument)) && !TotalOrRange.Contains(Registry.ArgumentName(name, argument)))
        {
            Error(WorksheetErrors.Value, Registry.Call(name, Registry.With(name, argument, new object[,] { { 1d, 2d } })));
        }
    }

    // ---- blanks and omitted arguments ------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void A_blank_cell_is_0_for_a_number_the_default_for_an_optional_argument_and_VALUE_for_a_date(string name, int argument)
    {
        foreach (var blank in new object?[] { null, DBNull.Value, string.Empty, new ExcelEmpty() })
        {
            var result = Registry.Call(name, Registry.With(name, argument, blank));
            var argumentName = Registry.ArgumentName(name, argument);
            if (Registry.IsOptional(name, argument))
            {
                Assert.Equal(Registry.Call(name, Registry.With(name, argument, Omitted)), result, Comparer);
            }
            else if (DateArguments.Contains(argumentName) || AcceptsRange.Contains(argumentName))
            {
                // No date is not day 0; a paired argument blank on one side only is a hole in the pair.
                Error(WorksheetErrors.Value, result);
            }
            else
            {
                Assert.Equal(Registry.Call(name, Registry.With(name, argument, 0d)), result, Comparer);
            }
        }
    }

    [Theory]
    [MemberData(nameof(ScalarArguments))]
    public void An_omitted_argument_is_VALUE_unless_it_is_optional(string name, int argument)
    {
        foreach (var omitted in new[] { Omitted, new ExcelMissing() })
        {
            var result = Registry.Call(name, Registry.With(name, argument, omitted));
            if (Registry.IsOptional(name, argument))
            {
                Assert.False(WorksheetErrors.IsError(result), $"{name} without its optional {Registry.ArgumentName(name, argument)} gave {result}");
            }
            else
            {
                Error(WorksheetErrors.Value, result);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Blank_cells_added_to_a_range_change_nothing(string name, int argument)
    {
        var arguments = (object?[])Registry.ValidCalls[name].Clone();
        if (arguments[argument] is not object[,])
        {
            return;
        }

        // Every range of the call grows by a blank row (paired ranges stay the same shape).
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is object[,] range)
            {
                var grown = new object[range.GetLength(0) + 1, range.GetLength(1)];
                for (var r = 0; r < range.GetLength(0); r++)
                {
                    for (var c = 0; c < range.GetLength(1); c++)
                    {
                        grown[r, c] = range[r, c];
                    }
                }

                arguments[i] = grown;
            }
        }

        var before = Registry.Call(name, Registry.ValidCalls[name]);
        var after = Registry.Call(name, arguments);
        if (before is object[,] expected)
        {
            var actual = Assert.IsType<object[,]>(after);
            for (var r = 0; r < expected.GetLength(0); r++)
            {
                for (var c = 0; c < expected.GetLength(1); c++)
                {
                    Assert.Equal(expected[r, c], actual[r, c]);
                }
            }
        }
        else
        {
            Assert.Equal(before, after);
        }
    }

    // ---- negative numbers --------------------------------------------------------------------------

    /// <summary>What −1 gives where it is not #VALUE! (a negative count or amount), with the reason.</summary>
    private static readonly Dictionary<(string Function, string Argument), string?> Negative = new()
    {
        // Rates that must be a share, and scales: out of range.
        [("KPI.CAC_FROM_LEAD_COST", "lead_to_customer_rate")] = WorksheetErrors.Number,
        [("KPI.QUOTE_TO_ORDER_SUCCESS", "baseline_rate")] = WorksheetErrors.Number,
        [("KPI.QUOTE_TO_ORDER_SUCCESS", "current_rate")] = WorksheetErrors.Number,
        [("KPI.ADOPTION_RATE_LEVEL", "adoption_rate")] = WorksheetErrors.Number,
        [("KPI.NPS_CATEGORY", "answer")] = WorksheetErrors.Number,
        [("KPI.NPS_FROM_ANSWERS", "answers")] = WorksheetErrors.Number,
        [("KPI.MENTAL_LOAD_CHANGE", "score_before")] = WorksheetErrors.Number,
        [("KPI.MENTAL_LOAD_CHANGE", "score_after")] = WorksheetErrors.Number,
        [("KPI.DRIFT_STATUS", "tolerance")] = WorksheetErrors.Number,
        [("KPI.DRIFT_REQUIRES_ADJUSTMENT", "tolerance")] = WorksheetErrors.Number,
        // Dates: a serial below 1 is before Excel's calendar.
        [("KPI.TIME_TO_CONVERT", "lead_created")] = WorksheetErrors.Number,
        [("KPI.TIME_TO_CONVERT", "first_payment")] = WorksheetErrors.Number,
        [("KPI.SALES_CYCLE_LENGTH", "first_contact")] = WorksheetErrors.Number,
        [("KPI.SALES_CYCLE_LENGTH", "closed")] = WorksheetErrors.Number,
        [("KPI.BASELINE", "observation_dates")] = WorksheetErrors.Number,
        [("KPI.BASELINE", "action_date")] = WorksheetErrors.Number,
        // A negative net saving is never paid back (as Excel's NPER), a negative contribution never breaks even.
        [("KPI.PAYBACK_PERIOD", "net_monthly_saving")] = WorksheetErrors.Number,
        [("KPI.BREAK_EVEN_REVENUE", "contribution_margin_ratio")] = WorksheetErrors.Number,
        // Investment: a rate of -100 % divides by zero; a flow of -1 alone is a valid outlay, with no return.
        [("KPI.NPV", "discount_rate")] = WorksheetErrors.Number,
        [("KPI.NPV", "cash_flows")] = null,
        [("KPI.NPV_FROM_TIME_ZERO", "discount_rate")] = WorksheetErrors.Number,
        [("KPI.NPV_FROM_TIME_ZERO", "cash_flows")] = null,
        [("KPI.XNPV", "discount_rate")] = WorksheetErrors.Number,
        [("KPI.XNPV", "cash_flows")] = null,
        [("KPI.XNPV", "dates")] = WorksheetErrors.Number,
        [("KPI.IRR", "cash_flows")] = null,
        [("KPI.IRR", "guess")] = null,
        [("KPI.XIRR", "cash_flows")] = null,
        [("KPI.XIRR", "dates")] = WorksheetErrors.Number,
        [("KPI.XIRR", "guess")] = null,
        [("KPI.MIRR", "cash_flows")] = null,
        [("KPI.MIRR", "finance_rate")] = WorksheetErrors.Number,
        [("KPI.MIRR", "reinvest_rate")] = WorksheetErrors.Number,
        [("KPI.DISCOUNTED_PAYBACK", "discount_rate")] = WorksheetErrors.Number,
        [("KPI.DISCOUNTED_PAYBACK", "cash_flows")] = null,
        [("KPI.CAGR", "periods")] = WorksheetErrors.Number,
        [("KPI.CHURN_BASED_LTV", "gross_margin_rate")] = WorksheetErrors.Number,
        [("KPI.CHURN_BASED_LTV", "monthly_churn_rate")] = WorksheetErrors.Number,
        [("KPI.CAC_PAYBACK_MONTHS", "gross_margin_rate")] = WorksheetErrors.Number,
        [("KPI.RATE_CONFIDENCE_INTERVAL", "confidence")] = WorksheetErrors.Number,
        [("KPI.RATE_CONFIDENCE_UPPER", "confidence")] = WorksheetErrors.Number,
        [("KPI.NPS_MARGIN_OF_ERROR", "confidence")] = WorksheetErrors.Number,
        [("KPI.REQUIRED_SAMPLE_SIZE", "margin_of_error")] = WorksheetErrors.Number,
        [("KPI.REQUIRED_SAMPLE_SIZE", "confidence")] = WorksheetErrors.Number,
        [("KPI.REQUIRED_SAMPLE_SIZE", "expected_proportion")] = WorksheetErrors.Number,
        // A markup of -100 % is a price of zero, on which no margin exists.
        [("KPI.GROSS_MARGIN_RATE_FROM_MARKUP", "markup_rate")] = WorksheetErrors.DivisionByZero,
        // A base year outside the data has no answer.
        [("KPI.MULTI_YEAR_RETENTION", "base_year")] = WorksheetErrors.NotAvailable,
        // Signed quantities: a valid result.
        [("KPI.VALUE_OF_TIME_SAVED", "hours_saved")] = null,
        [("KPI.NET_MONTHLY_SAVING", "hours_saved_per_month")] = null,
        [("KPI.ERRORS_AVOIDED_VALUE", "errors_avoided")] = null,
        [("KPI.TIME_SAVED_LEVEL", "hours_per_person_per_month")] = null,
        [("KPI.LTV_TO_CAC_LEVEL", "ratio")] = null,
        [("KPI.MARKUP_RATE_FROM_GROSS_MARGIN", "gross_margin_rate")] = null,
        [("KPI.CHANGE", "before")] = null,
        [("KPI.CHANGE", "after")] = null,
        [("KPI.POINTS_CHANGE", "rate_before")] = null,
        [("KPI.POINTS_CHANGE", "rate_after")] = null,
        [("KPI.TARGET", "baseline")] = null,
        [("KPI.TARGET", "relative_change")] = null,
        [("KPI.POINTS_TARGET", "baseline_rate")] = null,
        [("KPI.POINTS_TARGET", "points")] = null,
        [("KPI.PROGRESS", "baseline")] = null,
        [("KPI.PROGRESS", "target")] = null,
        [("KPI.PROGRESS", "current")] = null,
        [("KPI.DRIFT", "measured")] = null,
        [("KPI.DRIFT", "target")] = null,
        [("KPI.DRIFT_STATUS", "measured")] = null,
        [("KPI.DRIFT_STATUS", "target")] = null,
        [("KPI.DRIFT_REQUIRES_ADJUSTMENT", "measured")] = null,
        [("KPI.DRIFT_REQUIRES_ADJUSTMENT", "target")] = null,
        [("KPI.BASELINE", "values")] = null,
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void A_negative_count_or_amount_is_VALUE(string name, int argument)
    {
        var argumentName = Registry.ArgumentName(name, argument);
        if (argumentName is "direction" or "customers" or "stage_names")
        {
            return; // text arguments: -1 is a name (or an unknown direction, VALUE either way)
        }

        var result = Registry.Call(name, Registry.With(name, argument, -1d));
        if (argumentName is "period" or "event_dates")
        {
            Error(WorksheetErrors.Number, result); // serial -1 is before Excel's calendar
        }
        else if (argumentName is "last_day")
        {
            // After a first day, a date before the calendar; after ISO text, no last day is taken.
            Error(Registry.ValidCalls[name][1] is string ? WorksheetErrors.Value : WorksheetErrors.Number, result);
        }
        else if (Negative.TryGetValue((name, argumentName), out var expected))
        {
            if (expected is null)
            {
                Assert.False(WorksheetErrors.IsError(result), $"{name}({argumentName} = -1) gave {result}");
            }
            else
            {
                Error(expected, result);
            }
        }
        else
        {
            ErrorOrFirstCell(WorksheetErrors.Value, result);
        }
    }

    // ---- zero denominators and other undefined results ---------------------------------------------

    public static TheoryData<string, object?[]> ZeroDenominators() => new()
    {
        { "KPI.CAC", [100d, 0d, 0d] },
        { "KPI.CAC_FROM_LEAD_COST", [85d, 0d] },
        { "KPI.CPL", [100d, 0d] },
        { "KPI.COST_PER_QUALIFIED_LEAD", [100d, 0d] },
        { "KPI.TIME_PER_LEAD", [1d, 0d] },
        { "KPI.TIME_TO_CONVERT", [Column(null, null), Column(null, null)] },
        { "KPI.CONVERSION_RATE", [0d, 0d] },
        { "KPI.STAGE_CONVERSION", [0d, 0d] },
        { "KPI.QUOTE_TO_ORDER_RATE", [0d, 0d] },
        { "KPI.MEETING_BOOKING_RATE", [0d, 0d] },
        { "KPI.MQL_TO_SQL_RATE", [0d, 0d] },
        { "KPI.LEAD_TO_SQL_RATE", [0d, 0d] },
        { "KPI.LEAD_TO_OPPORTUNITY_RATE", [0d, 0d] },
        { "KPI.CLOSING_RATE", [0d, 0d] },
        { "KPI.QUALIFIED_LEAD_RATE", [0d, 0d] },
        { "KPI.RESPONSE_RATE", [0d, 0d] },
        { "KPI.OPEN_RATE", [0d, 0d] },
        { "KPI.INSTANT_PAYMENT_RATE", [0d, 0d] },
        { "KPI.FUNNEL", [Column(0d, 0d, 0d)] },
        { "KPI.FUNNEL_STEP_RATE", [Column(10d, 0d, 0d), 2d] },
        { "KPI.FUNNEL_BOTTLENECK", [Column(0d, 0d)] },
        { "KPI.FUNNEL_BOTTLENECK_NAME", [Column(0d, 0d), Column("lead", "won")] },
        { "KPI.AVERAGE_ORDER_VALUE", [100d, 0d] },
        { "KPI.AVERAGE_ORDER_VALUE", [Column(null, null), Omitted] },
        { "KPI.AVERAGE_DEAL_SIZE", [100d, 0d] },
        { "KPI.SALES_CYCLE_LENGTH", [Column((object?)null), Column((object?)null)] },
        { "KPI.LTV_TO_CAC", [100d, 0d] },
        { "KPI.AVERAGE_HANDLING_TIME", [1d, 0d] },
        { "KPI.AVERAGE_RESPONSE_TIME", [1d, 0d] },
        { "KPI.SELF_SERVICE_RATE", [0d, 0d] },
        { "KPI.FOLLOW_UPS_PER_INVOICE", [5d, 0d] },
        { "KPI.RETENTION_RATE", [0d, 0d] },
        { "KPI.CHURN_RATE", [0d, 0d] },
        { "KPI.COHORT_RETENTION", [Table([0d, 0d]), 1d, 1d] },
        { "KPI.SESSION_DURATION", [1d, 0d] },
        { "KPI.USAGE_FREQUENCY", [5d, 0d] },
        { "KPI.FEATURE_TIME_SHARE", [0d, 0d] },
        { "KPI.ADOPTION_RATE", [0d, 0d] },
        { "KPI.ADOPTION_RATE_FROM_USES", [Column(null, null)] },
        { "KPI.PROJECT_ROI", [100d, 0d] },
        { "KPI.NET_ROI", [100d, 0d] },
        { "KPI.MARKETING_ROI", [100d, 0d] },
        { "KPI.ROI_MONTHLY", [100d, 0d] },
        { "KPI.COST_PER_HOUR_SAVED", [200d, 0d] },
        { "KPI.CAPACITY_INCREASE", [0d, 11d] },
        { "KPI.TIME_REINVESTMENT_MIX", [Column(0d, 0d), Omitted] },
        { "KPI.NPS", [0d, 0d, 0d] },
        { "KPI.NPS_FROM_ANSWERS", [Column(null, string.Empty)] },
        { "KPI.COMPLAINT_RATE", [0d, 0d] },
        { "KPI.MENTAL_LOAD_CHANGE", [Column((object?)null), Column((object?)null)] },
        { "KPI.GROSS_MARGIN_RATE", [0d, 500d] },
        { "KPI.GROSS_MARGIN_RATE_FROM_MARKUP", [-1d] },
        { "KPI.CONTRIBUTION_MARGIN_RATIO", [0d, 0d] },
        { "KPI.MARKUP_RATE", [20d, 0d] },
        { "KPI.MARKUP_RATE_FROM_GROSS_MARGIN", [1d] },
        { "KPI.MARGIN_OF_SAFETY", [0d, 36_000d] },
        { "KPI.NPV", [0.1, Column(null, null)] },
        { "KPI.NPV_FROM_TIME_ZERO", [0.1, Column(null, null)] },
        { "KPI.XNPV", [0.1, Column(null, null), Column(null, null)] },
        { "KPI.IRR", [Column(null, null), Omitted] },
        { "KPI.XIRR", [Column(null, null), Column(null, null), Omitted] },
        { "KPI.MIRR", [Column(-100d, -5d), 0.05, 0.05] },
        { "KPI.DISCOUNTED_PAYBACK", [0.1, Column(null, null)] },
        { "KPI.CAGR", [0d, 121d, 2d] },
        { "KPI.GROSS_MRR_CHURN_RATE", [Column(0d, 0d), Column(10d, 0d), Omitted] },
        { "KPI.NET_MRR_CHURN_RATE", [Column(0d, 0d), Column(10d, 0d), Omitted] },
        { "KPI.NET_REVENUE_RETENTION", [Column(0d, 0d), Column(10d, 0d), Omitted] },
        { "KPI.GROSS_REVENUE_RETENTION", [Column(0d, 0d), Column(10d, 0d), Omitted] },
        { "KPI.ARPA", [100d, 0d] },
        { "KPI.SAAS_QUICK_RATIO", [Column(100d, 0d), Column(150d, 0d), Omitted] },
        { "KPI.CHURN_BASED_LTV", [148d, 0.8, 0d] },
        { "KPI.CHANGE", [0d, 12d] },
        { "KPI.PROGRESS", [50d, 50d, 47d] },
        { "KPI.DRIFT", [52d, 0d] },
        { "KPI.BASELINE", [Column(Date(2026, 1, 1)), Column(5d), Date(2026, 4, 1)] },
    };

    [Theory]
    [MemberData(nameof(ZeroDenominators))]
    public void A_zero_denominator_or_no_data_is_DIV0(string name, object?[] arguments)
    {
        Error(WorksheetErrors.DivisionByZero, Registry.Call(name, arguments));
    }

    [Fact]
    public void An_investment_never_paid_back_is_NUM_as_Excels_NPER()
    {
        Error(WorksheetErrors.Number, KpiFunctions.PaybackPeriod(1_500d, 0d));
        Error(WorksheetErrors.Number, KpiFunctions.PaybackPeriod(1_500d, KpiFunctions.NetMonthlySaving(5d, 35d, 200d)));
        Number(0, KpiFunctions.PaybackPeriod(0d, 1_550d));
    }

    [Fact]
    public void Sales_that_never_break_even_are_NUM_as_an_investment_never_paid_back()
    {
        // A contribution of nothing or less: no revenue and no number of units covers the fixed costs.
        Error(WorksheetErrors.Number, KpiFunctions.BreakEvenRevenue(10_800d, 0d));
        Error(WorksheetErrors.Number, KpiFunctions.BreakEvenRevenue(10_800d, KpiFunctions.ContributionMarginRatio(5_000d, 5_600d)));
        Error(WorksheetErrors.Number, KpiFunctions.BreakEvenUnits(10_800d, 84d, 84d));
        Error(WorksheetErrors.Number, KpiFunctions.BreakEvenUnits(0d, 80d, 84d));
        Number(0, KpiFunctions.BreakEvenUnits(0d, 120d, 84d));
    }

    [Fact]
    public void Cash_flows_without_a_rate_of_return_are_NUM_as_Excels_IRR()
    {
        // Only inflows, or a present value that never crosses zero: no rate exists.
        Error(WorksheetErrors.Number, KpiFunctions.Irr(Column(100d, 200d), Omitted));
        Error(WorksheetErrors.Number, KpiFunctions.Irr(Column(100d, -300d, 300d), Omitted));
        Error(WorksheetErrors.Number, KpiFunctions.Xirr(Column(100d, 200d), Column(Date(2025, 1, 1), Date(2025, 6, 1)), Omitted));
        // Never paid back within the flows.
        Error(WorksheetErrors.Number, KpiFunctions.DiscountedPayback(0.1, Column(-1_000d, 300d, 400d, 500d)));
        // MIRR without an inflow is #DIV/0!, as Excel's MIRR.
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.Mirr(Column(-100d, -5d), 0.05, 0.05));
        // A date before the first is refused.
        Error(WorksheetErrors.Value, KpiFunctions.Xnpv(0.1, Column(-10d, 20d), Column(Date(2025, 1, 1), Date(2024, 1, 1))));
    }

    // ---- ranges --------------------------------------------------------------------------------

    public static TheoryData<string, object?[]> MismatchedRanges() => new()
    {
        { "KPI.CAC_BY_CHANNEL", [Column(1d, 2d), Column(1d, 2d, 3d)] },
        { "KPI.TIME_TO_CONVERT", [Column(Date(2026, 3, 1)), Column(Date(2026, 3, 2), Date(2026, 3, 3))] },
        { "KPI.SALES_CYCLE_LENGTH", [Column(Date(2026, 3, 1), Date(2026, 3, 2)), Row(Date(2026, 3, 2), Date(2026, 3, 3))] },
        { "KPI.FUNNEL_BOTTLENECK_NAME", [Column(10d, 5d), Column("lead", "MQL", "won")] },
        { "KPI.MULTI_YEAR_RETENTION", [Column("ana", "ben"), Column(2021d), 2021d, 2d] },
        { "KPI.ERRORS_AVOIDED", [Column(12d, 8d, 5d), Column(2d, 1d)] },
        { "KPI.MENTAL_LOAD_CHANGE", [Column(7d, 8d), Column(3d)] },
        { "KPI.BASELINE", [Column(Date(2026, 3, 10), Date(2026, 3, 20)), Column(48d), Date(2026, 4, 1)] },
    };

    [Theory]
    [MemberData(nameof(MismatchedRanges))]
    public void Ranges_of_different_shapes_are_VALUE(string name, object?[] arguments)
    {
        Error(WorksheetErrors.Value, Registry.Call(name, arguments));
    }

    [Fact]
    public void A_position_blank_in_one_of_two_paired_ranges_only_is_VALUE()
    {
        Error(WorksheetErrors.Value, KpiFunctions.TimeToConvert(Column(Date(2026, 3, 1), Date(2026, 3, 5)), Column(Date(2026, 3, 11), null)));
        Error(WorksheetErrors.Value, KpiFunctions.ErrorsAvoided(Column(12d, 8d), Column(2d, null)));
    }

    [Fact]
    public void Cac_by_channel_gives_each_channel_its_own_error()
    {
        var cac = Assert.IsType<object[,]>(KpiFunctions.CacByChannel(Column(100d, "x", -5d, 10d), Column(2d, 1d, 1d, -1d)));
        Number(50, cac[0, 0]);
        Error(WorksheetErrors.Value, cac[1, 0]);
        Error(WorksheetErrors.Value, cac[2, 0]);
        Error(WorksheetErrors.Value, cac[3, 0]);
    }

    // ---- the rules of each KPI -------------------------------------------------------------------

    [Fact]
    public void A_part_above_its_whole_or_a_fractional_count_is_VALUE()
    {
        Error(WorksheetErrors.Value, KpiFunctions.ConversionRate(120d, 100d));
        Error(WorksheetErrors.Value, KpiFunctions.Cac(100d, 0d, 2.5));
        Error(WorksheetErrors.Value, KpiFunctions.FeatureTimeShare(Time(2, 0), Time(1, 0)));
        Error(WorksheetErrors.Value, KpiFunctions.TimeToConvert(Column(Date(2026, 3, 10)), Column(Date(2026, 3, 1))));
    }

    [Fact]
    public void A_rate_above_100_percent_where_a_share_is_needed_is_NUM()
    {
        Error(WorksheetErrors.Number, KpiFunctions.CacFromLeadCost(85d, 1.2));
        Error(WorksheetErrors.Number, KpiFunctions.AdoptionRateLevel(1.01));
        Error(WorksheetErrors.Number, KpiFunctions.QuoteToOrderSuccess(0.2, 1.5));
    }

    [Fact]
    public void A_margin_or_ratio_above_100_percent_or_a_markup_below_minus_100_percent_is_NUM()
    {
        // Each would need a negative cost or a negative price.
        Error(WorksheetErrors.Number, KpiFunctions.MarkupRateFromGrossMargin(1.2));
        Error(WorksheetErrors.Number, KpiFunctions.BreakEvenRevenue(10_800d, 1.2));
        Error(WorksheetErrors.Number, KpiFunctions.GrossMarginRateFromMarkup(-1.5));
        // At the bounds themselves: a 100 % ratio is a business without variable costs; -100 % and 100 % are undefined.
        Number(10_800, KpiFunctions.BreakEvenRevenue(10_800d, 1d));
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.MarkupRateFromGrossMargin(1d));
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.GrossMarginRateFromMarkup(-1d));
    }

    [Fact]
    public void Scores_outside_their_scale_are_NUM()
    {
        Error(WorksheetErrors.Number, KpiFunctions.NpsFromAnswers(Column(10d, 11d)));
        Error(WorksheetErrors.Number, KpiFunctions.NpsFromAnswers(Column(8.5)));
        Error(WorksheetErrors.Number, KpiFunctions.NpsCategory(11d));
        Error(WorksheetErrors.Number, KpiFunctions.MentalLoadChange(0d, 3d));
        Error(WorksheetErrors.Number, KpiFunctions.MentalLoadChange(7d, 10.5));
    }

    [Fact]
    public void Funnel_rules()
    {
        Error(WorksheetErrors.Value, KpiFunctions.Funnel(Column(10d, 20d)));            // a count rises
        Error(WorksheetErrors.Value, KpiFunctions.Funnel(Column(10d)));                 // one stage
        Error(WorksheetErrors.Value, KpiFunctions.Funnel(Table([10d, 5d], [4d, 2d])));  // two dimensions
        Error(WorksheetErrors.Value, KpiFunctions.FunnelStepRate(Column(10d, 5d), 0d));
        Error(WorksheetErrors.NotAvailable, KpiFunctions.FunnelStepRate(Column(10d, 5d), 2d));
        Error(WorksheetErrors.Value, KpiFunctions.FunnelBottleneckName(Column(10d, 5d), Column("lead", "lead")));
        Number(1, KpiFunctions.FunnelBottleneck(Column(10d, 10d, 10d))); // nothing lost: the first step
    }

    [Fact]
    public void Cohort_table_rules()
    {
        Error(WorksheetErrors.Value, KpiFunctions.CohortRetentionTable(Table([100d, 120d])));             // above the size
        Error(WorksheetErrors.Value, KpiFunctions.CohortRetentionTable(Table(new object?[] { 100d, null, 40d })));        // a hole in a row
        Error(WorksheetErrors.Value, KpiFunctions.CohortRetention(Table([100d, 50d]), 0d, 0d));           // rows count from 1
        Error(WorksheetErrors.NotAvailable, KpiFunctions.CohortRetention(Table([100d, 50d]), 2d, 0d));    // no such row
        Error(WorksheetErrors.NotAvailable, KpiFunctions.CohortRetention(Table([100d, 50d]), 1d, 5d));    // no such column
        var table = Assert.IsType<object[,]>(KpiFunctions.CohortRetentionTable(Table([100d, 50d], new object?[] { null, null }, [0d])));
        Error(WorksheetErrors.NotAvailable, table[1, 0]); // a blank row is a cohort with no data
        Error(WorksheetErrors.DivisionByZero, table[2, 0]); // an empty cohort
    }

    [Fact]
    public void Periods_given_as_text_take_no_last_day_and_a_last_day_cannot_come_before_the_first()
    {
        var dates = Column(Date(2026, 3, 2));
        Error(WorksheetErrors.Value, KpiFunctions.Calls(dates, "2026-03", Date(2026, 3, 31)));
        Error(WorksheetErrors.Value, KpiFunctions.Calls(dates, "March", Omitted));
        Error(WorksheetErrors.Value, KpiFunctions.Calls(dates, Date(2026, 3, 31), Date(2026, 3, 1)));
        // A first day alone is that day, as the ISO text of one date is.
        Number(1, KpiFunctions.Calls(dates, Date(2026, 3, 2), Omitted));
        Number(1, KpiFunctions.Calls(dates, "2026-03-02", Omitted));
    }

    [Fact]
    public void A_direction_is_higher_lower_or_a_catalogue_id()
    {
        Assert.Equal("BehindTarget", KpiFunctions.DriftStatus(52d, 45d, "LowerIsBetter", Omitted));
        Assert.Equal("AheadOfTarget", KpiFunctions.DriftStatus(52d, 45d, " Higher ", Omitted));
        Assert.Equal("AheadOfTarget", KpiFunctions.DriftStatus(52d, 45d, "NPS", Omitted));
        Error(WorksheetErrors.Value, KpiFunctions.DriftStatus(52d, 45d, "sideways", Omitted));
    }

    // ---- the coercion rules of docs/excel.md, one by one ----------------------------------------------

    [Fact]
    public void Direct_numeric_text_and_booleans_add_up_as_in_SUM_of_3_text_and_TRUE()
    {
        // =SUM("3", TRUE) is 4 in Excel: "3" reads as 3 and TRUE as 1. Here (3000 + 1500) / TRUE = 4500.
        Number(4_500, KpiFunctions.Cac("3000", "1500", true));
        Number(0.25, KpiFunctions.ConversionRate(true, "4"));
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.ConversionRate(false, false));
    }

    [Theory]
    [InlineData("1000", 1_000)]
    [InlineData(" 1000 ", 1_000)]
    [InlineData("+1000", 1_000)]
    [InlineData("1e3", 1_000)]
    [InlineData("1E+3", 1_000)]
    [InlineData("1000.", 1_000)]
    [InlineData("2.5e2", 250)]
    [InlineData(".5", 0.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("50%", 0.5)]
    [InlineData("12.5 %", 0.125)]
    [InlineData("-2.5", -2.5)]
    public void Numeric_text_is_read_in_the_invariant_culture_with_an_optional_exponent_and_percent_sign(string text, double expected)
    {
        // KPI.CHANGE(1, x) is x - 1, so it shows the number read, sign included.
        Number(expected - 1, KpiFunctions.Change(1d, text), 1e-15);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,000")]
    [InlineData("1 000")]
    [InlineData("$5")]
    [InlineData("5 €")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("∞")]
    [InlineData("0x10")]
    [InlineData("1/2")]
    [InlineData("12:30")]
    [InlineData("(5)")]
    [InlineData("5-")]
    [InlineData("%")]
    [InlineData(".")]
    [InlineData("e3")]
    [InlineData("٣")]
    public void Other_text_is_no_number_whatever_the_culture(string text)
    {
        // Excel reads "1,5" or "$5" by the user's locale, which an add-in does not see: a workbook must
        // give the same figure on every machine, so only the invariant form is a number.
        foreach (var culture in new[] { "", "en-US", "fr-FR", "de-DE" })
        {
            using var scope = new CultureScope(culture);
            Error(WorksheetErrors.Value, KpiFunctions.Change(1d, text));
        }
    }

    [Fact]
    public void The_invariant_form_is_read_the_same_under_a_comma_culture()
    {
        using var scope = new CultureScope("fr-FR");
        Number(1.5, KpiFunctions.Change(1d, "2.5"));
        Number(680, KpiFunctions.CacFromLeadCost("85", "12.5%"));
    }

    [Fact]
    public void Numeric_text_keeps_15_significant_digits_as_if_typed_in_a_cell()
    {
        // Excel stores a typed 0.1234567890123456789 as 0.123456789012346.
        Number(0.123456789012346, KpiFunctions.Cpl("0.1234567890123456789", 1d));
        Error(WorksheetErrors.Number, KpiFunctions.Cpl("1e400", 1d));
        Number(0, KpiFunctions.Cpl("1e-400", 1d));
    }

    [Fact]
    public void Numeric_text_still_obeys_the_argument_rules()
    {
        Error(WorksheetErrors.Value, KpiFunctions.Cac("100", 0d, "2.5"));       // a count is whole
        Error(WorksheetErrors.Value, KpiFunctions.Cpl("-5", 1d));               // an amount is not negative
        Error(WorksheetErrors.Number, KpiFunctions.CacFromLeadCost(85d, "120%")); // a share is at most 100 %
        Number(8.75, KpiFunctions.RoiMonthly("1750", "200"));
    }

    [Fact]
    public void A_single_value_where_a_range_may_be_given_is_read_directly()
    {
        Number(125, KpiFunctions.AverageOrderValue("25000", "200"));
        Number(10, KpiFunctions.ErrorsAvoided("12", "2"));
        Error(WorksheetErrors.Value, KpiFunctions.ErrorsAvoided("twelve", 2d));
    }

    [Fact]
    public void Ranges_skip_text_and_booleans_as_SUM_AVERAGE_and_COUNT_do()
    {
        // =SUM(12000; "4500"; TRUE; 800) over cells is 12 800; AVERAGE(100; "x"; 150) is 125.
        Number(12_800, KpiFunctions.Revenue(Column(12_000d, "4500", true, 800d)));
        Number(125, KpiFunctions.AverageOrderValue(Column(100d, "x", 150d), Omitted));
        // Answers 10 and 6: one promoter, one detractor, NPS 0; the text "9" and TRUE are not answers.
        Number(0, KpiFunctions.NpsFromAnswers(Column(10d, "9", true, 6d)));
        // A date typed as text in a range is not counted, as COUNT does not count it.
        Number(1, KpiFunctions.Calls(Column(Date(2026, 3, 2), "2026-03-03", true), "2026-03"));
        // Nothing left to read is the mean of nothing.
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.NpsFromAnswers(Column("10", "9")));
    }

    [Fact]
    public void Errors_in_ranges_are_never_ignored()
    {
        Error(WorksheetErrors.NotAvailable, KpiFunctions.Revenue(Column(1d, "#N/A")));
        Error(WorksheetErrors.Reference, KpiFunctions.NpsFromAnswers(Column(10d, ExcelError.ExcelErrorRef)));
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.CohortRetentionTable(Table([100d, "#DIV/0!"])));
    }

    [Fact]
    public void In_two_paired_ranges_a_cell_ignored_on_one_side_only_is_VALUE()
    {
        // Ignoring "8" alone would pair 5 with 1: the positions would slip.
        Error(WorksheetErrors.Value, KpiFunctions.ErrorsAvoided(Column(12d, "8", 5d), Column(2d, 1d, 0d)));
        Error(WorksheetErrors.Value, KpiFunctions.MultiYearRetention(Column("ana", true), Column(2021d, 2022d), 2021d, 2d));
        // Ignored on both sides: skipped.
        Number(10, KpiFunctions.ErrorsAvoided(Column(12d, "n/a"), Column(2d, true)));
    }

    [Fact]
    public void Text_and_booleans_in_a_cohort_row_are_ignored_like_blank_cells()
    {
        // At the end of a row they are periods not reached yet; inside a row, a hole.
        var table = Assert.IsType<object[,]>(KpiFunctions.CohortRetentionTable(Table([200d, 80d, "later"])));
        Number(0.4, table[0, 1]);
        Error(WorksheetErrors.NotAvailable, table[0, 2]);
        Error(WorksheetErrors.Value, KpiFunctions.CohortRetentionTable(Table([200d, true, 60d])));
    }

    [Fact]
    public void Cac_by_channel_reads_each_cell_as_a_single_value_as_array_arithmetic_does()
    {
        // ={100;"60";"x";TRUE}/{2;"3";1;1} is {50;20;#VALUE!;1} in Excel.
        var cac = Assert.IsType<object[,]>(KpiFunctions.CacByChannel(Column(100d, "60", "x", true), Column(2d, "3", 1d, 1d)));
        Number(50, cac[0, 0]);
        Number(20, cac[1, 0]);
        Error(WorksheetErrors.Value, cac[2, 0]);
        Number(1, cac[3, 0]);
    }

    [Fact]
    public void Direct_dates_are_serials_numeric_text_or_ISO_dates_and_never_booleans()
    {
        var dates = Column(Date(2026, 3, 10), Date(2026, 3, 20));
        var values = Column(48d, 52d);
        Number(50, KpiFunctions.Baseline(dates, values, Date(2026, 4, 1)));
        Number(50, KpiFunctions.Baseline(dates, values, "2026-04-01"));
        Number(50, KpiFunctions.Baseline(dates, values, " 2026-04-01 "));
        Number(50, KpiFunctions.Baseline(dates, values, Date(2026, 4, 1).ToString(CultureInfo.InvariantCulture)));
        Number(50, KpiFunctions.Baseline(dates, values, new DateTime(2026, 4, 1)));
        Number(50, KpiFunctions.Baseline(dates, values, new DateOnly(2026, 4, 1)));
        // Locale forms are ambiguous (1 April or 4 January?); 30 February does not exist; TRUE is no day.
        Error(WorksheetErrors.Value, KpiFunctions.Baseline(dates, values, "01/04/2026"));
        Error(WorksheetErrors.Value, KpiFunctions.Baseline(dates, values, "2026-02-30"));
        Error(WorksheetErrors.Value, KpiFunctions.Baseline(dates, values, "1 April 2026"));
        Error(WorksheetErrors.Value, KpiFunctions.Baseline(dates, values, true));
        Error(WorksheetErrors.Value, KpiFunctions.Baseline(dates, values, null));
    }

    [Fact]
    public void Text_in_a_period_is_always_ISO_period_text()
    {
        var dates = Column(Date(2026, 3, 2), Date(2026, 3, 9), Date(2026, 4, 1));
        // "2026" is the year 2026, not the serial 2026 (18 July 1905).
        Number(3, KpiFunctions.Calls(dates, "2026"));
        Number(2, KpiFunctions.Calls(dates, " 2026-03 "));
        Error(WorksheetErrors.Value, KpiFunctions.Calls(dates, Date(2026, 3, 1).ToString(CultureInfo.InvariantCulture)));
        // The last day after a first day: a date, numeric text or ISO text.
        Number(2, KpiFunctions.Calls(dates, Date(2026, 3, 1), "2026-03-31"));
        Number(2, KpiFunctions.Calls(dates, Date(2026, 3, 1), Date(2026, 3, 31).ToString(CultureInfo.InvariantCulture)));
        // ISO text is a whole period: it takes no last day.
        Error(WorksheetErrors.Value, KpiFunctions.Calls(dates, "2026-03", "2026-03-31"));
    }

    [Fact]
    public void A_CSharp_caller_may_pass_null_for_a_blank_cell_and_leave_optional_arguments_out()
    {
        // Compiles with nullable warnings as errors: cell parameters are object?.
        Number(750, KpiFunctions.Cac(45_000d, null, 60d));
        Error(WorksheetErrors.DivisionByZero, KpiFunctions.Cpl(null, null));
        // [Optional] parameters: C# passes Missing.Value, read as left out.
        Number(750, KpiFunctions.Cac(45_000d, newCustomers: 60d));
        Number(125, KpiFunctions.AverageOrderValue(Column(100d, 150d)));
        Assert.Equal("AheadOfTarget", KpiFunctions.DriftStatus(52d, 45d));
        Assert.Equal(true, KpiFunctions.DriftRequiresAdjustment(52d, 45d));
    }

    // ---- numbers as Excel shows them ---------------------------------------------------------------

    [Fact]
    public void A_double_is_read_as_the_decimal_Excel_shows_so_0_1_plus_0_2_is_0_3()
    {
        // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows 0.3 (15 significant digits), and so does the decimal read.
        Assert.NotEqual(0.3, 0.1 + 0.2);
        Number(0.3, KpiFunctions.Revenue(Column(0.1 + 0.2)));
        Number(0.3, KpiFunctions.Cpl(0.1 + 0.2, 1d));
        Number(0.8, KpiFunctions.Cac(0.7 + 0.1, 0d, 1d));
        // A count computed in the sheet with a float's noise is still the whole number it shows.
        Number(10, KpiFunctions.Cpl(30d, 0.1 * 3 * 10));
        // Excel keeps 15 significant digits of what is typed, and so does the read: 1/3 is 0.333333333333333.
        Number((double)0.333333333333333m, KpiFunctions.Revenue(Column(1.0 / 3)));
    }

    [Fact]
    public void Durations_are_read_to_the_millisecond_so_typed_times_are_exact()
    {
        // 0:20 is 0.0138888888888889 in a cell; 10 h over 30 items is exactly 20 min, and 12 h 55 x 45 = 581.25.
        Number(1_200_000d / 86_400_000, KpiFunctions.AverageHandlingTime(Time(10, 0), 30d));
        Number(581.25, KpiFunctions.ValueOfTimeSaved(12 + (55 / 60.0), 45d));
    }

    [Fact]
    public void Date_serials_follow_Excel_including_its_29_February_1900()
    {
        // Excel's serial 1 is 1 January 1900, 59 is 28 February, 60 is the 29 February that never was, 61 is 1 March.
        Number(1, KpiFunctions.Calls(Column(1d), "1900-01", Omitted));
        Number(1, KpiFunctions.Calls(Column(59d), "1900-02", Omitted));
        Number(1, KpiFunctions.Calls(Column(61d), "1900-03", Omitted));
        Error(WorksheetErrors.Number, KpiFunctions.Calls(Column(60d), "1900-02", Omitted));
        Error(WorksheetErrors.Number, KpiFunctions.Calls(Column(0.5), "1900-01", Omitted));
        Error(WorksheetErrors.Number, KpiFunctions.Calls(Column(2_958_466d), Date(2026, 3, 1), Omitted));
        // The time of day counts for the delay to convert, not for the sales cycle (calendar days).
        Number(0.5, KpiFunctions.TimeToConvert(Column(Date(2026, 3, 1) + 0.25), Column(Date(2026, 3, 1) + 0.75)));
        Number(0, KpiFunctions.SalesCycleLength(Column(Date(2026, 3, 1) + 0.25), Column(Date(2026, 3, 1) + 0.75)));
        // DateTime objects are accepted as they are.
        Number(15, KpiFunctions.TimeToConvert(Column(new DateTime(2026, 3, 1)), Column(new DateTime(2026, 3, 16))));
    }

    [Fact]
    public void Error_texts_are_recognised_exactly()
    {
        foreach (var error in new[] { "#DIV/0!", "#VALUE!", "#NUM!", "#N/A", "#NAME?", "#REF!", "#NULL!" })
        {
            Assert.True(WorksheetErrors.IsError(error));
        }

        Assert.False(WorksheetErrors.IsError("#n/a"));
        Assert.False(WorksheetErrors.IsError("#"));
        Assert.False(WorksheetErrors.IsError(null));
        Assert.False(WorksheetErrors.IsError(0d));
    }

    /// <summary>Arguments whose cells are text: stage names and customer ids.</summary>
    private static readonly HashSet<string> TextArguments = new(StringComparer.Ordinal) { "stage_names", "customers" };

    /// <summary>An error, or, for a function that returns an array cell by cell, that error in the first cell.</summary>
    private static void ErrorOrFirstCell(string expected, object result) =>
        Error(expected, result is object[,] cells ? cells[0, 0] : result);

    /// <summary>Single-value date arguments: a blank or TRUE/FALSE there is no date.</summary>
    private static readonly HashSet<string> DateArguments = new(StringComparer.Ordinal) { "period", "action_date", "last_day" };

    /// <summary>Paired arguments that take one value or a range (a blank on one side only is VALUE, as in a pair of ranges).</summary>
    private static readonly HashSet<string> AcceptsRange = new(StringComparer.Ordinal)
    {
        "errors_before", "errors_after", "score_before", "score_after",
    };

    /// <summary>"Total or range" arguments: one value or a range that is summed.</summary>
    private static readonly HashSet<string> TotalOrRange = new(StringComparer.Ordinal)
    {
        "revenue", "won_revenue", "total_processing_time", "total_session_time",
    };

    private static readonly IEqualityComparer<object> Comparer = new ResultComparer();

    private sealed class ResultComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            (object[,] a, object[,] b) => a.Length == b.Length && a.Cast<object>().SequenceEqual(b.Cast<object>()),
            _ => object.Equals(x, y),
        };

        public int GetHashCode(object obj) => 0;
    }
}
