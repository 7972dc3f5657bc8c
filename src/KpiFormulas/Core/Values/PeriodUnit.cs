using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>How a <see cref="Period"/> was built, which decides what its previous and next periods are.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<PeriodUnit>))]
public enum PeriodUnit
{
    /// <summary>A run of whole days; previous and next are the runs of the same length before and after.</summary>
    Days = 0,

    /// <summary>An ISO 8601 week, Monday to Sunday.</summary>
    IsoWeek = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>A calendar quarter (January-March is Q1).</summary>
    Quarter = 3,

    /// <summary>A calendar year.</summary>
    Year = 4,
}
