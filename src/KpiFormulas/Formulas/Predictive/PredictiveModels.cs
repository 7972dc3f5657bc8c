using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// The parameters of a BG/NBD model of repeat purchases (Fader, Hardie and Lee 2005, "Counting Your
/// Customers the Easy Way"): while active, a customer buys at a Poisson rate λ, gamma-distributed over
/// customers with shape <see cref="R"/> and rate <see cref="Alpha"/>; after each purchase the customer
/// becomes inactive with probability p, beta-distributed with parameters <see cref="A"/> and <see cref="B"/>.
/// </summary>
/// <remarks>
/// <see cref="Alpha"/> is in the time unit of the summaries it was fitted on (weeks for the CDNOW
/// estimates r = 0.243, α = 4.414, a = 0.793, b = 2.426). <see cref="Predictive.FitBgNbd"/> estimates
/// them; the constructor takes published or stored estimates. Catalogue id <c>bgnbd_fit</c>.
/// </remarks>
[JsonConverter(typeof(BgNbdModelJsonConverter))]
public readonly record struct BgNbdModel
{
    /// <summary>Creates a model from its four parameters, all positive.</summary>
    /// <param name="r">The shape r of the gamma distribution of purchase rates; positive.</param>
    /// <param name="alpha">The rate α of the gamma distribution of purchase rates, in the summaries' time unit; positive.</param>
    /// <param name="a">The first parameter a of the beta distribution of drop-out probabilities; positive.</param>
    /// <param name="b">The second parameter b of the beta distribution of drop-out probabilities; positive.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A parameter is zero or negative.</exception>
    public BgNbdModel(decimal r, decimal alpha, decimal a, decimal b)
    {
        Preconditions.Positive(r);
        Preconditions.Positive(alpha);
        Preconditions.Positive(a);
        Preconditions.Positive(b);
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
    }

    /// <summary>The shape r of the gamma distribution of purchase rates.</summary>
    public decimal R { get; }

    /// <summary>The rate α of the gamma distribution of purchase rates (in the summaries' time unit).</summary>
    public decimal Alpha { get; }

    /// <summary>The first parameter a of the beta distribution of drop-out probabilities.</summary>
    public decimal A { get; }

    /// <summary>The second parameter b of the beta distribution of drop-out probabilities.</summary>
    public decimal B { get; }
}

/// <summary>
/// The parameters of the Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM and
/// CLV"; Fader and Hardie 2013): a customer's purchases are gamma-distributed with shape <see cref="P"/>
/// around a scale ν of their own, and ν is gamma-distributed over customers with shape <see cref="Q"/>
/// and rate <see cref="Gamma"/>.
/// </summary>
/// <remarks>
/// <see cref="Gamma"/> is in the currency unit of the spend it was fitted on (dollars for the CDNOW
/// estimates p = 6.25, q = 3.74, γ = 15.44). Catalogue id <c>gamma_gamma_fit</c>.
/// </remarks>
[JsonConverter(typeof(GammaGammaModelJsonConverter))]
public readonly record struct GammaGammaModel
{
    /// <summary>Creates a model from its three parameters, all positive.</summary>
    /// <param name="p">The shape p of the gamma distribution of one customer's purchases; positive.</param>
    /// <param name="q">The shape q of the gamma distribution of the customers' scales; positive.</param>
    /// <param name="gamma">The rate γ of the gamma distribution of the customers' scales, in money units; positive.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A parameter is zero or negative.</exception>
    public GammaGammaModel(decimal p, decimal q, decimal gamma)
    {
        Preconditions.Positive(p);
        Preconditions.Positive(q);
        Preconditions.Positive(gamma);
        P = p;
        Q = q;
        Gamma = gamma;
    }

    /// <summary>The shape p of the gamma distribution of one customer's purchases.</summary>
    public decimal P { get; }

    /// <summary>The shape q of the gamma distribution of the customers' scales.</summary>
    public decimal Q { get; }

    /// <summary>The rate γ of the gamma distribution of the customers' scales (in money units).</summary>
    public decimal Gamma { get; }
}

/// <summary>
/// The parameters of a shifted-beta-geometric (sBG) model of contract renewals (Fader and Hardie 2007,
/// "How to Project Customer Retention"): each customer churns at each renewal with a probability θ of
/// their own, beta-distributed over customers with parameters <see cref="Alpha"/> and <see cref="Beta"/>.
/// </summary>
/// <remarks>
/// The paper's estimates on years 0..7 are α = 0.704, β = 1.182 for its "regular" segment and α = 0.668,
/// β = 3.806 for its "high end" segment. Catalogue id <c>sbg_fit</c>.
/// </remarks>
[JsonConverter(typeof(SbgModelJsonConverter))]
public readonly record struct SbgModel
{
    /// <summary>Creates a model from its two parameters, both positive.</summary>
    /// <param name="alpha">The first parameter α of the beta distribution of churn probabilities; positive.</param>
    /// <param name="beta">The second parameter β of the beta distribution of churn probabilities; positive.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A parameter is zero or negative.</exception>
    public SbgModel(decimal alpha, decimal beta)
    {
        Preconditions.Positive(alpha);
        Preconditions.Positive(beta);
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>The first parameter α of the beta distribution of churn probabilities.</summary>
    public decimal Alpha { get; }

    /// <summary>The second parameter β of the beta distribution of churn probabilities.</summary>
    public decimal Beta { get; }
}
