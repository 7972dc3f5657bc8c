using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace KpiFormulas.Tests.Conventions;

/// <summary>Reflection checks that keep the public surface pure, immutable and documented (NodaTime's habit).</summary>
public partial class ConventionTests
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(Money).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes().Where(t => !IsCompilerGenerated(t));

    private static IEnumerable<Type> PublicStructs => PublicTypes.Where(t => t.IsValueType && !t.IsEnum);

    private static string Names(IEnumerable<string> names) => string.Join(Environment.NewLine, names.Order(StringComparer.Ordinal));

    [Fact]
    public void The_surface_has_the_expected_value_types()
    {
        // Guards the other tests against passing vacuously on an empty list.
        var structs = PublicStructs.ToList();
        foreach (var expected in new[] { typeof(Money), typeof(Currency), typeof(Rate), typeof(PercentagePoints), typeof(Ratio), typeof(Period), typeof(KpiResult<>) })
        {
            Assert.Contains(expected, structs);
        }
    }

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        var mutable = PublicStructs.Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false)).Select(t => t.FullName!);
        Assert.True(!mutable.Any(), "Public structs that are not 'readonly struct':" + Environment.NewLine + Names(mutable));
    }

    [Fact]
    public void No_public_type_has_a_public_setter_or_a_writable_public_field()
    {
        var setters =
            from type in PublicTypes
            from property in type.GetProperties(Declared)
            let setter = property.SetMethod
            where setter is not null && (setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly)
            select IsInitOnly(setter)
                ? $"{type.FullName}.{property.Name} has an init accessor ('with' sets it without the constructor's checks)"
                : $"{type.FullName}.{property.Name} has a setter";
        var fields =
            from type in PublicTypes
            from field in type.GetFields(Declared)
            where (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsInitOnly && !field.IsLiteral && !field.IsSpecialName
            select $"{type.FullName}.{field.Name} is a writable field";
        var problems = setters.Concat(fields).ToList();
        Assert.True(problems.Count == 0, Names(problems));
    }

    [Fact]
    public void Every_public_struct_is_equatable_to_itself()
    {
        var missing = PublicStructs.Where(t => !t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t))).Select(t => t.FullName!);
        Assert.True(!missing.Any(), "Public structs without IEquatable<T> of themselves:" + Environment.NewLine + Names(missing));
    }

    [Fact]
    public void Every_value_type_of_the_Values_folder_has_a_JSON_converter_and_a_debugger_display()
    {
        var folder = FindSourceFolder(Path.Combine("src", "KpiFormulas", "Core", "Values"));
        var names = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(file => StructDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("Rate", names);
        Assert.Contains("Period", names);

        var problems = new List<string>();
        foreach (var name in names)
        {
            var type = Library.GetType("KpiFormulas." + name);
            if (type is null)
            {
                problems.Add($"{name}: declared in {folder} but not found as KpiFormulas.{name}");
                continue;
            }

            var converter = type.GetCustomAttribute<JsonConverterAttribute>();
            if (converter?.ConverterType is not { } converterType)
            {
                problems.Add($"{name}: no [JsonConverter]");
            }
            else if (!typeof(JsonConverter<>).MakeGenericType(type).IsAssignableFrom(converterType))
            {
                problems.Add($"{name}: [JsonConverter] names {converterType.Name}, not a JsonConverter<{name}>");
            }

            if (type.GetCustomAttribute<DebuggerDisplayAttribute>() is null)
            {
                problems.Add($"{name}: no [DebuggerDisplay]");
            }
        }

        Assert.True(problems.Count == 0, Names(problems));
    }

    [Fact]
    public void Every_public_type_and_member_has_an_XML_doc_entry()
    {
        var xmlPath = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"The documentation file {xmlPath} is missing.");
        var documented = XDocument.Load(xmlPath)
            .Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        var expected = PublicTypes.SelectMany(DocumentedIds).ToList();
        Assert.True(expected.Count > 250, $"Only {expected.Count} ids were built: the reflection walk is missing members.");
        var missing = expected.Where(id => !documented.Contains(id)).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} public members have no entry in {Path.GetFileName(xmlPath)}:" + Environment.NewLine + Names(missing));
    }

    [Theory]
    [InlineData(typeof(Rate), "T:KpiFormulas.Rate")]
    [InlineData(typeof(KpiResult<>), "T:KpiFormulas.KpiResult`1")]
    public void Type_ids_follow_the_compiler(Type type, string id)
    {
        Assert.Equal(id, DocumentedIds(type).First());
    }

    [Fact]
    public void Member_ids_follow_the_compiler()
    {
        // Spot checks of the id builder against ids the C# compiler writes (see the documentation file).
        var rate = DocumentedIds(typeof(Rate)).ToHashSet();
        Assert.Contains("M:KpiFormulas.Rate.TryParse(System.String,System.IFormatProvider,KpiFormulas.Rate@)", rate);
        Assert.Contains("M:KpiFormulas.Rate.TryFormat(System.Span{System.Char},System.Int32@,System.ReadOnlySpan{System.Char},System.IFormatProvider)", rate);
        Assert.Contains("M:KpiFormulas.Rate.op_Subtraction(KpiFormulas.Rate,KpiFormulas.Rate)", rate);
        Assert.Contains("M:KpiFormulas.Rate.Round(System.Int32,System.MidpointRounding)", rate);
        Assert.Contains("P:KpiFormulas.Rate.Fraction", rate);
        Assert.Contains("M:KpiFormulas.Rate.GetHashCode", rate);

        var result = DocumentedIds(typeof(KpiResult<>)).ToHashSet();
        Assert.Contains("M:KpiFormulas.KpiResult`1.Match``1(System.Func{`0,``0},System.Func{KpiFormulas.UndefinedReason,System.String,``0})", result);
        Assert.Contains("M:KpiFormulas.KpiResult`1.TryGetValue(`0@)", result);
        Assert.Contains("M:KpiFormulas.KpiResult`1.Equals(KpiFormulas.KpiResult{`0})", result);
        Assert.Contains("M:KpiFormulas.KpiResult.Defined``1(System.String,``0)", DocumentedIds(typeof(KpiResult)));
        Assert.Contains("M:KpiFormulas.UndefinedKpiException.#ctor(System.String,System.Exception)", DocumentedIds(typeof(UndefinedKpiException)));
        Assert.Contains("F:KpiFormulas.PeriodUnit.IsoWeek", DocumentedIds(typeof(PeriodUnit)));
        Assert.Contains("F:KpiFormulas.Period.DaysPerMonth", DocumentedIds(typeof(Period)));
        Assert.Contains("M:KpiFormulas.Money.Allocate(System.ReadOnlySpan{System.Decimal})", DocumentedIds(typeof(Money)));
        Assert.Contains("M:KpiFormulas.Money.Deconstruct(System.Decimal@,KpiFormulas.Currency@)", DocumentedIds(typeof(Money)));
    }

    // ---- Documentation ids, as the C# compiler writes them ---------------------------------------------

    private static IEnumerable<string> DocumentedIds(Type type)
    {
        // The declaring type keeps its arity (KpiResult`1); references to it name the arguments (KpiResult{`0}).
        var typeId = type.FullName!.Replace('+', '.');
        yield return "T:" + typeId;

        foreach (var constructor in type.GetConstructors(Declared).Where(IsVisible))
        {
            yield return "M:" + typeId + "." + (constructor.IsStatic ? "#cctor" : "#ctor") + Parameters(constructor.GetParameters());
        }

        var accessors = new HashSet<MethodInfo>();
        foreach (var property in type.GetProperties(Declared))
        {
            var visible = property.GetAccessors(nonPublic: true).Where(IsVisible).ToList();
            accessors.UnionWith(property.GetAccessors(nonPublic: true));
            if (visible.Count > 0 && !IsCompilerGenerated(property))
            {
                yield return "P:" + typeId + "." + property.Name.Replace('.', '#') + Parameters(property.GetIndexParameters());
            }
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            var methods = new[] { @event.AddMethod, @event.RemoveMethod, @event.RaiseMethod }.OfType<MethodInfo>().ToList();
            accessors.UnionWith(methods);
            if (methods.Any(IsVisible))
            {
                yield return "E:" + typeId + "." + @event.Name.Replace('.', '#');
            }
        }

        foreach (var field in type.GetFields(Declared).Where(f => IsVisible(f) && !f.IsSpecialName && !IsCompilerGenerated(f)))
        {
            yield return "F:" + typeId + "." + field.Name;
        }

        foreach (var method in type.GetMethods(Declared).Where(m => IsVisible(m) && !accessors.Contains(m) && !IsCompilerGenerated(m)))
        {
            var generic = method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty;
            var conversion = method.Name is "op_Implicit" or "op_Explicit" ? "~" + TypeName(method.ReturnType) : string.Empty;
            yield return "M:" + typeId + "." + method.Name.Replace('.', '#') + generic + Parameters(method.GetParameters()) + conversion;
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeName(p.ParameterType))) + ")";

    /// <summary>A type as the compiler writes it in documentation ids: Ns.Outer.Inner, Ns.List{System.Int32}, `0, ``0, T[], T@.</summary>
    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return TypeName(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            var dimensions = type.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]";
            return TypeName(type.GetElementType()!) + dimensions;
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            // Each nesting level takes its own share of the arguments: Outer`1+Inner`1 -> Outer{A}.Inner{B}.
            var definition = type.GetGenericTypeDefinition();
            var arguments = new Queue<Type>(type.GetGenericArguments());
            var segments = definition.FullName!.Split('+').Select(segment =>
            {
                var tick = segment.IndexOf('`', StringComparison.Ordinal);
                if (tick < 0)
                {
                    return segment;
                }

                var count = int.Parse(segment[(tick + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                var taken = Enumerable.Range(0, count).Select(_ => TypeName(arguments.Dequeue()));
                return segment[..tick] + "{" + string.Join(",", taken) + "}";
            });
            return string.Join(".", segments);
        }

        return type.FullName!.Replace('+', '.');
    }

    private static string FindSourceFolder(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {relative} above {AppContext.BaseDirectory}: run the tests from the repository.");
    }

    [GeneratedRegex(@"\bpublic\s+readonly\s+(?:partial\s+)?struct\s+(\w+)")]
    private static partial Regex StructDeclaration();
}
