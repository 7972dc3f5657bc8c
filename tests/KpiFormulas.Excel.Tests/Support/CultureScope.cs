using System;
using System.Globalization;

namespace KpiFormulas.Excel.Tests.Support;

/// <summary>Sets the current culture of the running test and restores the previous one when disposed.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previous;

    /// <summary>Makes <paramref name="name"/> the current culture ("" for the invariant culture).</summary>
    public CultureScope(string name)
    {
        previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
    }

    /// <inheritdoc />
    public void Dispose() => CultureInfo.CurrentCulture = previous;
}
