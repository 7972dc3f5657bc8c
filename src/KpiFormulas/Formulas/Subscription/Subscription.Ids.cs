namespace KpiFormulas;

/// <content>The ids of the subscription (SaaS) KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Monthly recurring revenue (revenu récurrent mensuel).</summary>
    public const string Mrr = "mrr";

    /// <summary>Annual recurring revenue (revenu récurrent annuel), 12 × MRR.</summary>
    public const string Arr = "arr";

    /// <summary>The movements of MRR over a month: new, expansion, reactivation, contraction, churned (mouvements du MRR).</summary>
    public const string MrrMovements = "mrr_movements";

    /// <summary>Gross MRR churn rate (taux d'attrition brut du MRR).</summary>
    public const string GrossMrrChurnRate = "gross_mrr_churn_rate";

    /// <summary>Net MRR churn rate (taux d'attrition net du MRR).</summary>
    public const string NetMrrChurnRate = "net_mrr_churn_rate";

    /// <summary>Net revenue retention (rétention nette du revenu).</summary>
    public const string NetRevenueRetention = "net_revenue_retention";

    /// <summary>Gross revenue retention (rétention brute du revenu).</summary>
    public const string GrossRevenueRetention = "gross_revenue_retention";

    /// <summary>Average revenue per account (revenu moyen par compte).</summary>
    public const string Arpa = "arpa";

    /// <summary>SaaS quick ratio (ratio de croissance du MRR).</summary>
    public const string SaasQuickRatio = "saas_quick_ratio";

    /// <summary>Customer lifetime value from the churn rate (valeur vie client par l'attrition).</summary>
    public const string ChurnBasedLtv = "churn_based_ltv";

    /// <summary>CAC payback in months (délai de récupération du coût d'acquisition, en mois).</summary>
    public const string CacPaybackMonths = "cac_payback_months";
}
