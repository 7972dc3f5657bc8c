namespace KpiFormulas;

/// <content>The ids of the retention KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Retention rate (taux de fidélisation).</summary>
    public const string RetentionRate = "retention_rate";

    /// <summary>Churn rate (taux de churn).</summary>
    public const string ChurnRate = "churn_rate";

    /// <summary>Retention over 2 to 5 consecutive years (fidélisation sur 2/3/4/5 ans).</summary>
    public const string MultiYearRetention = "multi_year_retention";

    /// <summary>Cohort retention (rétention par cohorte).</summary>
    public const string CohortRetention = "cohort_retention";
}
