namespace KpiFormulas;

/// <content>The ids of the sales value KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Revenue generated (chiffre d'affaires généré).</summary>
    public const string Revenue = "revenue";

    /// <summary>Average order value (panier moyen).</summary>
    public const string AverageOrderValue = "average_order_value";

    /// <summary>Average deal size (taille moyenne des contrats).</summary>
    public const string AverageDealSize = "average_deal_size";

    /// <summary>Customer lifetime value (valeur vie client).</summary>
    public const string CustomerLifetimeValue = "customer_lifetime_value";

    /// <summary>Additional revenue from added capacity (CA additionnel).</summary>
    public const string AdditionalRevenueFromCapacity = "additional_revenue_from_capacity";
}
