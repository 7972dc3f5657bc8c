namespace KpiFormulas.Formulas;

public static partial class Predictive
{
    private const string CountingYourCustomers =
        "Peter S. Fader, Bruce G. S. Hardie, Ka Lok Lee, \"Counting Your Customers\" the Easy Way: An Alternative to the Pareto/NBD Model, Marketing Science 24(2), 2005 (brucehardie.com/papers/018/)";

    private const string RfmAndClv =
        "Peter S. Fader, Bruce G. S. Hardie, Ka Lok Lee, RFM and CLV: Using Iso-Value Curves for Customer Base Analysis, Journal of Marketing Research 42(4), 2005 (brucehardie.com/papers/rfm_clv_2005-02-16.pdf)";

    private const string GammaGammaNote =
        "Peter S. Fader, Bruce G. S. Hardie, The Gamma-Gamma Model of Monetary Value, 2013 (brucehardie.com/notes/025/)";

    private const string ProjectRetention =
        "Peter S. Fader, Bruce G. S. Hardie, How to Project Customer Retention, Journal of Interactive Marketing 21(1), 2007 (brucehardie.com/papers/021/)";

    private const string PerilsOfIgnoringHeterogeneity =
        "Peter S. Fader, Bruce G. S. Hardie, Customer-Base Valuation in a Contractual Setting: The Perils of Ignoring Heterogeneity, Marketing Science 29(1), 2010 (brucehardie.com/papers/022/)";

    /// <summary>The catalogue definitions of this family, in catalogue order.</summary>
    internal static KpiDefinition[] CatalogDefinitions() =>
    [
        new(
            KpiIds.CustomerSummary,
            KpiFamily.Predictive,
            englishName: "Customer summary",
            frenchName: "Synthèse client (récence, fréquence, montant)",
            formula: "per customer: x = purchase days after the first in the calibration window, t_x = last repeat day − first day, T = end of the window − first day (in the time unit), repeat value; purchases and value in the holdout window",
            unit: "purchases, time units, money",
            ResultKind.CustomerSummaries,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "the mean repeat value of a customer without a repeat purchase (`EmptyInput`). A negative amount, a row after the holdout window or a mixed currency is invalid input.",
            typeof(Predictive),
            nameof(CustomerSummaries),
            references: [CountingYourCustomers, RfmAndClv]),
        new(
            KpiIds.BgNbdFit,
            KpiFamily.Predictive,
            englishName: "BG/NBD model fit",
            frenchName: "Ajustement du modèle BG/NBD",
            formula: "maximise Σ ln[Γ(r + x) α^r / Γ(r) · B(a, b + x) / B(a, b) · ((α + T)^−(r + x) + 1{x > 0} a / (b + x − 1) · (α + t_x)^−(r + x))] over r, α, a, b",
            unit: "model parameters (α per time unit)",
            ResultKind.ModelFit,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no customer (`EmptyInput`); a search that does not converge, as when no customer ever came back (`FitDidNotConverge`).",
            typeof(Predictive),
            nameof(FitBgNbd),
            references: [CountingYourCustomers]),
        new(
            KpiIds.ProbabilityAlive,
            KpiFamily.Predictive,
            englishName: "Probability alive",
            frenchName: "Probabilité d'être encore actif",
            formula: "1 / (1 + 1{x > 0} · a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x))",
            unit: "probability",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never.",
            typeof(Predictive),
            nameof(ProbabilityAlive),
            references: [CountingYourCustomers]),
        new(
            KpiIds.ExpectedPurchases,
            KpiFamily.Predictive,
            englishName: "Expected purchases",
            frenchName: "Achats attendus",
            formula: "(a + b + x − 1) / (a − 1) · [1 − ((α + T) / (α + T + t))^(r + x) · 2F1(r + x, b + x; a + b + x − 1; t / (α + T + t))] × probability alive",
            unit: "purchases in the horizon",
            ResultKind.Score,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never. A horizon too long for the hypergeometric series is invalid input.",
            typeof(Predictive),
            nameof(ExpectedPurchases),
            references: [CountingYourCustomers]),
        new(
            KpiIds.GammaGammaFit,
            KpiFamily.Predictive,
            englishName: "Gamma-Gamma model fit",
            frenchName: "Ajustement du modèle Gamma-Gamma",
            formula: "maximise Σ ln[Γ(px + q) / (Γ(px) Γ(q)) · γ^q x^(px) z̄^(px − 1) / (γ + x z̄)^(px + q)] over p, q, γ, customers with x > 0",
            unit: "model parameters (γ in money units)",
            ResultKind.ModelFit,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "no customer with a repeat purchase of positive value (`EmptyInput`); a search that does not converge (`FitDidNotConverge`).",
            typeof(Predictive),
            nameof(FitGammaGamma),
            references: [GammaGammaNote, RfmAndClv]),
        new(
            KpiIds.ExpectedAverageSpend,
            KpiFamily.Predictive,
            englishName: "Expected average spend",
            frenchName: "Panier moyen attendu",
            formula: "p (γ + x z̄) / (p x + q − 1)",
            unit: "money per purchase",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "p x + q − 1 ≤ 0, an infinite mean spend (`ZeroDenominator`).",
            typeof(Predictive),
            nameof(ExpectedAverageSpend),
            references: [GammaGammaNote, RfmAndClv]),
        new(
            KpiIds.PredictiveClv,
            KpiFamily.Predictive,
            englishName: "Predictive customer lifetime value",
            frenchName: "Valeur vie client prédictive",
            formula: "Σ over months m = 1..H of expected average spend × (E[Y(m u)] − E[Y((m − 1) u)]) / (1 + monthly rate)^m, u the time units per month",
            unit: "money, today",
            ResultKind.Money,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "as the expected average spend (`ZeroDenominator`).",
            typeof(Predictive),
            nameof(PredictiveClv),
            references: [RfmAndClv, CountingYourCustomers]),
        new(
            KpiIds.SbgFit,
            KpiFamily.Predictive,
            englishName: "Shifted-beta-geometric model fit",
            frenchName: "Ajustement du modèle bêta-géométrique décalé (sBG)",
            formula: "maximise Σ_t (S_(t−1) − S_t) ln[B(α + 1, β + t − 1) / B(α, β)] + S_n ln[B(α, β + n) / B(α, β)] over α, β",
            unit: "model parameters",
            ResultKind.ModelFit,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "a search that does not converge, as when nobody ever churns (`FitDidNotConverge`). Fewer than two periods or a rising curve is invalid input.",
            typeof(Predictive),
            nameof(FitSbg),
            references: [ProjectRetention]),
        new(
            KpiIds.ProjectedRetention,
            KpiFamily.Predictive,
            englishName: "Projected retention rate",
            frenchName: "Taux de rétention projeté",
            formula: "(β + t − 1) / (α + β + t − 1)",
            unit: "rate per period",
            ResultKind.Rate,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never.",
            typeof(Predictive),
            nameof(ProjectedRetention),
            references: [ProjectRetention]),
        new(
            KpiIds.DiscountedExpectedResidualLifetime,
            KpiFamily.Predictive,
            englishName: "Discounted expected residual lifetime",
            frenchName: "Durée de vie résiduelle actualisée (DERL)",
            formula: "(β + n − 1) / (α + β + n − 1) · 2F1(1, β + n; α + β + n; 1 / (1 + d)), after n − 1 renewals",
            unit: "payments",
            ResultKind.Score,
            Direction.HigherIsBetter,
            bands: null,
            undefinedWhen: "never. A discount rate of zero or below is invalid input.",
            typeof(Predictive),
            nameof(DiscountedExpectedResidualLifetime),
            references: [PerilsOfIgnoringHeterogeneity, ProjectRetention]),
    ];
}
