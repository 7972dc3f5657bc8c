namespace KpiFormulas;

/// <summary>
/// The stable ids of every KPI (<c>cac</c>, <c>ltv_to_cac</c>...), as constants: use them for
/// lookups in <see cref="Catalog.KpiCatalog"/> and to recognise <see cref="KpiResult{T}.KpiId"/>.
/// </summary>
/// <remarks>
/// Each family declares its own ids beside its calculators (<c>Formulas/&lt;Family&gt;/&lt;Family&gt;.Ids.cs</c>),
/// so that a KPI's id, calculator and catalogue entry are written in one place. An id never changes
/// once published: dashboards and stored results keep it.
/// </remarks>
public static partial class KpiIds
{
}
