namespace KpiFormulas;

/// <content>The ids of the acquisition KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Customer acquisition cost (coût d'acquisition client).</summary>
    public const string Cac = "cac";

    /// <summary>Customer acquisition cost by channel (CAC par canal).</summary>
    public const string CacByChannel = "cac_by_channel";

    /// <summary>CAC from the cost of a qualified lead and the conversion rate.</summary>
    public const string CacFromLeadCost = "cac_from_lead_cost";

    /// <summary>Cost per lead (coût par lead).</summary>
    public const string Cpl = "cpl";

    /// <summary>Cost per qualified lead (coût par lead qualifié).</summary>
    public const string CostPerQualifiedLead = "cost_per_qualified_lead";

    /// <summary>Sales time per lead (temps commercial par lead).</summary>
    public const string TimePerLead = "time_per_lead";

    /// <summary>Time from lead creation to first payment (délai de conversion).</summary>
    public const string TimeToConvert = "time_to_convert";
}
