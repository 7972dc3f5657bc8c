using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>The families of the catalogue; each has one calculator class of the same name.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<KpiFamily>))]
public enum KpiFamily
{
    /// <summary>Acquisition and cost (class <see cref="KpiFormulas.Formulas.Acquisition"/>).</summary>
    Acquisition = 0,

    /// <summary>Conversion rates and funnels (class <c>Conversion</c>).</summary>
    Conversion = 1,

    /// <summary>Value of sales: revenue, order value, lifetime value (class <c>SalesValue</c>).</summary>
    SalesValue = 2,

    /// <summary>Efficiency: cycle length, LTV/CAC, handling and response times (class <c>Efficiency</c>).</summary>
    Efficiency = 3,

    /// <summary>Retention and churn, by period and by cohort (class <c>Retention</c>).</summary>
    Retention = 4,

    /// <summary>Engagement and adoption of a tool (class <c>Engagement</c>).</summary>
    Engagement = 5,

    /// <summary>Return on investment, savings and payback (class <c>ReturnOnInvestment</c>).</summary>
    ReturnOnInvestment = 6,

    /// <summary>Productivity: time saved, errors avoided, capacity (class <c>Productivity</c>).</summary>
    Productivity = 7,

    /// <summary>Customer and employee satisfaction: NPS, complaints, mental load (class <c>Satisfaction</c>).</summary>
    Satisfaction = 8,

    /// <summary>Activity counts per period and per person (class <c>Activity</c>).</summary>
    Activity = 9,

    /// <summary>Profitability: gross margin, contribution margin, markup, break-even and margin of safety (class <c>Profitability</c>).</summary>
    Profitability = 10,

    /// <summary>Investment appraisal: net present value, internal rates of return, discounted payback, compound growth (class <c>Investment</c>).</summary>
    Investment = 11,

    /// <summary>Subscription (SaaS) metrics: MRR and ARR, MRR movements, revenue churn and retention, ARPA, quick ratio, churn-based LTV, CAC payback (class <c>Subscription</c>).</summary>
    Subscription = 12,
    /// <summary>Small-sample statistics: confidence intervals of rates, significance of a change, NPS margin of error, sample size (class <c>Statistics</c>).</summary>
    Statistics = 13,
    /// <summary>Predictive customer-base models: customer summaries, BG/NBD, Gamma-Gamma, predictive lifetime value, sBG retention (class <c>Predictive</c>).</summary>
    Predictive = 14,
}

/// <summary>What a KPI's calculator returns.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<ResultKind>))]
public enum ResultKind
{
    /// <summary>An amount of money (<see cref="KpiFormulas.Money"/>).</summary>
    Money = 0,

    /// <summary>A fraction shown as a percentage (<see cref="KpiFormulas.Rate"/>).</summary>
    Rate = 1,

    /// <summary>x : 1 (<see cref="KpiFormulas.Ratio"/>).</summary>
    Ratio = 2,

    /// <summary>A length of time (<see cref="System.TimeSpan"/>, or months as a number for a payback).</summary>
    Duration = 3,

    /// <summary>A whole number of things.</summary>
    Count = 4,

    /// <summary>A plain number on a scale or per unit (NPS, calls per invoice, uses per user).</summary>
    Score = 5,

    /// <summary>A before/after evolution (<see cref="KpiFormulas.Formulas.Change{TValue, TDifference}"/>).</summary>
    Change = 6,

    /// <summary>One amount per group (per channel).</summary>
    MoneyPerGroup = 7,

    /// <summary>A table of rates (a cohort matrix, retention over consecutive years).</summary>
    RateTable = 8,

    /// <summary>Step rates, the overall rate and the bottleneck of a funnel.</summary>
    Funnel = 9,

    /// <summary>Shares of a whole that sum to 100 %.</summary>
    RateMix = 10,

    /// <summary>A confidence interval of a rate: lower and upper bounds around the observed rate (<see cref="KpiFormulas.Formulas.RateInterval"/>).</summary>
    RateInterval = 11,

    /// <summary>A test of a change: p-value, test used and verdict (<see cref="KpiFormulas.Formulas.SignificanceResult"/>).</summary>
    Significance = 12,
    /// <summary>The parameters of a model fitted by maximum likelihood (BG/NBD, Gamma-Gamma, sBG).</summary>
    ModelFit = 13,

    /// <summary>One summary per customer (repeat purchases, recency, time observed, values).</summary>
    CustomerSummaries = 14,
}
