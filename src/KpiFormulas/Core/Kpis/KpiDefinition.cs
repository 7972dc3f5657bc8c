using System;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// The machine-readable definition of one KPI: id, names in English and French, family, formula,
/// result kind, unit, direction, bands, references and the calculator that computes it.
/// Dashboards use it for labels and arrows; the documentation pages and worksheet descriptions are
/// generated from it.
/// </summary>
/// <remarks>
/// Each family declares its definitions beside its calculators; <see cref="Catalog.KpiCatalog"/> lists
/// and looks them up.
/// </remarks>
[DebuggerDisplay("{Id,nq}: {EnglishName,nq}")]
[JsonConverter(typeof(KpiDefinitionJsonConverter))]
public sealed class KpiDefinition
{
    internal KpiDefinition(
        string id,
        KpiFamily family,
        string englishName,
        string frenchName,
        string formula,
        string unit,
        ResultKind resultKind,
        Direction direction,
        IBandSet? bands,
        string undefinedWhen,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type calculatorType,
        string calculatorMethod,
        string[]? references = null)
    {
        Id = id;
        Family = family;
        EnglishName = englishName;
        FrenchName = frenchName;
        Formula = formula;
        Unit = unit;
        ResultKind = resultKind;
        Direction = direction;
        Bands = bands;
        UndefinedWhen = undefinedWhen;
        CalculatorType = calculatorType;
        CalculatorMethod = calculatorMethod;
        References = Array.AsReadOnly(references ?? []);
    }

    /// <summary>The stable id (<c>cac</c>, <c>ltv_to_cac</c>...), one of <see cref="KpiIds"/>.</summary>
    public string Id { get; }

    /// <summary>The family, which is also the calculator class.</summary>
    public KpiFamily Family { get; }

    /// <summary>The display name in the current UI culture (French for <c>fr-*</c>, English otherwise).</summary>
    public string Name => GetName(CultureInfo.CurrentUICulture);

    /// <summary>The English display name.</summary>
    public string EnglishName { get; }

    /// <summary>The French display name.</summary>
    public string FrenchName { get; }

    /// <summary>The formula in words, in English.</summary>
    public string Formula { get; }

    /// <summary>What the calculator returns.</summary>
    public ResultKind ResultKind { get; }

    /// <summary>The unit of the result, in words ("money per lead", "share of leads", "x : 1").</summary>
    public string Unit { get; }

    /// <summary>Whether a rise of this KPI is good news.</summary>
    public Direction Direction { get; }

    /// <summary>The thresholds that classify the KPI, or <see langword="null"/> when it has none.</summary>
    public IBandSet? Bands { get; }

    /// <summary>
    /// When the KPI has no value for valid input, with its <see cref="UndefinedReason"/>, in words
    /// ("no new customer (<c>ZeroDenominator</c>)."); "never" when the calculator always returns a value.
    /// </summary>
    public string UndefinedWhen { get; }

    /// <summary>Published definitions a reader can open (papers, vendors' documentation); empty when the formula needs none.</summary>
    public ReadOnlyCollection<string> References { get; }

    /// <summary>The static class that holds the calculator.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type CalculatorType { get; }

    /// <summary>The name of the calculator method (its overloads share it).</summary>
    public string CalculatorMethod { get; }

    /// <summary>The display name in a culture: French for any French culture, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The name.</returns>
    public string GetName(CultureInfo? culture) =>
        string.Equals((culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName, "fr", StringComparison.Ordinal)
            ? FrenchName
            : EnglishName;

    /// <summary>The id and the English name.</summary>
    /// <returns>For example <c>cac: Customer acquisition cost</c>.</returns>
    public override string ToString() => $"{Id}: {EnglishName}";
}
