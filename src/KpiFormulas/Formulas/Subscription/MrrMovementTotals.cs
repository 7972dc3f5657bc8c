namespace KpiFormulas.Formulas;

/// <summary>
/// The running totals of <see cref="MrrMovements"/> over customers: the one place that classifies a
/// customer's month, shared by <see cref="Subscription.Movements(System.ReadOnlySpan{Money}, System.ReadOnlySpan{Money}, System.ReadOnlySpan{bool})"/>
/// and the aggregation layer's MRR movements accumulator, so that both give the same movements on the same data.
/// </summary>
internal struct MrrMovementTotals
{
    private decimal opening;
    private decimal newMrr;
    private decimal expansion;
    private decimal reactivation;
    private decimal contraction;
    private decimal churned;

    /// <summary>Adds one customer: previous p and current c (both not negative, checked by the caller).</summary>
    /// <param name="previous">The customer's MRR at the end of the previous month.</param>
    /// <param name="current">The customer's MRR at the end of this month.</param>
    /// <param name="paidBefore">Whether the customer paid in a month before the previous one.</param>
    internal void Add(decimal previous, decimal current, bool paidBefore)
    {
        opening += previous;
        if (previous == 0m)
        {
            if (paidBefore)
            {
                reactivation += current;
            }
            else
            {
                newMrr += current;
            }
        }
        else if (current == 0m)
        {
            churned += previous;
        }
        else if (current > previous)
        {
            expansion += current - previous;
        }
        else
        {
            contraction += previous - current;
        }
    }

    /// <summary>The movements of every customer added, in <paramref name="currency"/>.</summary>
    internal readonly MrrMovements ToMovements(Currency currency) =>
        new(
            new Money(opening, currency), new Money(newMrr, currency), new Money(expansion, currency),
            new Money(reactivation, currency), new Money(contraction, currency), new Money(churned, currency));
}
