namespace KpiFormulas;

/// <content>The ids of the productivity KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Time saved (temps gagné).</summary>
    public const string TimeSaved = "time_saved";

    /// <summary>Errors avoided (erreurs évitées).</summary>
    public const string ErrorsAvoided = "errors_avoided";

    /// <summary>Value of the errors avoided (valeur des erreurs évitées).</summary>
    public const string ErrorsAvoidedValue = "errors_avoided_value";

    /// <summary>Capacity increase (capacité de traitement).</summary>
    public const string CapacityIncrease = "capacity_increase";

    /// <summary>How freed time is reinvested (usage du temps libéré).</summary>
    public const string TimeReinvestmentMix = "time_reinvestment_mix";
}
