using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;
using KpiFormulas.Tests.Conventions.LayeringFixtures;
using Xunit;

namespace KpiFormulas.Tests.Conventions;

/// <summary>
/// One-way layers inside KpiFormulas.dll, checked on the compiled assembly's metadata and IL: a type may
/// use types of its own layer or a lower one, never a higher one; the assembly references only the BCL.
/// </summary>
/// <remarks>
/// What the compiler copies into the caller leaves no trace in the assembly and is not seen: the value
/// of a <c>const</c> field (the string ids of KpiIds, for one) or of an enum member, and <c>nameof</c>.
/// Everything else is seen: base types, interfaces, constraints, fields, signatures, attributes (typeof and
/// enum arguments included) and every type, method or field token in a method body, locals and catch
/// clauses included. Integration packages (KpiFormulas.Excel...) are other assemblies on top.
/// </remarks>
public class LayeringTests
{
    /// <summary>
    /// The layers, lowest first, by exact namespace: a namespace not listed here (a sub-namespace
    /// included) is an error until it is placed in a layer on purpose.
    /// </summary>
    internal static readonly LayerMap Layers = new(
        root: "KpiFormulas",
        ("core", ["KpiFormulas", "KpiFormulas.Internal", "KpiFormulas.Serialization"]),
        ("calculators", ["KpiFormulas.Formulas"]),
        ("catalogue", ["KpiFormulas.Catalog"]),
        ("aggregation", ["KpiFormulas.Aggregation"]),
        ("serialization context", ["KpiFormulas.Json"]));

    private static readonly Assembly Library = typeof(Money).Assembly;

    private static readonly Lazy<TypeDependencyGraph> LibraryGraph = new(() => TypeDependencyGraph.Read(Library.Location));

    private static readonly Lazy<TypeDependencyGraph> FixtureGraph = new(() => TypeDependencyGraph.Read(typeof(Uses).Assembly.Location));

    [Fact]
    public void Every_type_uses_only_types_of_its_own_layer_or_lower()
    {
        var violations = LayerCheck.Violations(LibraryGraph.Value, Layers);
        Assert.True(
            violations.Count == 0,
            $"{violations.Count} layering violation(s) in {Path.GetFileName(Library.Location)}, layers lowest first: {Layers}."
            + Environment.NewLine + "'A (layer) -> B (layer)': A uses B, of a higher layer. 'Ns (unknown layer): T, U': the namespace"
            + " is in no layer (LayeringTests.Layers); uses by or of its types are checked once it is placed."
            + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_core_assembly_references_only_the_BCL()
    {
        var references = TypeDependencyGraph.ReadAssemblyReferences(Library.Location);
        Assert.Contains(references, r => r.Name == "System.Runtime"); // the read is not empty

        // The shared framework's own directory tells BCL assemblies from packages that merely start with "System.".
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var outside = references
            .Where(r => !IsBclName(r.Name!) || !File.Exists(Path.Combine(framework, r.Name + ".dll")))
            .Select(r => r.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(outside.Count == 0, "References outside the .NET BCL:" + Environment.NewLine + string.Join(Environment.NewLine, outside));
        Assert.DoesNotContain(references, r => r.Name!.StartsWith("KpiFormulas", StringComparison.Ordinal)); // KpiFormulas.Excel, .Arrow sit on top

        static bool IsBclName(string name) =>
            name is "netstandard" or "mscorlib" or "System"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
    }

    // ---- Self-tests: the checks above cannot pass on a graph that misses uses --------------------------

    [Fact]
    public void The_collector_finds_that_Money_uses_Currency()
    {
        var kinds = LibraryGraph.Value.KindsOf(typeof(Money).FullName!, typeof(Currency).FullName!);
        Assert.True(kinds.HasFlag(ReferenceKinds.Field), $"Money -> Currency found as {kinds}");
        Assert.True(kinds.HasFlag(ReferenceKinds.Signature), $"Money -> Currency found as {kinds}");
    }

    [Fact]
    public void The_collector_finds_a_use_that_only_method_bodies_make()
    {
        // Money calls the static helpers of Internal.Formatting; no signature or field can name a static class.
        Assert.Equal(ReferenceKinds.MethodBody, LibraryGraph.Value.KindsOf(typeof(Money).FullName!, typeof(Formatting).FullName!));
    }

    [Fact]
    public void The_collector_finds_a_type_named_by_an_attribute_argument()
    {
        // [JsonConverter(typeof(MoneyJsonConverter))]
        var kinds = LibraryGraph.Value.KindsOf(typeof(Money).FullName!, typeof(MoneyJsonConverter).FullName!);
        Assert.True(kinds.HasFlag(ReferenceKinds.Attribute), $"Money -> MoneyJsonConverter found as {kinds}");
    }

    [Theory]
    [InlineData(typeof(BaseTarget), "BaseType, MethodBody")] // the constructor calls the base constructor
    [InlineData(typeof(IInterfaceTarget), "Interface")]
    [InlineData(typeof(ConstraintTarget), "GenericConstraint")]
    [InlineData(typeof(TypeConstraintTarget), "GenericConstraint")] // on a nested generic type
    [InlineData(typeof(FieldTarget), "Field")]
    [InlineData(typeof(PropertyTarget), "Signature")]
    [InlineData(typeof(EventTarget), "Signature")]
    [InlineData(typeof(ParameterTarget), "Signature")]
    [InlineData(typeof(ReturnTarget), "Signature")]
    [InlineData(typeof(NestedTarget), "Signature")] // by a nested type
    [InlineData(typeof(TargetAttribute), "Attribute")]
    [InlineData(typeof(TypeofArgumentTarget), "Attribute")]
    [InlineData(typeof(EnumArgumentTarget), "Attribute")] // an enum value boxed in an object argument is named in the blob
    [InlineData(typeof(NewTarget), "MethodBody")]
    [InlineData(typeof(StaticCallTarget), "MethodBody")]
    [InlineData(typeof(FieldAccessTarget), "MethodBody")]
    [InlineData(typeof(TypeofTarget), "MethodBody")]
    [InlineData(typeof(CastTarget), "MethodBody")]
    [InlineData(typeof(GenericMethodArgumentTarget), "MethodBody")]
    [InlineData(typeof(GenericTypeArgumentTarget), "MethodBody")]
    [InlineData(typeof(CatchTargetException), "MethodBody")]
    [InlineData(typeof(ClosureTarget), "MethodBody")] // in the lambda's <>c class
    [InlineData(typeof(IteratorTarget), "MethodBody")] // in the iterator's state machine
    public void The_collector_finds_each_kind_of_use(Type target, string kinds)
    {
        var found = FixtureGraph.Value.KindsOf(typeof(Uses).FullName!, target.FullName!);
        Assert.Equal(Enum.Parse<ReferenceKinds>(kinds), found);
    }

    [Fact]
    public void Nested_and_compiler_generated_types_count_as_their_outer_type()
    {
        var graph = FixtureGraph.Value;
        var uses = graph.Types[typeof(Uses).FullName!];
        Assert.Contains(typeof(Uses.Inner).FullName!, uses.NestedTypes);
        Assert.Contains(uses.NestedTypes, n => n.Contains("+<Iterate>d__", StringComparison.Ordinal)); // iterator state machine
        Assert.Contains(uses.NestedTypes, n => n.EndsWith("+<>c", StringComparison.Ordinal)); // lambda cache
        Assert.All(uses.NestedTypes, n => Assert.Equal(uses.FullName, graph.OuterOf(n)));
        Assert.DoesNotContain(graph.References.Keys, r => r.From.Contains('+', StringComparison.Ordinal) || r.To.Contains('+', StringComparison.Ordinal));
    }

    [Fact]
    public void Every_type_of_the_library_is_in_the_graph_and_placed()
    {
        var graph = LibraryGraph.Value;
        var reflected = Library.GetTypes();
        Assert.Equal(reflected.Length + 1, graph.TypeDefinitionCount); // + <Module>
        Assert.All(reflected, t => Assert.NotNull(graph.OuterOf(t.FullName!)));

        // Neutral: only the compiler's own top-level types outside the KpiFormulas namespaces.
        var neutral = graph.Types.Values.Where(Layers.IsNeutral).ToList();
        Assert.Contains(neutral, t => t.FullName == "<Module>");
        Assert.All(neutral, t => Assert.True(
            t.FullName.StartsWith('<') || t.Namespace is "System.Runtime.CompilerServices" or "Microsoft.CodeAnalysis",
            $"{t.FullName} is taken for compiler-generated"));

        // Every other type is in a layer, or listed on the check's line for its namespace of no layer.
        var unknownLines = LayerCheck.Violations(graph, Layers).Where(l => l.Contains(LayerCheck.UnknownLayer, StringComparison.Ordinal)).ToList();
        var unplaced = graph.Types.Values
            .Where(t => !Layers.IsNeutral(t) && Layers.LayerOf(t.Namespace) is null)
            .Where(t => !unknownLines.Any(line =>
                line.StartsWith((t.Namespace.Length == 0 ? LayerCheck.GlobalNamespace : t.Namespace) + LayerCheck.UnknownLayer, StringComparison.Ordinal)
                && line.Split(LayerCheck.UnknownLayer)[1].Split(", ").Contains(t.DisplayName[(t.Namespace.Length == 0 ? 0 : t.Namespace.Length + 1)..])))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(unplaced);
        Assert.True(graph.Types.Values.Count(t => Layers.LayerOf(t.Namespace) is not null) > 50, "Too few types placed in a layer.");

        Assert.Equal("core", Layers.LayerOf(typeof(Money).Namespace!)?.Name);
        Assert.Equal("core", Layers.LayerOf(typeof(Formatting).Namespace!)?.Name);
        Assert.Equal("core", Layers.LayerOf(typeof(MoneyJsonConverter).Namespace!)?.Name);
        Assert.Equal("catalogue", Layers.LayerOf(typeof(KpiCatalog).Namespace!)?.Name);
        Assert.Equal("aggregation", Layers.LayerOf(typeof(NpsAccumulator).Namespace!)?.Name);
    }

    [Theory]
    [InlineData("KpiFormulas", "core")]
    [InlineData("KpiFormulas.Internal", "core")]
    [InlineData("KpiFormulas.Serialization", "core")]
    [InlineData("KpiFormulas.Formulas", "calculators")]
    [InlineData("KpiFormulas.Catalog", "catalogue")]
    [InlineData("KpiFormulas.Aggregation", "aggregation")]
    [InlineData("KpiFormulas.Worksheet", null)]
    [InlineData("KpiFormulas.Excel", null)]
    [InlineData("KpiFormulas.Formulas.Retention", null)]
    [InlineData("KpiFormulasExtra", null)]
    [InlineData("", null)]
    public void The_layer_map_places_namespaces_exactly(string ns, string? layer)
    {
        Assert.Equal(layer, Layers.LayerOf(ns)?.Name);
    }

    [Fact]
    public void The_check_reports_each_upward_use_and_unknown_namespace_on_one_sorted_line()
    {
        static OuterType Type(string ns, string name, bool compilerGenerated = false) =>
            new(ns.Length == 0 ? name : ns + "." + name, ns, (ns.Length == 0 ? name : ns + "." + name).Replace("`1", "<T>", StringComparison.Ordinal), compilerGenerated, []);

        OuterType[] types =
        [
            Type("KpiFormulas", "Money"),
            Type("KpiFormulas", "KpiResult`1"),
            Type("KpiFormulas", "<Generated>F1__Helper", compilerGenerated: true), // inside KpiFormulas: placed like any type
            Type("KpiFormulas.Formulas", "Conversion"),
            Type("KpiFormulas.Catalog", "KpiCatalog"),
            Type("KpiFormulas.Aggregation", "Totals"),
            Type("KpiFormulas.Worksheet", "Cells"),
            Type("KpiFormulas.Worksheet", "KpiFunctions"),
            Type("Elsewhere", "Stray"),
            Type(string.Empty, "<PrivateImplementationDetails>", compilerGenerated: true),
        ];
        var references = new Dictionary<(string, string), ReferenceKinds>
        {
            [("KpiFormulas.Formulas.Conversion", "KpiFormulas.Catalog.KpiCatalog")] = ReferenceKinds.MethodBody,
            [("KpiFormulas.KpiResult`1", "KpiFormulas.Aggregation.Totals")] = ReferenceKinds.Signature,
            [("KpiFormulas.<Generated>F1__Helper", "KpiFormulas.Formulas.Conversion")] = ReferenceKinds.MethodBody,
            [("KpiFormulas.Aggregation.Totals", "KpiFormulas.Money")] = ReferenceKinds.Field, // downward: fine
            [("KpiFormulas.Money", "KpiFormulas.KpiResult`1")] = ReferenceKinds.Field, // same layer: fine
            [("KpiFormulas.Money", "<PrivateImplementationDetails>")] = ReferenceKinds.MethodBody, // neutral
            [("KpiFormulas.Money", "KpiFormulas.Worksheet.Cells")] = ReferenceKinds.MethodBody, // unknown layer: reported once, below
        };

        var violations = LayerCheck.Violations(new TypeDependencyGraph(types, references), Layers);

        Assert.Equal(
            [
                "Elsewhere (unknown layer): Stray",
                "KpiFormulas.<Generated>F1__Helper (core) -> KpiFormulas.Formulas.Conversion (calculators)",
                "KpiFormulas.Formulas.Conversion (calculators) -> KpiFormulas.Catalog.KpiCatalog (catalogue)",
                "KpiFormulas.KpiResult<T> (core) -> KpiFormulas.Aggregation.Totals (aggregation)",
                "KpiFormulas.Worksheet (unknown layer): Cells, KpiFunctions",
            ],
            violations);
    }
}

/// <summary>A layer: a rank (0 is the lowest) and a name for messages.</summary>
internal sealed record Layer(int Rank, string Name);

/// <summary>Namespaces to layers. Top-level compiler-generated types outside <c>root</c> belong to no layer and are not checked.</summary>
internal sealed class LayerMap
{
    private readonly string root;
    private readonly Dictionary<string, Layer> byNamespace = new(StringComparer.Ordinal);
    private readonly List<Layer> layers = [];

    public LayerMap(string root, params (string Name, string[] Namespaces)[] layersLowestFirst)
    {
        this.root = root;
        foreach (var (name, namespaces) in layersLowestFirst)
        {
            var layer = new Layer(layers.Count, name);
            layers.Add(layer);
            foreach (var ns in namespaces)
            {
                byNamespace.Add(ns, layer);
            }
        }
    }

    public Layer? LayerOf(string ns) => byNamespace.GetValueOrDefault(ns);

    /// <summary><c>&lt;Module&gt;</c>, <c>&lt;PrivateImplementationDetails&gt;</c>, embedded attributes such as System.Runtime.CompilerServices.NullableAttribute.</summary>
    public bool IsNeutral(OuterType type) =>
        type.IsCompilerGenerated && type.Namespace != root && !type.Namespace.StartsWith(root + ".", StringComparison.Ordinal);

    public override string ToString() => string.Join(" < ", layers.Select(l => l.Name));
}

/// <summary>Checks a dependency graph against a layer map.</summary>
internal static class LayerCheck
{
    public const string GlobalNamespace = "(global namespace)";

    public const string UnknownLayer = " (unknown layer): ";

    /// <summary>
    /// One line per use of a higher layer (<c>From (layer) -> To (layer)</c>) and one per namespace in no
    /// layer (<c>Namespace (unknown layer): Type, Type</c>), sorted. Uses by or of a type in no layer
    /// are not judged: its namespace is reported instead.
    /// </summary>
    public static IReadOnlyList<string> Violations(TypeDependencyGraph graph, LayerMap map)
    {
        var unknown = graph.Types.Values
            .Where(t => !map.IsNeutral(t) && map.LayerOf(t.Namespace) is null)
            .GroupBy(t => t.Namespace.Length == 0 ? GlobalNamespace : t.Namespace, StringComparer.Ordinal)
            .Select(g => UnknownLine(g.Key, g));

        var upward =
            from reference in graph.References
            let source = graph.Types[reference.Key.From]
            let target = graph.Types[reference.Key.To]
            where !map.IsNeutral(source) && !map.IsNeutral(target)
            let sourceLayer = map.LayerOf(source.Namespace)
            let targetLayer = map.LayerOf(target.Namespace)
            where sourceLayer is not null && targetLayer is not null && targetLayer.Rank > sourceLayer.Rank
            select $"{source.DisplayName} ({sourceLayer.Name}) -> {target.DisplayName} ({targetLayer.Name})";

        return unknown.Concat(upward).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    private static string UnknownLine(string ns, IEnumerable<OuterType> types)
    {
        var prefix = ns == GlobalNamespace ? string.Empty : ns + ".";
        var names = types.Select(t => t.DisplayName[prefix.Length..]).Order(StringComparer.Ordinal);
        return ns + UnknownLayer + string.Join(", ", names);
    }
}
