using System;
using System.Collections.Generic;

namespace KpiFormulas.Excel;

/// <summary>
/// The catalogue KPIs that have no worksheet function and no native formula in the KPI workbook: those of
/// the <c>Predictive</c> family (customer summaries, the BG/NBD, Gamma-Gamma and sBG models).
/// </summary>
/// <remarks>
/// <para><b>Summaries and model fits, for good</b> (<c>customer_summary</c>, <c>bgnbd_fit</c>,
/// <c>gamma_gamma_fit</c>, <c>sbg_fit</c>). A model fit is a maximum-likelihood search over thousands of
/// customer rows that returns several parameters: a spreadsheet has no native formula for it (a solver is
/// an add-in run by hand, not a formula), and one cell cannot hold its result. The customer summary turns
/// transaction rows into one row per customer, a query rather than a cell. Both are done in code.</para>
/// <para><b>The per-customer model functions, for now</b> (<c>probability_alive</c>,
/// <c>expected_purchases</c>, <c>expected_average_spend</c>, <c>predictive_clv</c>,
/// <c>projected_retention</c>, <c>discounted_expected_residual_lifetime</c>). They take a fitted model's
/// parameters and would fit in cells, but three of them need the hypergeometric series ₂F₁, whose native
/// spreadsheet formula and comparison with LibreOffice Calc are not written yet; they stay out of the
/// worksheet surface until they are, rather than appear without that check.</para>
/// <para>Every other catalogue id has a function named after it; the worksheet tests and the workbook
/// generator read this list, and a test checks that it holds exactly the ids of the <c>Predictive</c> family.</para>
/// </remarks>
public static class CatalogueOnlyKpis
{
    /// <summary>The ten ids of the <c>Predictive</c> family, in catalogue order.</summary>
    public static IReadOnlyList<string> Ids { get; } = Array.AsReadOnly(
    [
        KpiIds.CustomerSummary,
        KpiIds.BgNbdFit,
        KpiIds.ProbabilityAlive,
        KpiIds.ExpectedPurchases,
        KpiIds.GammaGammaFit,
        KpiIds.ExpectedAverageSpend,
        KpiIds.PredictiveClv,
        KpiIds.SbgFit,
        KpiIds.ProjectedRetention,
        KpiIds.DiscountedExpectedResidualLifetime,
    ]);
}
