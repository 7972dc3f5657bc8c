namespace KpiFormulas;

/// <content>The ids of the efficiency KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Sales cycle length (durée du cycle de vente).</summary>
    public const string SalesCycleLength = "sales_cycle_length";

    /// <summary>LTV to CAC ratio.</summary>
    public const string LtvToCac = "ltv_to_cac";

    /// <summary>Average handling time (temps moyen de traitement).</summary>
    public const string AverageHandlingTime = "average_handling_time";

    /// <summary>Average response time (délai de réponse moyen).</summary>
    public const string AverageResponseTime = "average_response_time";

    /// <summary>Share of tickets resolved with no human (tickets résolus sans intervention humaine).</summary>
    public const string SelfServiceRate = "self_service_rate";

    /// <summary>Reminder calls per invoice (relances par facture).</summary>
    public const string FollowUpsPerInvoice = "follow_ups_per_invoice";
}
