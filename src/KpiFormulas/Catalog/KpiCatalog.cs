using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Catalog;

/// <summary>
/// Every KPI of the library, listed and looked up by id. The definitions are declared by each
/// family beside its calculators; the targets tools (change, baseline, target, drift...) are the
/// <see cref="Targets"/> API, not entries.
/// </summary>
/// <example>
/// <code>
/// var ltvToCac = KpiCatalog.Get(KpiIds.LtvToCac);
/// ltvToCac.GetName(CultureInfo.GetCultureInfo("fr-FR")); // "Ratio LTV/CAC"
/// ltvToCac.Direction;                                     // HigherIsBetter
/// ltvToCac.Bands!.Describe();                             // LosingMoney: (-∞, 1.0:1) ...
/// </code>
/// </example>
public static class KpiCatalog
{
    private static readonly KpiDefinition[] Definitions =
    [
        .. Acquisition.CatalogDefinitions(),
        .. Conversion.CatalogDefinitions(),
        .. SalesValue.CatalogDefinitions(),
        .. Efficiency.CatalogDefinitions(),
        .. Retention.CatalogDefinitions(),
        .. Engagement.CatalogDefinitions(),
        .. ReturnOnInvestment.CatalogDefinitions(),
        .. Productivity.CatalogDefinitions(),
        .. Satisfaction.CatalogDefinitions(),
        .. Activity.CatalogDefinitions(),
        .. Profitability.CatalogDefinitions(),
        .. Investment.CatalogDefinitions(),
        .. Subscription.CatalogDefinitions(),
        .. Statistics.CatalogDefinitions(),
        .. Predictive.CatalogDefinitions(),
    ];

    private static readonly FrozenDictionary<string, KpiDefinition> ById =
        Definitions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every definition, in the order of the catalogue.</summary>
    public static IReadOnlyList<KpiDefinition> All { get; } = Array.AsReadOnly(Definitions);

    /// <summary>The definition of an id.</summary>
    /// <param name="id">A catalogue id such as <c>cac</c> (see <see cref="KpiIds"/>).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No KPI has this id; the message quotes it.</exception>
    public static KpiDefinition Get(string id)
    {
        Preconditions.NotNull(id);
        if (!ById.TryGetValue(id, out var definition))
        {
            Preconditions.ThrowArgument(nameof(id), "The value must be a KPI id of the catalogue; '{0}' is not.", id);
        }

        return definition;
    }

    /// <summary>Looks up the definition of an id.</summary>
    /// <param name="id">A catalogue id.</param>
    /// <param name="definition">The definition, or null when not found.</param>
    /// <returns>True when the id is in the catalogue.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out KpiDefinition? definition)
    {
        if (id is null)
        {
            definition = null;
            return false;
        }

        return ById.TryGetValue(id, out definition);
    }

    /// <summary>The definitions of one family, in catalogue order.</summary>
    /// <param name="family">The family.</param>
    /// <returns>Its definitions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="family"/> is not a defined value.</exception>
    public static IReadOnlyList<KpiDefinition> InFamily(KpiFamily family)
    {
        Preconditions.Defined(family);
        return new ReadOnlyCollection<KpiDefinition>(Definitions.Where(d => d.Family == family).ToArray());
    }
}
