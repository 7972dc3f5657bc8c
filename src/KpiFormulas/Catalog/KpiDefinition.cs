using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace KpiFormulas.Catalog;

/// <summary>
/// The machine-readable definition of one KPI: id, names in English and French, family, formula,
/// result kind, unit, direction, bands, source documents and the calculator that computes it.
/// Dashboards use it for labels and arrows; the docs and tests use it to prove coverage.
/// </summary>
[DebuggerDisplay("{Id,nq}: {EnglishName,nq}")]
public sealed class KpiDefinition
{
    private static readonly ResourceManager Names = new("KpiFormulas.Catalog.Resources.KpiNames", typeof(KpiDefinition).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    internal KpiDefinition(
        string id,
        KpiFamily family,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type calculatorType,
        string calculatorMethod,
        ResultKind resultKind,
        string unit,
        Direction direction,
        string formula,
        IBandSet? bands,
        string[] sourceDocuments)
    {
        Id = id;
        Family = family;
        CalculatorType = calculatorType;
        CalculatorMethod = calculatorMethod;
        ResultKind = resultKind;
        Unit = unit;
        Direction = direction;
        Formula = formula;
        Bands = bands;
        SourceDocuments = Array.AsReadOnly(sourceDocuments);
    }

    /// <summary>The stable id (<c>cac</c>, <c>ltv_to_cac</c>...), one of <see cref="KpiIds"/>.</summary>
    public string Id { get; }

    /// <summary>The family, which is also the calculator class.</summary>
    public KpiFamily Family { get; }

    /// <summary>The display name in the current UI culture (French for <c>fr-*</c>, English otherwise).</summary>
    public string Name => GetName(CultureInfo.CurrentUICulture);

    /// <summary>The English display name.</summary>
    public string EnglishName => GetName(English);

    /// <summary>The French display name, as the source documents write it.</summary>
    public string FrenchName => GetName(French);

    /// <summary>The formula in words, in English.</summary>
    public string Formula { get; }

    /// <summary>What the calculator returns.</summary>
    public ResultKind ResultKind { get; }

    /// <summary>The unit of the result, in words ("money per lead", "share of leads", "x : 1").</summary>
    public string Unit { get; }

    /// <summary>Whether a rise of this KPI is good news.</summary>
    public Direction Direction { get; }

    /// <summary>The thresholds the documents give, or <see langword="null"/> when they give none.</summary>
    public IBandSet? Bands { get; }

    /// <summary>The source documents that define or use the KPI, by number ("000" to "004").</summary>
    public ReadOnlyCollection<string> SourceDocuments { get; }

    /// <summary>The static class that holds the calculator.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type CalculatorType { get; }

    /// <summary>The name of the calculator method (its overloads share it).</summary>
    public string CalculatorMethod { get; }

    /// <summary>The display name in a culture (French for any French culture, English otherwise).</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The name.</returns>
    public string GetName(CultureInfo? culture) =>
        Names.GetString(Id, culture ?? CultureInfo.CurrentUICulture) ?? Id;

    /// <summary>The public static overloads of the calculator method.</summary>
    /// <returns>Every public static method of <see cref="CalculatorType"/> named <see cref="CalculatorMethod"/>.</returns>
    public IReadOnlyList<MethodInfo> GetCalculators()
    {
        var found = new List<MethodInfo>();
        foreach (var method in CalculatorType.GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (string.Equals(method.Name, CalculatorMethod, StringComparison.Ordinal))
            {
                found.Add(method);
            }
        }

        return found;
    }

    /// <summary>The id and the English name.</summary>
    /// <returns>For example <c>cac: Customer acquisition cost</c>.</returns>
    public override string ToString() => $"{Id}: {EnglishName}";
}
