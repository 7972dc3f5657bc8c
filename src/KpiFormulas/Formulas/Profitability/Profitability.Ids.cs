namespace KpiFormulas;

/// <content>The ids of the profitability KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Gross margin rate, margin on the selling price (taux de marge brute sur chiffre d'affaires, « taux de marque »).</summary>
    public const string GrossMarginRate = "gross_margin_rate";

    /// <summary>Contribution margin (marge sur coûts variables).</summary>
    public const string ContributionMargin = "contribution_margin";

    /// <summary>Markup rate, margin on the cost (taux de marge sur coût d'achat, « taux de marge »).</summary>
    public const string MarkupRate = "markup_rate";

    /// <summary>Break-even revenue (seuil de rentabilité en chiffre d'affaires).</summary>
    public const string BreakEvenRevenue = "break_even_revenue";

    /// <summary>Break-even units (seuil de rentabilité en quantité).</summary>
    public const string BreakEvenUnits = "break_even_units";

    /// <summary>Margin of safety as a share of revenue (indice de sécurité).</summary>
    public const string MarginOfSafety = "margin_of_safety";

    /// <summary>
    /// Contribution margin ratio (taux de marge sur coûts variables): the id its results carry. Not an
    /// entry of the catalogue: it is the contribution margin as a share of revenue, the input of the
    /// break-even revenue.
    /// </summary>
    public const string ContributionMarginRatio = "contribution_margin_ratio";
}
