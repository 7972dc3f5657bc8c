using System;
using KpiFormulas.Formulas;

namespace KpiFormulas.Services.Sample;

/// <summary>Body of <c>POST /kpi/net-saving</c>: hours saved a month, what an hour is worth, what the tool costs a month.</summary>
public sealed record NetSavingRequest(decimal HoursSaved, Money HourlyValue, Money MonthlyCost);

/// <summary>Body of <c>POST /kpi/ltv-to-cac</c>.</summary>
public sealed record LtvToCacRequest(Money Ltv, Money Cac);

/// <summary>Body of <c>POST /kpi/snapshot</c>: one of every value type.</summary>
public sealed record SnapshotRequest(Period Period, Currency Currency, Money Revenue, Rate MonthlyChurn, PercentagePoints ChurnChange, Ratio LtvToCac);

/// <summary>Answer of <c>POST /kpi/snapshot</c>.</summary>
public sealed record SnapshotResponse(
    Period Period,
    Period PreviousPeriod,
    Currency Currency,
    Money Revenue,
    Rate MonthlyChurn,
    Rate YearlyChurn,
    PercentagePoints ChurnChange,
    Ratio LtvToCac,
    LtvToCacHealth LtvToCacHealth);

/// <summary>Answer of <c>GET /currencies/{currency}</c>; <c>MinorUnits</c> is null for the codes ISO 4217 gives none.</summary>
public sealed record CurrencyInfo(Currency Code, int NumericCode, int? MinorUnits, string EnglishName);

/// <summary>Answer of <c>GET /money/{amount}/minor-units</c>.</summary>
public sealed record MinorUnitsResponse(long MinorUnits, Currency Currency);

/// <summary>Answer of <c>GET /rates/change</c>; <c>RelativeChange</c> is null from a 0 % baseline.</summary>
public sealed record RateChangeResponse(PercentagePoints Points, Rate? RelativeChange);

/// <summary>Answer of <c>GET /ratios/ltv-to-cac/{ratio}/health</c>.</summary>
public sealed record LtvToCacHealthResponse(Ratio Ratio, LtvToCacHealth Health);

/// <summary>Answer of <c>GET /periods/{**period}</c>.</summary>
public sealed record PeriodSummary(Period Period, PeriodUnit Unit, DateOnly Start, DateOnly End, DateOnly LastDay, int Days);

/// <summary>Answer of <c>GET /kpi/per-month</c>.</summary>
public sealed record PerMonthResponse(Period Period, decimal Quantity, decimal PerMonth);

/// <summary>The inputs of a customer acquisition cost: what sales and marketing spent, and the customers won.</summary>
public sealed record CacRequest(Money SalesCosts, Money MarketingCosts, long NewCustomers);
