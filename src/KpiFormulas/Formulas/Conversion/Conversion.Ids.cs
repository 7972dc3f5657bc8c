namespace KpiFormulas;

/// <content>The ids of the conversion KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Conversion rate (taux de conversion).</summary>
    public const string ConversionRate = "conversion_rate";

    /// <summary>Stage N to N+1 conversion (taux de passage).</summary>
    public const string StageConversion = "stage_conversion";

    /// <summary>Funnel of stages (entonnoir en cascade).</summary>
    public const string Funnel = "funnel";

    /// <summary>Quote to order rate (taux devis → commande).</summary>
    public const string QuoteToOrderRate = "quote_to_order_rate";

    /// <summary>Meeting booking rate (taux de prise de RDV).</summary>
    public const string MeetingBookingRate = "meeting_booking_rate";

    /// <summary>MQL to SQL rate.</summary>
    public const string MqlToSqlRate = "mql_to_sql_rate";

    /// <summary>Lead to SQL rate.</summary>
    public const string LeadToSqlRate = "lead_to_sql_rate";

    /// <summary>Lead to opportunity rate.</summary>
    public const string LeadToOpportunityRate = "lead_to_opportunity_rate";

    /// <summary>Closing rate (taux de closing).</summary>
    public const string ClosingRate = "closing_rate";

    /// <summary>Qualified lead rate (taux de leads qualifiés).</summary>
    public const string QualifiedLeadRate = "qualified_lead_rate";

    /// <summary>Response rate (taux de réponse).</summary>
    public const string ResponseRate = "response_rate";

    /// <summary>Email open rate (taux d'ouverture).</summary>
    public const string OpenRate = "open_rate";

    /// <summary>Instant payment rate (taux de paiement instantané).</summary>
    public const string InstantPaymentRate = "instant_payment_rate";
}
