using System;

namespace KpiFormulas.Internal;

/// <summary>
/// The few shapes most KPIs share (a share of a whole, an amount or a duration per unit), with the
/// library's validation and undefined-result policy applied once.
/// </summary>
internal static class KpiMath
{
    /// <summary>
    /// part / whole as a proportion. Both must be counts (not negative), the part not above the
    /// whole; a zero whole gives an undefined result.
    /// </summary>
    internal static KpiResult<Rate> Share(string kpiId, long part, long whole, string partName, string wholeName)
    {
        Preconditions.NotNegative(part, partName);
        Preconditions.NotNegative(whole, wholeName);
        Preconditions.NotAbove(part, whole, partName, wholeName);

        return whole == 0
            ? KpiResult.Undefined<Rate>(kpiId, UndefinedReason.ZeroDenominator, $"'{wholeName}' is zero.")
            : KpiResult.Defined(kpiId, Rate.FromFraction((decimal)part / whole));
    }

    /// <summary>An amount per unit (cost per lead, revenue per order); a zero count is undefined.</summary>
    internal static KpiResult<Money> PerUnit(string kpiId, Money amount, long count, string amountName, string countName)
    {
        Preconditions.NotNegative(amount, amountName);
        Preconditions.NotNegative(count, countName);
        return count == 0
            ? KpiResult.Undefined<Money>(kpiId, UndefinedReason.ZeroDenominator, $"'{countName}' is zero.")
            : KpiResult.Defined(kpiId, amount / count);
    }

    /// <summary>A duration per unit (handling time per item); a zero count is undefined.</summary>
    internal static KpiResult<TimeSpan> PerUnit(string kpiId, TimeSpan total, long count, string totalName, string countName)
    {
        Preconditions.NotNegative(total, totalName);
        Preconditions.NotNegative(count, countName);
        return count == 0
            ? KpiResult.Undefined<TimeSpan>(kpiId, UndefinedReason.ZeroDenominator, $"'{countName}' is zero.")
            : KpiResult.Defined(kpiId, TimeSpan.FromTicks(RoundedTicks((decimal)total.Ticks / count)));
    }

    /// <summary>A plain number per unit (reminder calls per invoice); a zero count is undefined.</summary>
    internal static KpiResult<decimal> PerUnit(string kpiId, decimal quantity, long count, string quantityName, string countName)
    {
        Preconditions.NotNegative(quantity, quantityName);
        Preconditions.NotNegative(count, countName);
        return count == 0
            ? KpiResult.Undefined<decimal>(kpiId, UndefinedReason.ZeroDenominator, $"'{countName}' is zero.")
            : KpiResult.Defined(kpiId, quantity / count);
    }

    /// <summary>Ticks rounded half away from zero: TimeSpan's 100 ns resolution is the only rounding.</summary>
    internal static long RoundedTicks(decimal ticks) => decimal.ToInt64(decimal.Round(ticks, MidpointRounding.AwayFromZero));

    /// <summary>Exact hours of a duration, in decimal (ticks / 36 000 000 000).</summary>
    internal static decimal Hours(TimeSpan duration) => (decimal)duration.Ticks / TimeSpan.TicksPerHour;
}
