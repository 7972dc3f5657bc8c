namespace KpiFormulas;

/// <content>The ids of the predictive customer-base KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Customer summary for the customer-base models: repeat purchases, recency, time observed, repeat value (synthèse client RFM).</summary>
    public const string CustomerSummary = "customer_summary";

    /// <summary>BG/NBD model of repeat purchases, fitted by maximum likelihood (modèle BG/NBD).</summary>
    public const string BgNbdFit = "bgnbd_fit";

    /// <summary>Probability that a customer is still active, under a BG/NBD model (probabilité d'être encore actif).</summary>
    public const string ProbabilityAlive = "probability_alive";

    /// <summary>Expected purchases of a customer over a horizon, under a BG/NBD model (achats attendus).</summary>
    public const string ExpectedPurchases = "expected_purchases";

    /// <summary>Gamma-Gamma model of spend per purchase, fitted by maximum likelihood (modèle Gamma-Gamma).</summary>
    public const string GammaGammaFit = "gamma_gamma_fit";

    /// <summary>Expected spend per purchase of a customer, under a Gamma-Gamma model (panier moyen attendu).</summary>
    public const string ExpectedAverageSpend = "expected_average_spend";

    /// <summary>Predictive customer lifetime value, BG/NBD × Gamma-Gamma, discounted (valeur vie client prédictive).</summary>
    public const string PredictiveClv = "predictive_clv";

    /// <summary>Shifted-beta-geometric model of contract renewals, fitted on a survival curve (modèle bêta-géométrique décalé).</summary>
    public const string SbgFit = "sbg_fit";

    /// <summary>Projected retention rate of a period, under an sBG model (taux de rétention projeté).</summary>
    public const string ProjectedRetention = "projected_retention";

    /// <summary>Discounted expected residual lifetime of a subscriber, under an sBG model (durée de vie résiduelle actualisée, DERL).</summary>
    public const string DiscountedExpectedResidualLifetime = "discounted_expected_residual_lifetime";
}
