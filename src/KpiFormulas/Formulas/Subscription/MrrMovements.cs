using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// How monthly recurring revenue moved over one month (« mouvements du MRR »): the opening MRR, the five
/// movements, and the closing MRR they add up to.
/// </summary>
/// <remarks>
/// <para>The identity holds by construction: opening + new + expansion + reactivation − contraction −
/// churned = closing. Every member is an amount of one currency, not negative; the movements that lower
/// MRR are stored as positive amounts and subtracted.</para>
/// <para>Built by <see cref="Subscription.Movements(System.ReadOnlySpan{Money}, System.ReadOnlySpan{Money}, System.ReadOnlySpan{bool})"/>
/// from each customer's MRR of the two months, or directly from the totals of a dashboard.</para>
/// <para>Its JSON form is <c>{"opening":money,"new":money,"expansion":money,"reactivation":money,"contraction":money,"churned":money,"closing":money}</c>;
/// the closing amount is derived and checked on reading.</para>
/// </remarks>
/// <example>A month opening at 1 000 € with 100 € new, 50 € expansion, 30 € reactivation, 40 € contraction
/// and 80 € churned closes at 1 000 + 100 + 50 + 30 − 40 − 80 = 1 060 €.</example>
[JsonConverter(typeof(MrrMovementsJsonConverter))]
public readonly record struct MrrMovements
{
    /// <summary>Creates the movements of a month from its opening MRR and its five movements.</summary>
    /// <param name="opening">MRR at the end of the previous month, not negative.</param>
    /// <param name="newMrr">MRR of customers who never paid before, not negative, same currency.</param>
    /// <param name="expansion">Increase of the MRR of customers who paid both months, not negative, same currency.</param>
    /// <param name="reactivation">MRR of customers back after a month at zero who had paid before, not negative, same currency.</param>
    /// <param name="contraction">Decrease of the MRR of customers who still pay, not negative, same currency.</param>
    /// <param name="churned">Previous MRR of customers who stopped paying, not negative, same currency, at most the opening MRR.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">An amount is negative, or the contraction and churn exceed the opening MRR.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public MrrMovements(Money opening, Money newMrr, Money expansion, Money reactivation, Money contraction, Money churned)
    {
        Preconditions.NotNegative(opening);
        Preconditions.NotNegative(newMrr);
        Preconditions.NotNegative(expansion);
        Preconditions.NotNegative(reactivation);
        Preconditions.NotNegative(contraction);
        Preconditions.NotNegative(churned);
        Preconditions.SameCurrency(opening, newMrr, nameof(newMrr));
        Preconditions.SameCurrency(opening, expansion, nameof(expansion));
        Preconditions.SameCurrency(opening, reactivation, nameof(reactivation));
        Preconditions.SameCurrency(opening, contraction, nameof(contraction));
        Preconditions.SameCurrency(opening, churned, nameof(churned));
        Preconditions.ArgumentInRange(
            contraction.Amount + churned.Amount <= opening.Amount,
            churned,
            nameof(churned),
            "The contraction and churned MRR cannot exceed the opening MRR: customers can lose at most what they paid.");
        Opening = opening;
        New = newMrr;
        Expansion = expansion;
        Reactivation = reactivation;
        Contraction = contraction;
        Churned = churned;
    }

    /// <summary>MRR at the end of the previous month.</summary>
    public Money Opening { get; }

    /// <summary>MRR of customers who never paid before.</summary>
    public Money New { get; }

    /// <summary>Increase of the MRR of customers who paid both months.</summary>
    public Money Expansion { get; }

    /// <summary>MRR of customers back after a month at zero who had paid before.</summary>
    public Money Reactivation { get; }

    /// <summary>Decrease of the MRR of customers who still pay, as a positive amount.</summary>
    public Money Contraction { get; }

    /// <summary>Previous MRR of customers who stopped paying, as a positive amount.</summary>
    public Money Churned { get; }

    /// <summary>opening + new + expansion + reactivation − contraction − churned.</summary>
    public Money Closing => Opening + New + Expansion + Reactivation - Contraction - Churned;

    /// <summary>new + expansion + reactivation − contraction − churned: the month's change of MRR.</summary>
    public Money NetNew => Closing - Opening;
}
