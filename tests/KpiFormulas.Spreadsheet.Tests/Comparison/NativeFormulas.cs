using System.Collections.Generic;
using static KpiFormulas.Spreadsheet.Tests.Comparison.Domain;

namespace KpiFormulas.Spreadsheet.Tests.Comparison;

/// <summary>
/// The native spreadsheet formula a user would type for a worksheet function, over the same cells: its
/// text with <c>{0}</c>, <c>{1}</c>... standing for the cells of the function's arguments, in order.
/// </summary>
/// <param name="Function">The worksheet function (<c>KPI.CPL</c>).</param>
/// <param name="Template">The formula without its <c>=</c>: <c>{0}/{1}</c>.</param>
/// <param name="Arguments">What each argument holds, to draw typical inputs.</param>
internal sealed record NativeFormula(string Function, string Template, params Domain[] Arguments)
{
    /// <summary>The formula over the given cell references.</summary>
    public string Over(IReadOnlyList<string> references)
    {
        var text = Template;
        for (var i = 0; i < references.Count; i++)
        {
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", references[i], System.StringComparison.Ordinal);
        }

        return text;
    }
}

/// <summary>
/// Every scalar worksheet function with the formula a spreadsheet user types for the same KPI. The
/// formulas are the catalogue's "formula in words" written as cell arithmetic, nothing more: they
/// check no input, so where our function refuses an input the sheet computes something, and
/// <see cref="Differences"/> says where and why.
/// </summary>
internal static class NativeFormulas
{
    public static IReadOnlyList<NativeFormula> All { get; } =
    [
        // Acquisition
        new("KPI.CAC", "({0}+{1})/{2}", Amount, Amount, Count),
        new("KPI.CAC_FROM_LEAD_COST", "{0}/{1}", Amount, Proportion),
        new("KPI.CPL", "{0}/{1}", Amount, Count),
        new("KPI.COST_PER_QUALIFIED_LEAD", "{0}/{1}", Amount, Count),
        new("KPI.TIME_PER_LEAD", "{0}/{1}", Days, Count),

        // Bands: the level's name from nested IFs over the thresholds.
        new("KPI.LTV_TO_CAC_LEVEL", "IF({0}<1,\"LosingMoney\",IF({0}=1,\"BreakEven\",IF({0}<3,\"BelowHealthy\",\"Healthy\")))", Multiple),
        new("KPI.ADOPTION_RATE_LEVEL", "IF({0}<0.3,\"Problem\",IF({0}<=0.6,\"NormalAtStart\",\"Excellent\"))", Proportion),
        new("KPI.USER_ACTIVITY_STATUS", "IF({0}>=3,\"Active\",IF({0}>=1,\"Low\",\"Inactive\"))", Count),
        new("KPI.COST_PER_HOUR_SAVED_LEVEL", "IF({0}<10,\"Excellent\",IF({0}<=20,\"Profitable\",\"Revisit\"))", NotNegative),
        new("KPI.PAYBACK_PERIOD_LEVEL", "IF({0}<2,\"Excellent\",IF({0}<=6,\"Good\",\"Challenge\"))", Multiple),
        new("KPI.TIME_SAVED_LEVEL", "IF({0}<5,\"BelowProfitable\",IF({0}<10,\"Profitable\",IF({0}<20,\"High\",\"Top10Percent\")))", SignedHours),
        new("KPI.PROJECT_ROI_LEVEL", "IF({0}>=1.5,\"Successful\",\"BelowTarget\")", Multiple),

        // Conversion
        new("KPI.CONVERSION_RATE", "{0}/{1}", Part, Count),
        new("KPI.STAGE_CONVERSION", "{0}/{1}", Part, Count),
        new("KPI.QUOTE_TO_ORDER_RATE", "{0}/{1}", Part, Count),
        new("KPI.QUOTE_TO_ORDER_SUCCESS", "{1}-{0}>=0.05", Proportion, Proportion),
        new("KPI.MEETING_BOOKING_RATE", "{0}/{1}", Part, Count),
        new("KPI.MQL_TO_SQL_RATE", "{0}/{1}", Part, Count),
        new("KPI.LEAD_TO_SQL_RATE", "{0}/{1}", Part, Count),
        new("KPI.LEAD_TO_OPPORTUNITY_RATE", "{0}/{1}", Part, Count),
        new("KPI.CLOSING_RATE", "{0}/{1}", Part, Count),
        new("KPI.QUALIFIED_LEAD_RATE", "{0}/{1}", Part, Count),
        new("KPI.RESPONSE_RATE", "{0}/{1}", Part, Count),
        new("KPI.OPEN_RATE", "{0}/{1}", Part, Count),
        new("KPI.INSTANT_PAYMENT_RATE", "{0}/{1}", Part, Count),

        // Efficiency
        new("KPI.LTV_TO_CAC", "{0}/{1}", Amount, Amount),
        new("KPI.AVERAGE_HANDLING_TIME", "{0}/{1}", Days, Count),
        new("KPI.AVERAGE_RESPONSE_TIME", "{0}/{1}", Days, Count),
        new("KPI.SELF_SERVICE_RATE", "{0}/{1}", Part, Count),
        new("KPI.FOLLOW_UPS_PER_INVOICE", "{0}/{1}", Count, Count),

        // Engagement
        new("KPI.SESSION_DURATION", "{0}/{1}", Days, Count),
        new("KPI.USAGE_FREQUENCY", "{0}/{1}", Count, Count),
        new("KPI.FEATURE_TIME_SHARE", "{0}/{1}", DaysPart, Days),
        new("KPI.ADOPTION_RATE", "{0}/{1}", Part, Count),

        // Profitability
        new("KPI.GROSS_MARGIN_RATE", "({0}-{1})/{0}", Amount, Amount),
        new("KPI.GROSS_MARGIN_RATE_FROM_MARKUP", "{0}/(1+{0})", RateAboveMinusOne),
        new("KPI.CONTRIBUTION_MARGIN", "{0}-{1}", Amount, Amount),
        new("KPI.CONTRIBUTION_MARGIN_RATIO", "({0}-{1})/{0}", Amount, Amount),
        new("KPI.MARKUP_RATE", "({0}-{1})/{1}", Amount, Amount),
        new("KPI.MARKUP_RATE_FROM_GROSS_MARGIN", "{0}/(1-{0})", RateBelowOne),
        new("KPI.BREAK_EVEN_REVENUE", "{0}/{1}", Amount, Proportion),
        new("KPI.BREAK_EVEN_UNITS", "{0}/({1}-{2})", Amount, Amount, Amount),
        new("KPI.MARGIN_OF_SAFETY", "({0}-{1})/{0}", Amount, Amount),

        // Investment (the range-taking NPV, XNPV, IRR, XIRR and MIRR: InvestmentAgainstCalcTests)
        new("KPI.CAGR", "({1}/{0})^(1/{2})-1", Amount, Amount, Periods),

        // Retention
        new("KPI.RETENTION_RATE", "{0}/{1}", Part, Count),
        new("KPI.CHURN_RATE", "{0}/{1}", Part, Count),

        // Return on investment
        new("KPI.PROJECT_ROI", "{0}/{1}", Amount, Amount),
        new("KPI.NET_ROI", "({0}-{1})/{1}", Amount, Amount),
        new("KPI.MARKETING_ROI", "{0}/{1}", Amount, Amount),
        new("KPI.ROI_MONTHLY", "{0}/{1}", Amount, Amount),
        new("KPI.COST_PER_HOUR_SAVED", "{0}/{1}", Amount, Hours),
        new("KPI.VALUE_OF_TIME_SAVED", "{0}*{1}", SignedHours, Amount),
        new("KPI.NET_MONTHLY_SAVING", "{0}*{1}-{2}", SignedHours, Amount, Amount),
        new("KPI.PAYBACK_PERIOD", "{0}/{1}", Amount, Signed),

        // Productivity
        new("KPI.TIME_SAVED", "({0}-{1})*{2}", Hours, Hours, NotNegative),
        new("KPI.ERRORS_AVOIDED", "{0}-{1}", Count, Count),
        new("KPI.ERRORS_AVOIDED_VALUE", "{0}*{1}", Count, Amount),
        new("KPI.CAPACITY_INCREASE", "({1}-{0})/{0}", NotNegative, NotNegative),

        // Satisfaction
        new("KPI.NPS", "100*({0}-{2})/({0}+{1}+{2})", Count, Count, Count),
        new("KPI.NPS_CATEGORY", "IF({0}>=9,\"Promoter\",IF({0}>=7,\"Passive\",\"Detractor\"))", Answer),
        new("KPI.COMPLAINT_RATE", "{0}/{1}", Part, Count),
        new("KPI.MENTAL_LOAD_CHANGE", "({1}-{0})/{0}", Score, Score),

        // Targets
        new("KPI.CHANGE", "({1}-{0})/ABS({0})", Signed, Signed),
        new("KPI.POINTS_CHANGE", "({1}-{0})*100", Proportion, Proportion),
        new("KPI.TARGET", "{0}*(1+{1})", Signed, SignedRate),
        new("KPI.POINTS_TARGET", "{0}+{1}/100", Proportion, Signed),
        new("KPI.PROGRESS", "({2}-{0})/({1}-{0})", Signed, Signed, Signed),
        new("KPI.DRIFT", "({0}-{1})/ABS({1})", Signed, Signed),
        new("KPI.DRIFT_STATUS", "IF(ABS(({0}-{1})/ABS({1}))<={3},\"OnTrack\",IF(IF({2}=\"lower\",{0}<{1},{0}>{1}),\"AheadOfTarget\",\"BehindTarget\"))", Signed, Signed, DirectionWord, Tolerance),
        new("KPI.DRIFT_REQUIRES_ADJUSTMENT", "ABS(({0}-{1})/ABS({1}))>{2}", Signed, Signed, Tolerance),

        // Subscription (the range-taking MRR, movements, churn, retention and quick ratio: the KPI workbook's native formulas)
        new("KPI.ARR", "12*{0}", Amount),
        new("KPI.ARPA", "{0}/{1}", Amount, Count),
        new("KPI.CHURN_BASED_LTV", "{0}*{1}/{2}", Amount, Proportion, Proportion),
        new("KPI.CAC_PAYBACK_MONTHS", "{0}/({1}*{2})", Amount, Amount, Proportion),

        // Statistics: z from NORM.S.INV; the p-value of the two-proportion z-test from the lower tail, 2·Φ(−|z|), which keeps
        // its digits where 1 − Φ(|z|) would cancel.
        new("KPI.RATE_CONFIDENCE_INTERVAL", "({0}/{1}+NORM.S.INV(1-(1-{2})/2)^2/(2*{1})-NORM.S.INV(1-(1-{2})/2)*SQRT({0}/{1}*(1-{0}/{1})/{1}+NORM.S.INV(1-(1-{2})/2)^2/(4*{1}^2)))/(1+NORM.S.INV(1-(1-{2})/2)^2/{1})", Part, Count, Confidence),
        new("KPI.RATE_CONFIDENCE_UPPER", "({0}/{1}+NORM.S.INV(1-(1-{2})/2)^2/(2*{1})+NORM.S.INV(1-(1-{2})/2)*SQRT({0}/{1}*(1-{0}/{1})/{1}+NORM.S.INV(1-(1-{2})/2)^2/(4*{1}^2)))/(1+NORM.S.INV(1-(1-{2})/2)^2/{1})", Part, Count, Confidence),
        new("KPI.CHANGE_SIGNIFICANCE", "2*NORM.S.DIST(-ABS(({2}/{3}-{0}/{1})/SQRT(({0}+{2})/({1}+{3})*(1-({0}+{2})/({1}+{3}))*(1/{1}+1/{3}))),TRUE)", Part, Count, Part, Count),
        new("KPI.NPS_MARGIN_OF_ERROR", "NORM.S.INV(1-(1-{3})/2)*SQRT((({0}+{2})/({0}+{1}+{2})-(({0}-{2})/({0}+{1}+{2}))^2)/({0}+{1}+{2}))*100", Count, Count, Count, Confidence),
        new("KPI.REQUIRED_SAMPLE_SIZE", "ROUNDUP(NORM.S.INV(1-(1-{1})/2)^2*{2}*(1-{2})/{0}^2,0)", Margin, Confidence, OpenProportion),

        // Value
        new("KPI.AVERAGE_ORDER_VALUE", "{0}/{1}", Amount, Count),
        new("KPI.AVERAGE_DEAL_SIZE", "{0}/{1}", Amount, Count),
        new("KPI.CUSTOMER_LIFETIME_VALUE", "{0}*{1}*{2}", Amount, NotNegative, NotNegative),
        new("KPI.ADDITIONAL_REVENUE_FROM_CAPACITY", "({1}-{0})*{2}", NotNegative, NotNegative, Amount),
    ];
}
