namespace KpiFormulas;

/// <content>The ids of the return on investment KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Project ROI, gains : costs (ROI projet).</summary>
    public const string ProjectRoi = "project_roi";

    /// <summary>Marketing ROI, revenue : costs (ROI marketing).</summary>
    public const string MarketingRoi = "marketing_roi";

    /// <summary>Cost per hour saved (coût par heure gagnée).</summary>
    public const string CostPerHourSaved = "cost_per_hour_saved";

    /// <summary>Value of the hours saved (valeur des heures gagnées).</summary>
    public const string ValueOfTimeSaved = "value_of_time_saved";

    /// <summary>Net monthly saving (économie mensuelle nette).</summary>
    public const string NetMonthlySaving = "net_monthly_saving";

    /// <summary>Payback period (délai de rentabilité).</summary>
    public const string PaybackPeriod = "payback_period";

    /// <summary>Monthly ROI (ROI mensuel).</summary>
    public const string RoiMonthly = "roi_monthly";
}
