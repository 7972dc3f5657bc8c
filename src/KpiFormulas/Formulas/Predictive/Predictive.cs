namespace KpiFormulas.Formulas;

/// <summary>
/// Predictive customer-base models (« modèles prédictifs de la base clients »): from what each customer
/// bought, which customers are probably still active, how much they will buy and spend, and what they
/// are worth; and, for subscriptions, how retention will evolve.
/// </summary>
/// <remarks>
/// <para>The non-contractual setting (a shop: nobody says when they leave) starts from the
/// <see cref="CustomerSummary"/> of each customer, built by <see cref="CustomerSummaries{TCustomer}"/>.</para>
/// </remarks>
public static partial class Predictive
{
}
