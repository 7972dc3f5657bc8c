using System;

namespace KpiFormulas.Excel.Tests.Support;

/// <summary>Names the catalogue KPI a test covers, so that a reflection test can prove every id has tests.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class KpiTestAttribute(string kpiId) : Attribute
{
    /// <summary>The catalogue id covered.</summary>
    public string KpiId { get; } = kpiId;
}
