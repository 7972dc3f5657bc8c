namespace KpiFormulas;

/// <content>The ids of the predictive customer-base KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Customer summary for the customer-base models: repeat purchases, recency, time observed, repeat value (synthèse client RFM).</summary>
    public const string CustomerSummary = "customer_summary";
}
