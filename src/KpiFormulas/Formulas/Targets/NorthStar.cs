using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// A North Star metric with its driver KPIs: one metric that
/// sums up the value created for customers, chosen per activity, and the secondary KPIs declared as
/// what moves it. A marketplace's North Star could be monthly orders, driven by traffic, click-through
/// and retention.
/// </summary>
/// <remarks>
/// Metrics are named by catalogue id (<see cref="KpiIds"/>) or by any name of your own.
/// Names are compared ordinally; blanks are not names.
/// </remarks>
[JsonConverter(typeof(NorthStarJsonConverter))]
public sealed class NorthStar
{
    private readonly HashSet<string> driverSet;

    /// <summary>Declares a North Star metric and its drivers.</summary>
    /// <param name="metric">The North Star metric.</param>
    /// <param name="drivers">The KPIs that drive it; each once, none the North Star itself.</param>
    /// <exception cref="ArgumentException">A name is blank, repeated, or a driver is the North Star itself.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// var star = new NorthStar("monthly_orders", "traffic", "click_through_rate", KpiIds.RetentionRate);
    /// star.IsDriver(KpiIds.RetentionRate); // true
    /// </code>
    /// </example>
    public NorthStar(string metric, params IEnumerable<string> drivers)
    {
        Preconditions.NotBlank(metric);
        Preconditions.NotNull(drivers);
        Metric = metric;
        driverSet = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var driver in drivers)
        {
            if (string.IsNullOrWhiteSpace(driver))
            {
                Preconditions.ThrowArgument(nameof(drivers), "The driver names must not be null or blank.");
            }

            if (string.Equals(driver, metric, StringComparison.Ordinal))
            {
                Preconditions.ThrowArgument(nameof(drivers), "The drivers must not include the North Star itself, '{0}'.", driver);
            }

            if (!driverSet.Add(driver))
            {
                Preconditions.ThrowArgument(nameof(drivers), "The driver names must be unique; '{0}' appears twice.", driver);
            }

            list.Add(driver);
        }

        Drivers = new ReadOnlyCollection<string>(list);
    }

    /// <summary>The North Star metric.</summary>
    public string Metric { get; }

    /// <summary>The driver KPIs, in the order declared.</summary>
    public ReadOnlyCollection<string> Drivers { get; }

    /// <summary>True when the KPI is declared as a driver.</summary>
    /// <param name="kpi">A KPI id or name.</param>
    /// <returns>Whether it drives the North Star.</returns>
    public bool IsDriver(string kpi) => kpi is not null && driverSet.Contains(kpi);

    /// <summary>
    /// True when a KPI serves the North Star: it is the North Star or one of its drivers, the KPIs
    /// to concentrate on.
    /// </summary>
    /// <param name="kpi">A KPI id or name.</param>
    /// <returns>Whether the KPI belongs on the dashboard.</returns>
    public bool Serves(string kpi) => string.Equals(kpi, Metric, StringComparison.Ordinal) || IsDriver(kpi);
}
