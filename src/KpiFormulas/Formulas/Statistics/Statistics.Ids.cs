namespace KpiFormulas;

/// <content>The ids of the small-sample statistics.</content>
public static partial class KpiIds
{
    /// <summary>Wilson score confidence interval of a rate (intervalle de confiance de Wilson d'un taux).</summary>
    public const string RateConfidenceInterval = "rate_confidence_interval";

    /// <summary>Significance of a change between two rates (significativité d'une évolution entre deux taux).</summary>
    public const string ChangeSignificance = "change_significance";

    /// <summary>Margin of error of a Net Promoter Score (marge d'erreur du NPS).</summary>
    public const string NpsMarginOfError = "nps_margin_of_error";

    /// <summary>Sample size required to estimate a proportion within a margin of error (taille d'échantillon nécessaire).</summary>
    public const string RequiredSampleSize = "required_sample_size";
}
