namespace KpiFormulas;

/// <content>The ids of the investment appraisal KPIs.</content>
public static partial class KpiIds
{
    /// <summary>Net present value of periodic cash flows (valeur actuelle nette, VAN).</summary>
    public const string Npv = "npv";

    /// <summary>Net present value of dated cash flows (valeur actuelle nette à dates quelconques).</summary>
    public const string Xnpv = "xnpv";

    /// <summary>Internal rate of return of periodic cash flows (taux de rentabilité interne, TRI).</summary>
    public const string Irr = "irr";

    /// <summary>Internal rate of return of dated cash flows, per year of 365 days (TRI à dates quelconques).</summary>
    public const string Xirr = "xirr";

    /// <summary>Modified internal rate of return (taux de rentabilité interne modifié, TRIM).</summary>
    public const string Mirr = "mirr";

    /// <summary>Discounted payback period (délai de récupération actualisé).</summary>
    public const string DiscountedPayback = "discounted_payback";

    /// <summary>Compound annual growth rate (taux de croissance annuel moyen, TCAM).</summary>
    public const string Cagr = "cagr";
}
