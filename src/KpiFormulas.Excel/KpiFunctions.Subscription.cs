using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.MRR</c>: the catalogue's <see cref="KpiIds.Mrr"/>, the sum of a range of per-customer MRR.</summary>
    /// <param name="customerMrr">Each customer's monthly recurring revenue, not negative: a range (blank cells and text are skipped).</param>
    /// <returns>The MRR in the sheet's currency; <c>#VALUE!</c> for no customer.</returns>
    [WorksheetFunction("KPI.MRR", KpiId = KpiIds.Mrr)]
    public static object Mrr(object?[,] customerMrr) =>
        Run(() => Out(Subscription.Mrr([.. Cells.List(customerMrr, RangeOf.Numbers, Cells.Amount)])));

    /// <summary><c>KPI.ARR</c>: the catalogue's <see cref="KpiIds.Arr"/> in a cell.</summary>
    /// <param name="mrr">Monthly recurring revenue, not negative.</param>
    /// <returns>12 × MRR in the sheet's currency.</returns>
    [WorksheetFunction("KPI.ARR", KpiId = KpiIds.Arr)]
    public static object Arr(object? mrr) =>
        Run(() => Out(Subscription.Arr(Cells.Amount(mrr))));

    /// <summary><c>KPI.MRR_MOVEMENTS</c>: one amount of the catalogue's <see cref="KpiIds.MrrMovements"/> from each customer's MRR of two months.</summary>
    /// <param name="previousMrr">Each customer's MRR at the end of the previous month, 0 for none: a range.</param>
    /// <param name="currentMrr">The same customers' MRR at the end of this month, a range of the same shape.</param>
    /// <param name="kind">The amount to return: "opening", "new", "expansion", "reactivation", "contraction", "churned" or "closing".</param>
    /// <param name="paidBefore">1 for each customer who paid before the previous month, 0 otherwise, a range of the same shape, or one value for all; optional: left out, every customer from 0 is new.</param>
    /// <returns>The amount in the sheet's currency; <c>#VALUE!</c> for an unknown kind or ranges of different shapes.</returns>
    [WorksheetFunction("KPI.MRR_MOVEMENTS", KpiId = KpiIds.MrrMovements)]
    public static object MrrMovements(object?[,] previousMrr, object?[,] currentMrr, object? kind, [Optional] object? paidBefore) =>
        Run(() =>
        {
            var movements = MovementsOf(previousMrr, currentMrr, paidBefore);
            return Out(Cells.Text(kind).ToLowerInvariant() switch
            {
                "opening" => movements.Opening,
                "new" => movements.New,
                "expansion" => movements.Expansion,
                "reactivation" => movements.Reactivation,
                "contraction" => movements.Contraction,
                "churned" => movements.Churned,
                "closing" => movements.Closing,
                _ => throw new CellException(),
            });
        });

    /// <summary><c>KPI.GROSS_MRR_CHURN_RATE</c>: the catalogue's <see cref="KpiIds.GrossMrrChurnRate"/> from each customer's MRR of two months.</summary>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='previousMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='currentMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='paidBefore']"/>
    /// <returns>(churned + contraction) / opening MRR as a fraction; <c>#DIV/0!</c> for no opening MRR.</returns>
    [WorksheetFunction("KPI.GROSS_MRR_CHURN_RATE", KpiId = KpiIds.GrossMrrChurnRate)]
    public static object GrossMrrChurnRate(object?[,] previousMrr, object?[,] currentMrr, [Optional] object? paidBefore) =>
        Run(() => Out(Subscription.GrossMrrChurnRate(MovementsOf(previousMrr, currentMrr, paidBefore))));

    /// <summary><c>KPI.NET_MRR_CHURN_RATE</c>: the catalogue's <see cref="KpiIds.NetMrrChurnRate"/> from each customer's MRR of two months.</summary>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='previousMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='currentMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='paidBefore']"/>
    /// <returns>(churned + contraction − expansion − reactivation) / opening MRR as a fraction, negative for net expansion; <c>#DIV/0!</c> for no opening MRR.</returns>
    [WorksheetFunction("KPI.NET_MRR_CHURN_RATE", KpiId = KpiIds.NetMrrChurnRate)]
    public static object NetMrrChurnRate(object?[,] previousMrr, object?[,] currentMrr, [Optional] object? paidBefore) =>
        Run(() => Out(Subscription.NetMrrChurnRate(MovementsOf(previousMrr, currentMrr, paidBefore))));

    /// <summary><c>KPI.NET_REVENUE_RETENTION</c>: the catalogue's <see cref="KpiIds.NetRevenueRetention"/> from each customer's MRR of two months.</summary>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='previousMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='currentMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='paidBefore']"/>
    /// <returns>(opening + expansion − contraction − churned) / opening MRR as a fraction, reactivation excluded; <c>#DIV/0!</c> for no opening MRR.</returns>
    [WorksheetFunction("KPI.NET_REVENUE_RETENTION", KpiId = KpiIds.NetRevenueRetention)]
    public static object NetRevenueRetention(object?[,] previousMrr, object?[,] currentMrr, [Optional] object? paidBefore) =>
        Run(() => Out(Subscription.NetRevenueRetention(MovementsOf(previousMrr, currentMrr, paidBefore))));

    /// <summary><c>KPI.GROSS_REVENUE_RETENTION</c>: the catalogue's <see cref="KpiIds.GrossRevenueRetention"/> from each customer's MRR of two months.</summary>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='previousMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='currentMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='paidBefore']"/>
    /// <returns>(opening − contraction − churned) / opening MRR as a fraction, at most 1; <c>#DIV/0!</c> for no opening MRR.</returns>
    [WorksheetFunction("KPI.GROSS_REVENUE_RETENTION", KpiId = KpiIds.GrossRevenueRetention)]
    public static object GrossRevenueRetention(object?[,] previousMrr, object?[,] currentMrr, [Optional] object? paidBefore) =>
        Run(() => Out(Subscription.GrossRevenueRetention(MovementsOf(previousMrr, currentMrr, paidBefore))));

    /// <summary><c>KPI.ARPA</c>: the catalogue's <see cref="KpiIds.Arpa"/> in a cell.</summary>
    /// <param name="mrr">Monthly recurring revenue, not negative.</param>
    /// <param name="activeAccounts">Accounts paying at the end of the month, a whole number, not negative.</param>
    /// <returns>The MRR per account in the sheet's currency; <c>#DIV/0!</c> for no account.</returns>
    [WorksheetFunction("KPI.ARPA", KpiId = KpiIds.Arpa)]
    public static object Arpa(object? mrr, object? activeAccounts) =>
        Run(() => Out(Subscription.Arpa(Cells.Amount(mrr), Cells.Count(activeAccounts))));

    /// <summary><c>KPI.SAAS_QUICK_RATIO</c>: the catalogue's <see cref="KpiIds.SaasQuickRatio"/> from each customer's MRR of two months.</summary>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='previousMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='currentMrr']"/>
    /// <inheritdoc cref="MrrMovements(object?[,], object?[,], object?, object?)" path="/param[@name='paidBefore']"/>
    /// <returns>(new + expansion + reactivation) / (contraction + churned); <c>#DIV/0!</c> when no MRR was lost.</returns>
    [WorksheetFunction("KPI.SAAS_QUICK_RATIO", KpiId = KpiIds.SaasQuickRatio)]
    public static object SaasQuickRatio(object?[,] previousMrr, object?[,] currentMrr, [Optional] object? paidBefore) =>
        Run(() => Out(Subscription.SaasQuickRatio(MovementsOf(previousMrr, currentMrr, paidBefore))));

    /// <summary><c>KPI.CHURN_BASED_LTV</c>: the catalogue's <see cref="KpiIds.ChurnBasedLtv"/> in a cell.</summary>
    /// <param name="arpa">Average revenue per account per month, not negative.</param>
    /// <param name="grossMarginRate">Gross margin on that revenue, from 0 to 1 (80% is 0.8).</param>
    /// <param name="monthlyChurnRate">Share of accounts lost per month, from 0 to 1 (2% is 0.02).</param>
    /// <returns>ARPA × margin / churn in the sheet's currency; <c>#DIV/0!</c> for a churn of 0; <c>#NUM!</c> for a rate outside 0 to 1.</returns>
    [WorksheetFunction("KPI.CHURN_BASED_LTV", KpiId = KpiIds.ChurnBasedLtv)]
    public static object ChurnBasedLtv(object? arpa, object? grossMarginRate, object? monthlyChurnRate) =>
        Run(() => Out(Subscription.ChurnBasedLtv(Cells.Amount(arpa), Cells.Proportion(grossMarginRate), Cells.Proportion(monthlyChurnRate))));

    /// <summary><c>KPI.CAC_PAYBACK_MONTHS</c>: the catalogue's <see cref="KpiIds.CacPaybackMonths"/> in a cell.</summary>
    /// <param name="cac">Acquisition cost per account, not negative.</param>
    /// <param name="arpa">Average revenue per account per month, not negative.</param>
    /// <param name="grossMarginRate">Gross margin on that revenue, from 0 to 1 (80% is 0.8).</param>
    /// <returns>CAC / (ARPA × margin) in months; <c>#NUM!</c> when an account brings no margin, as a payback never reached.</returns>
    [WorksheetFunction("KPI.CAC_PAYBACK_MONTHS", KpiId = KpiIds.CacPaybackMonths)]
    public static object CacPaybackMonths(object? cac, object? arpa, object? grossMarginRate) =>
        Run(() => Out(Subscription.CacPaybackMonths(Cells.Amount(cac), Cells.Amount(arpa), Cells.Proportion(grossMarginRate))));

    private static MrrMovements MovementsOf(object?[,] previousMrr, object?[,] currentMrr, object? paidBefore)
    {
        var (previous, current) = Cells.Pairs(previousMrr, RangeOf.Numbers, Cells.Amount, currentMrr, RangeOf.Numbers, Cells.Amount);
        if (Cells.IsNothing(paidBefore))
        {
            return Subscription.Movements([.. previous], [.. current], []);
        }

        if (paidBefore is not object?[,] flags || flags.Length == 1)
        {
            // One value (or a one-cell range) for every customer: all of them paid before (1) or none did (0).
            var everyone = Cells.Count(paidBefore) > 0;
            return Subscription.Movements([.. previous], [.. current], [.. previous.ConvertAll(_ => everyone)]);
        }

        var (_, paid) = Cells.Pairs(previousMrr, RangeOf.Numbers, Cells.Amount, flags, RangeOf.Numbers, Cells.Count);
        return Subscription.Movements([.. previous], [.. current], [.. paid.ConvertAll(flag => flag > 0)]);
    }
}
