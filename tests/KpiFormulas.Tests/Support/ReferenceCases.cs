using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;
using Xunit.Abstractions;

namespace KpiFormulas.Tests.Support;

/// <summary>One file of worked examples, Formulas/Cases/&lt;family&gt;.json, as it is written.</summary>
public sealed record ReferenceCaseFileData(string Family, IReadOnlyList<ReferenceCaseData> Cases, IReadOnlyList<ReferenceChangeData>? Changes = null);

/// <summary>
/// One worked example: a calculator's inputs, its exact value and, where one was printed, the rounded
/// figure. <see cref="Calculator"/> names the calculator where a KPI has several; a calculator that
/// returns a change gives its relative change as <see cref="Expected"/>, with <see cref="Absolute"/>
/// and, optionally, the reading of the change for a <see cref="Direction"/>.
/// </summary>
public sealed record ReferenceCaseData(
    string Name,
    string Kpi,
    string Source,
    IReadOnlyDictionary<string, JsonElement> Inputs,
    string Expected,
    IReadOnlyList<PrintedFigure>? Printed = null,
    IReadOnlyList<FormattedText>? Formatted = null,
    string? Calculator = null,
    string? Absolute = null,
    string? Direction = null,
    string? Assessment = null);

/// <summary>A before/after example between two cases of the same file.</summary>
public sealed record ReferenceChangeData(
    string Name,
    string Source,
    string Before,
    string After,
    string Relative,
    string Absolute,
    IReadOnlyList<PrintedFigure>? Printed = null,
    string? Direction = null,
    string? Assessment = null);

/// <summary>
/// A figure as printed: its number has as many decimals as were printed, and <see cref="Rounding"/> names
/// the <see cref="MidpointRounding"/> that turns the exact value into it (ToZero for a truncation).
/// </summary>
public sealed record PrintedFigure(string Figure, string? Rounding = null);

/// <summary>The text of the value formatted with a format string and a culture ("" for the invariant culture).</summary>
public sealed record FormattedText(string Format, string Culture, string Text);

/// <summary>Loads the files of worked examples copied next to the test binaries.</summary>
public static class ReferenceCases
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
    };

    private static readonly ConcurrentDictionary<string, ReferenceCaseFile> Files = new(StringComparer.Ordinal);

    /// <summary>The folder of the case files in the test output.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Formulas", "Cases");

    /// <summary>The names of every case file, without extension.</summary>
    public static IReadOnlyList<string> Families =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>The cases of one family, read once.</summary>
    public static ReferenceCaseFile Load(string family) => Files.GetOrAdd(family, Read);

    private static ReferenceCaseFile Read(string family)
    {
        var path = Path.Combine(Folder, family + ".json");
        var data = JsonSerializer.Deserialize<ReferenceCaseFileData>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException(path + " is empty.");
        if (!string.Equals(data.Family, family, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} declares the family '{data.Family}'.");
        }

        return new ReferenceCaseFile(family, data);
    }
}

/// <summary>The worked examples of one family, handed to xunit theories.</summary>
public sealed class ReferenceCaseFile
{
    private readonly Dictionary<string, ReferenceCaseData> cases;
    private readonly Dictionary<string, ReferenceChangeData> changes;

    internal ReferenceCaseFile(string family, ReferenceCaseFileData data)
    {
        Family = family;
        cases = Unique(data.Cases, c => c.Name, family);
        changes = Unique(data.Changes ?? [], c => c.Name, family);
        Data = data;
    }

    /// <summary>The family, which is also the file name.</summary>
    public string Family { get; }

    /// <summary>The file as written.</summary>
    public ReferenceCaseFileData Data { get; }

    /// <summary>Every case, in file order.</summary>
    public IEnumerable<ReferenceCase> All => Data.Cases.Select(c => new ReferenceCase(Family, c.Name));

    /// <summary>Every change, in file order.</summary>
    public IEnumerable<ReferenceChange> AllChanges => (Data.Changes ?? []).Select(c => new ReferenceChange(Family, c.Name));

    /// <summary>The cases of one KPI, as theory data.</summary>
    public TheoryData<ReferenceCase> Of(string kpi)
    {
        var data = new TheoryData<ReferenceCase>();
        foreach (var c in Data.Cases.Where(c => string.Equals(c.Kpi, kpi, StringComparison.Ordinal)))
        {
            data.Add(new ReferenceCase(Family, c.Name));
        }

        return data.Count > 0 ? data : throw new InvalidDataException($"{Family}.json has no case of '{kpi}'.");
    }

    /// <summary>Every change of the file, as theory data.</summary>
    public TheoryData<ReferenceChange> Changes()
    {
        var data = new TheoryData<ReferenceChange>();
        foreach (var change in AllChanges)
        {
            data.Add(change);
        }

        return data;
    }

    /// <summary>One case by name.</summary>
    public ReferenceCase Case(string name) => new(Family, CaseData(name).Name);

    internal ReferenceCaseData CaseData(string name) =>
        cases.TryGetValue(name, out var data) ? data : throw new KeyNotFoundException($"{Family}.json has no case '{name}'.");

    internal ReferenceChangeData ChangeData(string name) =>
        changes.TryGetValue(name, out var data) ? data : throw new KeyNotFoundException($"{Family}.json has no change '{name}'.");

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> name, string family)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byName.TryAdd(name(item), item))
            {
                throw new InvalidDataException($"{family}.json names '{name(item)}' twice.");
            }
        }

        return byName;
    }
}

/// <summary>
/// A worked example handed to a theory: xunit serialises its family and name only, so that every case
/// shows as its own test and is read back from its file.
/// </summary>
public sealed class ReferenceCase : IXunitSerializable
{
    private string family = string.Empty;
    private string name = string.Empty;

    /// <summary>For xunit, which sets the family and name through <see cref="Deserialize"/>.</summary>
    public ReferenceCase()
    {
    }

    internal ReferenceCase(string family, string name)
    {
        this.family = family;
        this.name = name;
    }

    /// <summary>The file the case comes from.</summary>
    public string Family => family;

    /// <summary>The case's name, unique in its file.</summary>
    public string Name => name;

    /// <summary>The case as written.</summary>
    public ReferenceCaseData Data => ReferenceCases.Load(family).CaseData(name);

    /// <summary>The catalogue id (or calculator) the case exercises.</summary>
    public string Kpi => Data.Kpi;

    /// <summary>The calculator's name where the KPI has several, otherwise null.</summary>
    public string? Calculator => Data.Calculator;

    /// <summary>Whether the case gives the input <paramref name="input"/> (to choose between overloads).</summary>
    public bool Has(string input) => Data.Inputs.ContainsKey(input);

    /// <summary>Whether the input <paramref name="input"/> is a list (to choose between a scalar and a span overload).</summary>
    public bool HasList(string input) => Data.Inputs.TryGetValue(input, out var element) && element.ValueKind == JsonValueKind.Array;

    /// <summary>The input named after the calculator's parameter, read as a <typeparamref name="T"/>.</summary>
    public T Input<T>(string input) =>
        Data.Inputs.TryGetValue(input, out var element)
            ? ReferenceNotation.Read<T>(element)
            : throw new KeyNotFoundException($"Case '{name}' of {family}.json has no input '{input}'.");

    /// <summary>The input read as the value its notation shows (see <see cref="ReferenceNotation.ParseAny"/>), for the tools that take any KPI value.</summary>
    public object Value(string input) =>
        Data.Inputs.TryGetValue(input, out var element) && element.ValueKind == JsonValueKind.String
            ? ReferenceNotation.ParseAny(element.GetString()!)
            : throw new KeyNotFoundException($"Case '{name}' of {family}.json has no input '{input}' written as a string.");

    /// <summary>The exact expected value read as a <typeparamref name="T"/>.</summary>
    public T Expected<T>() => (T)ReferenceNotation.Parse(typeof(T), Data.Expected);

    /// <summary>Asserts a calculator's result: defined, carrying the case's KPI id, exactly the expected value, and its printed and formatted figures.</summary>
    public void AssertResult(object result) => ReferenceAssert.Result(this, result);

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        family = info.GetValue<string>(nameof(Family));
        name = info.GetValue<string>(nameof(Name));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Family), family);
        info.AddValue(nameof(Name), name);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is ReferenceCase other && string.Equals(family, other.family, StringComparison.Ordinal) && string.Equals(name, other.name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(family, name);

    /// <summary>The name shown in the test list.</summary>
    public override string ToString() => name;
}

/// <summary>A before/after example handed to a theory, serialised like <see cref="ReferenceCase"/>.</summary>
public sealed class ReferenceChange : IXunitSerializable
{
    private string family = string.Empty;
    private string name = string.Empty;

    /// <summary>For xunit, which sets the family and name through <see cref="Deserialize"/>.</summary>
    public ReferenceChange()
    {
    }

    internal ReferenceChange(string family, string name)
    {
        this.family = family;
        this.name = name;
    }

    /// <summary>The file the change comes from.</summary>
    public string Family => family;

    /// <summary>The change's name, unique among the changes of its file.</summary>
    public string Name => name;

    /// <summary>The change as written.</summary>
    public ReferenceChangeData Data => ReferenceCases.Load(family).ChangeData(name);

    /// <summary>The case before.</summary>
    public ReferenceCase Before => ReferenceCases.Load(family).Case(Data.Before);

    /// <summary>The case after.</summary>
    public ReferenceCase After => ReferenceCases.Load(family).Case(Data.After);

    /// <summary>Asserts the change between the values the calculator gives for the two cases.</summary>
    public void AssertBetween(object before, object after) => ReferenceAssert.ChangeBetween(this, before, after);

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        family = info.GetValue<string>(nameof(Family));
        name = info.GetValue<string>(nameof(Name));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue(nameof(Family), family);
        info.AddValue(nameof(Name), name);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is ReferenceChange other && string.Equals(family, other.family, StringComparison.Ordinal) && string.Equals(name, other.name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(family, name);

    /// <summary>The name shown in the test list.</summary>
    public override string ToString() => name;
}
