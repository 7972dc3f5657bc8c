namespace KpiFormulas;

/// <content>The ids of the satisfaction KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Net Promoter Score.</summary>
    public const string Nps = "nps";

    /// <summary>Complaint rate (taux de réclamation).</summary>
    public const string ComplaintRate = "complaint_rate";

    /// <summary>Mental load change (charge mentale).</summary>
    public const string MentalLoadChange = "mental_load_change";
}
