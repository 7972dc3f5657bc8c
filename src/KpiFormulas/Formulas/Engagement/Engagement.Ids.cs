namespace KpiFormulas;

/// <content>The ids of the engagement KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Average session duration (durée moyenne de session).</summary>
    public const string SessionDuration = "session_duration";

    /// <summary>Usage frequency (fréquence de connexion).</summary>
    public const string UsageFrequency = "usage_frequency";

    /// <summary>Share of time on key features (temps sur fonctionnalités clés).</summary>
    public const string FeatureTimeShare = "feature_time_share";

    /// <summary>Real adoption rate (taux d'adoption réel).</summary>
    public const string AdoptionRate = "adoption_rate";

    /// <summary>Inactive users alerts (alertes utilisateurs inactifs).</summary>
    public const string InactiveUsers = "inactive_users";
}
