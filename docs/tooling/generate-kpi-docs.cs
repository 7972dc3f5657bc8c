#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:property PublishAot=false

// Generates the KPI pages, docs/kpis/<family>.md, from the one source of each KPI: its catalogue
// entry (KpiCatalog: id, names, formula, unit, direction, bands, references, calculator) and the XML
// docs of the library (KpiFormulas.xml, next to the assembly this app is built with).
//
//   dotnet run docs/tooling/generate-kpi-docs.cs               rewrite docs/kpis/*.md
//   dotnet run docs/tooling/generate-kpi-docs.cs -- --check    write nothing; fail, naming each page
//                                                              that differs from a fresh generation (CI)
//
// One page per family of the catalogue (in KpiFamily order), named after the family: its class's
// summary and remarks, a table of its KPIs, then one section per KPI, anchored by its id
// (docs/kpis/<family>.md#<id>), with the catalogue entry, the band set and every overload of the
// calculator. Other public members of the family class go to the section of the one KPI their docs
// refer to, or to "Other members"; the library types they use (Funnel, the band levels...) are
// documented in the first section that uses them. The targets page comes from the XML docs of
// Targets: the table of tools in its remarks names the tools (the sections) and their members.
//
// Output is deterministic: invariant culture, LF line endings, UTF-8 without BOM, sections in
// catalogue order, overloads in declaration order. docs/kpis/*.md belong to this generator: edit
// the catalogue entries and the XML docs of src/KpiFormulas, then run it.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KpiFormulas;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

var check = args.Contains("--check");
var unknown = args.Where(a => a != "--check").ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown argument {unknown[0]}. Usage: dotnet run docs/tooling/generate-kpi-docs.cs [-- --check]");
    return 2;
}

var toolingDirectory = AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this file with `dotnet run docs/tooling/generate-kpi-docs.cs`.");
var root = Path.GetFullPath(Path.Combine(toolingDirectory, "..", ".."));
var kpisDirectory = Path.Combine(root, "docs", "kpis");
var assembly = typeof(KpiCatalog).Assembly;
var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
if (!File.Exists(xmlPath))
{
    Console.Error.WriteLine($"No XML documentation next to {assembly.Location}: build src/KpiFormulas with GenerateDocumentationFile.");
    return 1;
}

SortedDictionary<string, string> pages;
try
{
    pages = new KpiPages(assembly, XDocument.Load(xmlPath)).Render();
}
catch (DocumentationException e)
{
    Console.Error.WriteLine($"Cannot generate docs/kpis: {e.Message}");
    return 1;
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var existing = Directory.Exists(kpisDirectory)
    ? Directory.GetFiles(kpisDirectory, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
    : [];
var problems = new List<string>();
foreach (var (file, content) in pages)
{
    var path = Path.Combine(kpisDirectory, file);
    if (check)
    {
        if (!File.Exists(path))
        {
            problems.Add($"docs/kpis/{file}: missing, never generated");
            continue;
        }

        var expected = content.Split('\n');
        var actual = File.ReadAllText(path, utf8).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var fresh = i < expected.Length ? expected[i] : "(end of file)";
            var old = i < actual.Length ? actual[i] : "(end of file)";
            if (!string.Equals(fresh, old, StringComparison.Ordinal))
            {
                problems.Add($"docs/kpis/{file}: differs at line {i + 1}\n      committed: {Shorten(old)}\n      fresh:     {Shorten(fresh)}");
                break;
            }
        }
    }
    else
    {
        Directory.CreateDirectory(kpisDirectory);
        var unchanged = File.Exists(path) && string.Equals(File.ReadAllText(path, utf8), content, StringComparison.Ordinal);
        if (!unchanged)
        {
            File.WriteAllText(path, content, utf8);
        }

        Console.WriteLine($"  docs/kpis/{file}{(unchanged ? " (unchanged)" : string.Empty)}");
    }
}

// A page no family or tool produces any more: deleted when generating, reported when checking.
foreach (var file in existing.Where(f => !pages.ContainsKey(f)))
{
    if (check)
    {
        problems.Add($"docs/kpis/{file}: stale, no family of the catalogue produces it");
    }
    else
    {
        File.Delete(Path.Combine(kpisDirectory, file));
        Console.WriteLine($"  deleted docs/kpis/{file} (no family produces it)");
    }
}

// The KPI-by-KPI table of undefined results in docs/numeric-policy.md, between its two markers.
const string PolicyTableStart = "<!-- The table below is written by docs/tooling/generate-kpi-docs.cs from each KPI's catalogue entry (KpiDefinition.UndefinedWhen): edit the entries, not the table. -->";
const string PolicyTableEnd = "<!-- End of the generated table. -->";
var policyPath = Path.Combine(root, "docs", "numeric-policy.md");
var policy = File.ReadAllText(policyPath, utf8).Replace("\r\n", "\n", StringComparison.Ordinal);
var tableStart = policy.IndexOf(PolicyTableStart, StringComparison.Ordinal);
var tableEnd = policy.IndexOf(PolicyTableEnd, StringComparison.Ordinal);
if (tableStart < 0 || tableEnd < tableStart)
{
    Console.Error.WriteLine("docs/numeric-policy.md lacks the markers of its generated table.");
    return 1;
}

var table = new StringBuilder("| KPI | class | undefined when (reason) |\n|---|---|---|\n");
foreach (var definition in KpiCatalog.All.OrderBy(d => d.CalculatorType.Name, StringComparer.Ordinal))
{
    table.Append(CultureInfo.InvariantCulture, $"| `{definition.Id}` | `{definition.CalculatorType.Name}` | {definition.UndefinedWhen} |\n");
}

var freshPolicy = string.Concat(policy.AsSpan(0, tableStart + PolicyTableStart.Length), "\n", table.ToString(), policy.AsSpan(tableEnd));
if (!string.Equals(freshPolicy, policy, StringComparison.Ordinal))
{
    if (check)
    {
        problems.Add("docs/numeric-policy.md: its table of undefined results differs from the catalogue entries");
    }
    else
    {
        File.WriteAllText(policyPath, freshPolicy, utf8);
        Console.WriteLine("  docs/numeric-policy.md (table of undefined results)");
    }
}

if (problems.Count > 0)
{
    Console.WriteLine($"{problems.Count} page(s) of docs/kpis differ from a fresh generation:");
    foreach (var problem in problems)
    {
        Console.WriteLine($"  {problem}");
    }

    Console.WriteLine("Run `dotnet run docs/tooling/generate-kpi-docs.cs` and commit the result.");
    return 1;
}

Console.WriteLine(check ? $"{pages.Count} KPI page(s) up to date." : $"{pages.Count} KPI page(s) generated.");
return 0;

static string Shorten(string line) => line.Length <= 100 ? line : string.Concat(line.AsSpan(0, 97), "...");

/// <summary>The XML docs or the catalogue cannot be turned into pages (a name that resolves to nothing...).</summary>
internal sealed class DocumentationException(string message) : Exception(message);

/// <summary>Where a link goes: a page and, unless the page itself, an anchor on it.</summary>
internal sealed record LinkTarget(string File, string? Anchor);

/// <summary>One section of a page: a KPI, a tool of the targets page, or the members no KPI claims.</summary>
internal sealed class Section(string anchor)
{
    public string Anchor { get; } = anchor;

    /// <summary>The catalogue entry, for a KPI's section.</summary>
    public KpiDefinition? Definition { get; init; }

    /// <summary>The title of a tool, from its term in the table of tools.</summary>
    public IReadOnlyList<XNode>? ToolTitle { get; init; }

    /// <summary>The heading text, for a section that is neither a KPI nor a tool.</summary>
    public string? Heading { get; init; }

    public List<MemberInfo> Members { get; } = [];

    public List<Type> Types { get; } = [];
}

/// <summary>One page of docs/kpis.</summary>
internal sealed class Page(string file, string title, Type mainClass)
{
    public string File { get; } = file;

    public string Title { get; } = title;

    public Type MainClass { get; } = mainClass;

    public List<Section> Sections { get; } = [];

    /// <summary>The table of tools of the targets page, rendered instead of a table of KPIs.</summary>
    public XElement? ToolTable { get; set; }
}

/// <summary>Builds every page from the catalogue, the assembly and its XML docs.</summary>
internal sealed partial class KpiPages
{
    private const string OtherMembersAnchor = "other-members";
    private const string GeneratedNotice = "Generated by docs/tooling/generate-kpi-docs.cs from the catalogue (KpiCatalog) and the XML docs of src/KpiFormulas: edit those, then run `dotnet run docs/tooling/generate-kpi-docs.cs`.";

    private readonly Assembly assembly;
    private readonly Dictionary<string, XElement> docs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MemberInfo> memberByDocId = new(StringComparer.Ordinal);
    private readonly List<Page> pages = [];
    private readonly Dictionary<string, LinkTarget> linkByDocId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkTarget> linkById = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, (Page Page, Section Section)> typeHome = [];
    private readonly Dictionary<string, string> kpiIdConstants = new(StringComparer.Ordinal);
    private readonly NullabilityInfoContext nullability = new();

    public KpiPages(Assembly assembly, XDocument xml)
    {
        this.assembly = assembly;
        foreach (var member in xml.Root?.Element("members")?.Elements("member") ?? [])
        {
            if (member.Attribute("name")?.Value is { } name)
            {
                docs[name] = member;
            }
        }

        foreach (var type in assembly.GetExportedTypes())
        {
            memberByDocId[DocId(type)] = type;
            foreach (var member in PublicMembers(type))
            {
                memberByDocId[DocId(member)] = member;
            }
        }

        foreach (var field in typeof(KpiIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            kpiIdConstants[field.Name] = (string)field.GetRawConstantValue()!;
        }
    }

    /// <summary>Every page, by file name.</summary>
    public SortedDictionary<string, string> Render()
    {
        BuildFamilyPages();
        BuildTargetsPage();
        ClaimTypes();
        IndexLinks();
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            result.Add(page.File, RenderPage(page));
        }

        return result;
    }

    // ---------------------------------------------------------------- model

    private void BuildFamilyPages()
    {
        foreach (var family in Enum.GetValues<KpiFamily>())
        {
            var definitions = KpiCatalog.InFamily(family);
            if (definitions.Count == 0)
            {
                continue;
            }

            var classes = definitions.Select(d => d.CalculatorType).Distinct().ToList();
            var mainClass = classes.FirstOrDefault(c => string.Equals(c.Name, family.ToString(), StringComparison.Ordinal)) ?? classes[0];
            var page = new Page(family.ToString().ToLowerInvariant() + ".md", Humanize(mainClass.Name), mainClass);
            var claimed = new HashSet<MemberInfo>();
            foreach (var definition in definitions)
            {
                var section = new Section(definition.Id) { Definition = definition };
                var calculators = PublicMembers(definition.CalculatorType)
                    .Where(m => m is MethodInfo && string.Equals(m.Name, definition.CalculatorMethod, StringComparison.Ordinal))
                    .ToList();
                if (calculators.Count == 0)
                {
                    throw new DocumentationException($"KPI '{definition.Id}': {definition.CalculatorType.Name} has no public method {definition.CalculatorMethod}.");
                }

                section.Members.AddRange(calculators);
                page.Sections.Add(section);
                claimed.UnionWith(calculators);
            }

            // The band set of a KPI and the methods that classify into its levels belong to its section.
            var others = classes.SelectMany(PublicMembers).Where(m => !claimed.Contains(m)).ToList();
            foreach (var section in page.Sections.Where(s => s.Definition?.Bands is not null))
            {
                var bands = section.Definition!.Bands!;
                foreach (var member in others.Where(m => !claimed.Contains(m)))
                {
                    var holdsBands = member switch
                    {
                        PropertyInfo p => p.GetMethod!.IsStatic && ReferenceEquals(p.GetValue(null), bands),
                        FieldInfo f => f.IsStatic && ReferenceEquals(f.GetValue(null), bands),
                        _ => false,
                    };
                    var classifies = member is MethodInfo method && method.ReturnType == bands.LevelType;
                    if (holdsBands || classifies)
                    {
                        section.Members.Add(member);
                        claimed.Add(member);
                    }
                }
            }

            AssignByReferences(page, others.Where(m => !claimed.Contains(m)).ToList());
            pages.Add(page);
        }
    }

    private void BuildTargetsPage()
    {
        var targets = typeof(Targets);
        var page = new Page("targets.md", Humanize(targets.Name), targets);
        var table = Doc(targets)?.Element("remarks")?.Descendants("list")
            .FirstOrDefault(l => (string?)l.Attribute("type") == "table" && l.Elements("item").Any(i => i.Element("term")?.Element("c") is not null))
            ?? throw new DocumentationException("The remarks of Targets hold no table of tools (<list type=\"table\"> whose terms start with <c>tool_id</c>).");
        page.ToolTable = table;
        var claimed = new HashSet<MemberInfo>();
        foreach (var item in table.Elements("item"))
        {
            var term = item.Element("term") ?? throw new DocumentationException("An item of the table of tools of Targets has no <term>.");
            var code = term.Element("c") ?? throw new DocumentationException($"The term '{term.Value}' of the table of tools of Targets does not start with <c>tool_id</c>.");
            var title = term.Nodes().SkipWhile(n => n != code).Skip(1).ToList();
            var section = new Section(code.Value.Trim()) { ToolTitle = title };
            foreach (var reference in item.Element("description")?.Elements() ?? [])
            {
                var name = reference.Name.LocalName switch
                {
                    "see" => (string?)reference.Attribute("cref"),
                    "c" => reference.Value.Trim(),
                    _ => null,
                };
                if (name is null)
                {
                    continue;
                }

                var resolved = ResolveToolMember(targets, name);
                if (resolved.Count == 0)
                {
                    throw new DocumentationException($"The table of tools of Targets names '{name}' for '{section.Anchor}', which is no public member of Targets and no public type.");
                }

                foreach (var member in resolved)
                {
                    if (member is Type type)
                    {
                        section.Types.Add(type);
                        typeHome.TryAdd(type, (page, section));
                    }
                    else if (claimed.Add(member))
                    {
                        section.Members.Add(member);
                    }
                }
            }

            page.Sections.Add(section);
        }

        AssignByReferences(page, PublicMembers(targets).Where(m => !claimed.Contains(m)).ToList());
        pages.Add(page);
    }

    // A name from the table of tools: a cref, a member of Targets (every overload), or a type by its name.
    private List<MemberInfo> ResolveToolMember(Type targets, string name)
    {
        if (name.Length > 2 && name[1] == ':')
        {
            if (memberByDocId.TryGetValue(name, out var member))
            {
                return name[0] == 'M' ? PublicMembers(member.DeclaringType!).Where(m => m.Name == member.Name).ToList() : [member];
            }

            return [];
        }

        var members = PublicMembers(targets).Where(m => string.Equals(m.Name, name, StringComparison.Ordinal)).ToList();
        if (members.Count > 0)
        {
            return members;
        }

        return assembly.GetExportedTypes().Where(t => string.Equals(ShortTypeName(t), name, StringComparison.Ordinal)).Cast<MemberInfo>().ToList();
    }

    // Members no rule placed go to the one section of the page their docs refer to (a calculator, a
    // KPI id, a member already placed), else to "Other members".
    private void AssignByReferences(Page page, List<MemberInfo> members)
    {
        var home = new Dictionary<string, Section>(StringComparer.Ordinal);
        foreach (var section in page.Sections)
        {
            foreach (var member in section.Members)
            {
                home[DocId(member)] = section;
            }
        }

        var anchors = page.Sections.ToDictionary(s => s.Anchor, StringComparer.Ordinal);
        var pending = members.Where(m => Doc(m) is not null).ToList();
        bool placedOne;
        do
        {
            placedOne = false;
            foreach (var member in pending.ToList())
            {
                var doc = Doc(member)!;
                var referred = new HashSet<Section>();
                foreach (var cref in doc.Descendants().Select(e => (string?)e.Attribute("cref")).OfType<string>())
                {
                    if (home.TryGetValue(cref, out var section))
                    {
                        referred.Add(section);
                    }
                    else if (cref.StartsWith("F:KpiFormulas.KpiIds.", StringComparison.Ordinal)
                        && kpiIdConstants.TryGetValue(cref["F:KpiFormulas.KpiIds.".Length..], out var id)
                        && anchors.TryGetValue(id, out var byId))
                    {
                        referred.Add(byId);
                    }
                }

                foreach (var code in doc.Descendants("c").Select(c => c.Value.Trim()))
                {
                    if (anchors.TryGetValue(code, out var byCode))
                    {
                        referred.Add(byCode);
                    }
                }

                if (referred.Count == 1)
                {
                    var section = referred.Single();
                    section.Members.Add(member);
                    home[DocId(member)] = section;
                    pending.Remove(member);
                    placedOne = true;
                }
            }
        }
        while (placedOne);

        if (pending.Count > 0)
        {
            var other = new Section(OtherMembersAnchor) { Heading = $"Other members of `{page.MainClass.Name}`" };
            other.Members.AddRange(pending);
            page.Sections.Add(other);
        }

        // Keep the declaration order within each KPI's section whatever the order of placement (a
        // tool's section keeps the order of the table of tools).
        foreach (var section in page.Sections.Where(s => s.ToolTitle is null))
        {
            var ordered = section.Members.OrderBy(m => MemberRank(section, m)).ThenBy(m => m.MetadataToken).ToList();
            section.Members.Clear();
            section.Members.AddRange(ordered);
        }
    }

    // Calculators first, then the band set and the other members in declaration order.
    private static int MemberRank(Section section, MemberInfo member) =>
        section.Definition is { } d && member is MethodInfo && string.Equals(member.Name, d.CalculatorMethod, StringComparison.Ordinal) ? 0 : 1;

    // The library types a page documents (the Funnel of the funnel KPI, the levels of a band set...):
    // each in the first section whose members use it, then the types those types use.
    private void ClaimTypes()
    {
        var candidates = assembly.GetExportedTypes()
            .Where(t => string.Equals(t.Namespace, typeof(Targets).Namespace, StringComparison.Ordinal))
            .Where(t => !pages.Any(p => p.MainClass == t) && !KpiCatalog.All.Any(d => d.CalculatorType == t))
            .ToHashSet();
        foreach (var page in pages)
        {
            foreach (var section in page.Sections)
            {
                foreach (var member in section.Members)
                {
                    foreach (var type in UsedTypes(member).Where(candidates.Contains))
                    {
                        if (typeHome.TryAdd(type, (page, section)))
                        {
                            section.Types.Add(type);
                        }
                    }
                }
            }
        }

        bool claimedOne;
        do
        {
            claimedOne = false;
            foreach (var (type, (page, section)) in typeHome.OrderBy(t => pages.IndexOf(t.Value.Page)).ThenBy(t => t.Value.Page.Sections.IndexOf(t.Value.Section)).ThenBy(t => t.Value.Section.Types.IndexOf(t.Key)).ToList())
            {
                foreach (var used in PublicMembers(type).SelectMany(UsedTypes).Where(candidates.Contains))
                {
                    if (typeHome.TryAdd(used, (page, section)))
                    {
                        section.Types.Add(used);
                        claimedOne = true;
                    }
                }
            }
        }
        while (claimedOne);

        var orphans = candidates.Where(t => !typeHome.ContainsKey(t)).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        if (orphans.Count > 0)
        {
            throw new DocumentationException(
                $"No page documents the public type(s) {string.Join(", ", orphans)}: use them in a calculator or another documented type, or name them in the table of tools of Targets.");
        }
    }

    private static IEnumerable<Type> UsedTypes(MemberInfo member)
    {
        IEnumerable<Type> direct = member switch
        {
            MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            _ => [],
        };
        return direct.SelectMany(Expand);

        static IEnumerable<Type> Expand(Type type)
        {
            if (type.HasElementType)
            {
                foreach (var t in Expand(type.GetElementType()!))
                {
                    yield return t;
                }
            }
            else if (type.IsGenericType)
            {
                yield return type.GetGenericTypeDefinition();
                foreach (var t in type.GetGenericArguments().SelectMany(Expand))
                {
                    yield return t;
                }
            }
            else if (!type.IsGenericParameter)
            {
                yield return type;
            }
        }
    }

    private void IndexLinks()
    {
        foreach (var page in pages)
        {
            linkByDocId[DocId(page.MainClass)] = new LinkTarget(page.File, null);
            foreach (var section in page.Sections)
            {
                var target = new LinkTarget(page.File, section.Anchor);
                if (section.Anchor != OtherMembersAnchor)
                {
                    linkById.TryAdd(section.Anchor, target);
                }

                foreach (var member in section.Members)
                {
                    linkByDocId.TryAdd(DocId(member), target);
                }

                foreach (var type in section.Types)
                {
                    var typeTarget = new LinkTarget(page.File, TypeAnchor(type));
                    linkByDocId.TryAdd(DocId(type), typeTarget);
                    foreach (var member in PublicMembers(type))
                    {
                        linkByDocId.TryAdd(DocId(member), typeTarget);
                    }
                }
            }
        }

        foreach (var (name, id) in kpiIdConstants)
        {
            if (linkById.TryGetValue(id, out var target))
            {
                linkByDocId.TryAdd("F:KpiFormulas.KpiIds." + name, target);
            }
        }
    }

    // ---------------------------------------------------------------- pages

    private string RenderPage(Page page)
    {
        var blocks = new List<string>
        {
            $"<!-- {GeneratedNotice} -->",
            $"# {page.Title}",
            $"{(page.MainClass.IsAbstract && page.MainClass.IsSealed ? "Static class" : "Type")} `{page.MainClass.Name}` (namespace `{page.MainClass.Namespace}`).",
        };
        var classDoc = Doc(page.MainClass);
        blocks.AddRange(Blocks(classDoc?.Element("summary"), page));
        blocks.AddRange(DocBlocks(classDoc, "remarks", page, skip: page.ToolTable));
        blocks.AddRange(DocBlocks(classDoc, "example", page, label: "Example:"));
        blocks.Add(page.ToolTable is null ? KpiTable(page) : ToolTable(page));
        foreach (var section in page.Sections)
        {
            blocks.AddRange(RenderSection(page, section));
        }

        return string.Join("\n\n", blocks.Where(b => b.Length > 0)) + "\n";
    }

    private static string KpiTable(Page page) =>
        Table(
            ["id", "English name", "French name", "unit", "direction", "bands"],
            page.Sections.Select(s => s.Definition).OfType<KpiDefinition>().Select(d => new[]
            {
                $"[{Code(d.Id)}](#{d.Id})",
                Escape(d.EnglishName),
                Escape(d.FrenchName),
                Escape(d.Unit),
                Words(d.Direction.ToString()),
                d.Bands is null ? string.Empty : string.Join("<br>", d.Bands.Describe().Select(Code)),
            }));

    private string ToolTable(Page page) =>
        Table(
            ["tool", "what", "API"],
            page.Sections.Where(s => s.ToolTitle is not null).Select(section => new[]
            {
                $"[{Code(section.Anchor)}](#{section.Anchor})",
                ToolTitleText(section, page),
                string.Join(", ", section.Types.Select(t => Code(ShortTypeName(t)))
                    .Concat(section.Members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Select(n => Code($"{page.MainClass.Name}.{n}")))),
            }));

    // A Markdown table; a pipe in a cell, code spans included, is escaped.
    private static string Table(string[] header, IEnumerable<string[]> rows)
    {
        static string Row(IEnumerable<string> cells) =>
            "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";

        return string.Join("\n", [Row(header), "|" + string.Concat(header.Select(_ => "---|")), .. rows.Select(Row)]).Replace("|  |", "| |", StringComparison.Ordinal);
    }

    private string ToolTitleText(Section section, Page page) =>
        Inline(section.ToolTitle!, page).TrimStart(':', ' ').Trim();

    private IEnumerable<string> RenderSection(Page page, Section section)
    {
        yield return $"<a id=\"{section.Anchor}\"></a>";
        if (section.Definition is { } d)
        {
            yield return $"## {Code(d.Id)}: {Escape(d.EnglishName)}";
            yield return DefinitionList(d, section, page);
        }
        else if (section.ToolTitle is not null)
        {
            yield return $"## {Code(section.Anchor)}: {ToolTitleText(section, page)}";
        }
        else
        {
            yield return $"## {section.Heading}";
        }

        foreach (var group in section.Members.GroupBy(m => m.Name, StringComparer.Ordinal))
        {
            foreach (var member in group)
            {
                foreach (var block in RenderMember(member, page, "###", anchor: AnchorOfResultId(member, page)))
                {
                    yield return block;
                }
            }
        }

        foreach (var type in section.Types)
        {
            foreach (var block in RenderType(type, page))
            {
                yield return block;
            }
        }
    }

    // A method named like a KpiIds constant that is no catalogue entry (NetRoi, net_roi) keeps the id as an anchor.
    private string? AnchorOfResultId(MemberInfo member, Page page)
    {
        if (member is not MethodInfo || !kpiIdConstants.TryGetValue(member.Name, out var id) || linkById.ContainsKey(id))
        {
            return null;
        }

        var first = page.Sections.SelectMany(s => s.Members).First(m => string.Equals(m.Name, member.Name, StringComparison.Ordinal) && m is MethodInfo);
        return first == member ? id : null;
    }

    private string DefinitionList(KpiDefinition d, Section section, Page page)
    {
        var lines = new List<string>
        {
            $"- French name: {Escape(d.FrenchName)}",
            $"- Formula: {Escape(d.Formula)}",
            $"- Unit: {Escape(d.Unit)} (result: {Words(d.ResultKind.ToString())})",
            $"- Direction: {Words(d.Direction.ToString())}",
        };
        if (d.Bands is { } bands)
        {
            var holder = section.Members.FirstOrDefault(m => m is PropertyInfo or FieldInfo && (m is PropertyInfo p ? p.PropertyType : ((FieldInfo)m).FieldType).IsAssignableTo(typeof(IBandSet)));
            lines.Add($"- Bands{(holder is null ? string.Empty : $" ({Link(DocId(holder), page)})")}, lowest values first:");
            foreach (var line in bands.Describe())
            {
                var level = line.Split(':')[0];
                var meaning = Doc(bands.LevelType.GetField(level) ?? (MemberInfo)bands.LevelType)?.Element("summary");
                lines.Add($"  - {Code(line)}{(meaning is null ? string.Empty : ": " + InlineBlocks(meaning, page))}");
            }
        }

        if (d.References.Count > 0)
        {
            lines.Add("- References:");
            lines.AddRange(d.References.Select(r => Uri.TryCreate(r, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? $"  - <{r}>" : $"  - {Escape(r)}"));
        }

        var overloads = section.Members.Count(m => m is MethodInfo && string.Equals(m.Name, d.CalculatorMethod, StringComparison.Ordinal));
        lines.Add($"- Calculator: {Code($"{d.CalculatorType.Name}.{d.CalculatorMethod}")}{(overloads > 1 ? $", {overloads} overloads" : string.Empty)}");
        return string.Join("\n", lines);
    }

    private IEnumerable<string> RenderMember(MemberInfo member, Page page, string level, string? anchor = null)
    {
        var doc = Doc(member);
        if (doc is null)
        {
            yield break;
        }

        if (anchor is not null)
        {
            yield return $"<a id=\"{anchor}\"></a>";
        }

        yield return $"{level} {Code(ReadableName(member))}";
        yield return "```csharp\n" + Declaration(member) + "\n```";
        foreach (var block in Blocks(doc.Element("summary"), page))
        {
            yield return block;
        }

        var typeParameters = doc.Elements("typeparam").ToList();
        if (typeParameters.Count > 0)
        {
            yield return "Type parameters:\n\n" + string.Join("\n", typeParameters.Select(p => $"- {Code((string?)p.Attribute("name") ?? "?")}: {InlineBlocks(p, page)}"));
        }

        var parameters = doc.Elements("param").ToList();
        if (parameters.Count > 0 && member is not Type and not PropertyInfo)
        {
            yield return "Parameters:\n\n" + string.Join("\n", parameters.Select(p => $"- {Code((string?)p.Attribute("name") ?? "?")}: {InlineBlocks(p, page)}"));
        }

        foreach (var block in Blocks(doc.Element("value"), page, label: "Value:"))
        {
            yield return block;
        }

        foreach (var block in Blocks(doc.Element("returns"), page, label: "Returns:"))
        {
            yield return block;
        }

        foreach (var block in DocBlocks(doc, "remarks", page))
        {
            yield return block;
        }

        var exceptions = doc.Elements("exception").ToList();
        if (exceptions.Count > 0)
        {
            yield return "Exceptions:\n\n" + string.Join("\n", exceptions.Select(e => $"- {Link((string?)e.Attribute("cref") ?? "?", page)}: {InlineBlocks(e, page)}"));
        }

        foreach (var block in DocBlocks(doc, "example", page, label: "Example:"))
        {
            yield return block;
        }
    }

    private IEnumerable<string> RenderType(Type type, Page page)
    {
        var doc = Doc(type);
        var primary = PrimaryConstructor(type, doc);
        yield return $"<a id=\"{TypeAnchor(type)}\"></a>";
        yield return $"### Type {Code(ShortTypeName(type))}";
        yield return "```csharp\n" + Declaration(type) + (primary is null ? string.Empty : "(" + Parameters(primary) + ")") + "\n```";
        if (doc is not null)
        {
            foreach (var block in Blocks(doc.Element("summary"), page))
            {
                yield return block;
            }

            var parameters = doc.Elements("param").ToList();
            if (primary is not null && parameters.Count > 0)
            {
                yield return "Parameters:\n\n" + string.Join("\n", parameters.Select(p => $"- {Code((string?)p.Attribute("name") ?? "?")}: {InlineBlocks(p, page)}"));
            }

            var typeParameters = doc.Elements("typeparam").ToList();
            if (typeParameters.Count > 0)
            {
                yield return "Type parameters:\n\n" + string.Join("\n", typeParameters.Select(p => $"- {Code((string?)p.Attribute("name") ?? "?")}: {InlineBlocks(p, page)}"));
            }

            foreach (var block in DocBlocks(doc, "remarks", page))
            {
                yield return block;
            }

            foreach (var block in DocBlocks(doc, "example", page, label: "Example:"))
            {
                yield return block;
            }
        }

        if (type.IsEnum)
        {
            yield return Table(
                ["value", "number", "meaning"],
                type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken).Select(f => new[]
                {
                    Code(f.Name),
                    Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                    InlineBlocks(Doc(f)?.Element("summary"), page),
                }));
            yield break;
        }

        foreach (var member in PublicMembers(type).Where(m => !IsNoise(m) && m != primary))
        {
            foreach (var block in RenderMember(member, page, "####"))
            {
                yield return block;
            }
        }
    }

    // Equality members say nothing a reader needs; members whose only doc is <inheritdoc/> neither.
    private bool IsNoise(MemberInfo member) =>
        member.Name is "Equals" or "GetHashCode" or "op_Equality" or "op_Inequality" or "Deconstruct" or "<Clone>$"
        || Doc(member) is not { } doc
        || !doc.Elements().Any(e => e.Name.LocalName != "inheritdoc");

    // ---------------------------------------------------------------- XML docs to Markdown

    private XElement? Doc(MemberInfo member) => docs.GetValueOrDefault(DocId(member));

    // Every element of a name (a member may have several examples), each labelled, in order.
    private List<string> DocBlocks(XElement? doc, string name, Page page, XElement? skip = null, string? label = null) =>
        doc?.Elements(name).SelectMany(e => Blocks(e, page, skip, label)).ToList() ?? [];

    // The blocks of an element: paragraphs, code blocks, lists; label prefixes the first one.
    private List<string> Blocks(XElement? element, Page page, XElement? skip = null, string? label = null)
    {
        var blocks = new List<string>();
        if (element is null)
        {
            return blocks;
        }

        var text = new StringBuilder();
        void Flush()
        {
            var paragraph = Collapse(text.ToString());
            text.Clear();
            if (paragraph.Length > 0)
            {
                blocks.Add(EscapeLineStart(paragraph));
            }
        }

        foreach (var node in element.Nodes())
        {
            if (node is XElement e && e == skip)
            {
                Flush();
                continue;
            }

            switch (node)
            {
                case XElement { Name.LocalName: "para" } para:
                    Flush();
                    blocks.AddRange(Blocks(para, page, skip));
                    break;
                case XElement { Name.LocalName: "code" } code:
                    Flush();
                    blocks.Add(CodeBlock(code.Value));
                    break;
                case XElement { Name.LocalName: "list" } list:
                    Flush();
                    blocks.Add(List(list, page));
                    break;
                default:
                    text.Append(Inline([node], page));
                    break;
            }
        }

        Flush();
        if (label is not null && blocks.Count > 0)
        {
            if (blocks[0].StartsWith("```", StringComparison.Ordinal) || blocks[0].StartsWith("- ", StringComparison.Ordinal) || blocks[0].StartsWith('|'))
            {
                blocks.Insert(0, label);
            }
            else
            {
                blocks[0] = label + " " + blocks[0];
            }
        }

        return blocks;
    }

    // An element as one line (a parameter, a list item): its blocks joined, code blocks as code spans.
    private string InlineBlocks(XElement? element, Page page)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement { Name.LocalName: "para" } para:
                    text.Append(' ').Append(InlineBlocks(para, page)).Append(' ');
                    break;
                case XElement { Name.LocalName: "code" } code:
                    text.Append(' ').Append(Code(Collapse(code.Value))).Append(' ');
                    break;
                default:
                    text.Append(Inline([node], page));
                    break;
            }
        }

        return EscapeLineStart(Collapse(text.ToString()));
    }

    private string Inline(IEnumerable<XNode> nodes, Page page)
    {
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText t:
                    text.Append(Escape(t.Value));
                    break;
                case XElement e:
                    text.Append(InlineElement(e, page));
                    break;
            }
        }

        return text.ToString();
    }

    private string InlineElement(XElement e, Page page)
    {
        switch (e.Name.LocalName)
        {
            case "c":
                var code = Collapse(e.Value);
                return linkById.TryGetValue(code, out var target) ? $"[{Code(code)}]({Href(target, page)})" : Code(code);
            case "see" or "seealso":
                if ((string?)e.Attribute("cref") is { } cref)
                {
                    return e.Nodes().Any() ? LinkWithText(cref, Inline(e.Nodes(), page), page) : Link(cref, page);
                }

                if ((string?)e.Attribute("langword") is { } word)
                {
                    return Code(word);
                }

                if ((string?)e.Attribute("href") is { } href)
                {
                    return $"[{(e.Nodes().Any() ? Inline(e.Nodes(), page) : Escape(href))}]({href})";
                }

                return Inline(e.Nodes(), page);
            case "a" when (string?)e.Attribute("href") is { } link:
                return $"[{Inline(e.Nodes(), page)}]({link})";
            case "paramref" or "typeparamref":
                return Code((string?)e.Attribute("name") ?? string.Empty);
            case "b" or "strong":
                return $"**{Collapse(Inline(e.Nodes(), page))}**";
            case "i" or "em":
                return $"*{Collapse(Inline(e.Nodes(), page))}*";
            case "br":
                return " ";
            case "para" or "code" or "list":
                return " " + InlineBlocks(e, page) + " ";
            default:
                return Inline(e.Nodes(), page);
        }
    }

    private string List(XElement list, Page page)
    {
        var type = (string?)list.Attribute("type") ?? "bullet";
        var items = list.Elements("item").ToList();
        if (type == "table")
        {
            var header = list.Element("listheader");
            return Table(
                header is null ? ["term", "description"] : [InlineBlocks(header.Element("term"), page), InlineBlocks(header.Element("description"), page)],
                items.Select(i => new[] { InlineBlocks(i.Element("term"), page), InlineBlocks(i.Element("description"), page) }));
        }

        var lines = items.Select((item, index) =>
        {
            var marker = type == "number" ? $"{index + 1}." : "-";
            var term = item.Element("term");
            var description = item.Element("description");
            var body = term is null && description is null
                ? InlineBlocks(item, page)
                : string.Join(": ", new[] { InlineBlocks(term, page), InlineBlocks(description, page) }.Where(s => s.Length > 0));
            return $"{marker} {body}";
        });
        return string.Join("\n", lines);
    }

    // A cref as a code span, linked when a page documents its target.
    private string Link(string cref, Page page) => LinkWithText(cref, Code(ReadableCref(cref)), page);

    private string LinkWithText(string cref, string text, Page page) =>
        linkByDocId.TryGetValue(cref, out var target) ? $"[{text}]({Href(target, page)})" : text;

    private static string Href(LinkTarget target, Page page) =>
        target.File == page.File ? (target.Anchor is null ? "#" : "#" + target.Anchor) : target.File + (target.Anchor is null ? string.Empty : "#" + target.Anchor);

    private static string CodeBlock(string value)
    {
        var lines = value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        var body = string.Join("\n", lines.Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()).TrimEnd()));
        var fence = body.Contains("```", StringComparison.Ordinal) ? "~~~" : "```";
        return $"{fence}csharp\n{body}\n{fence}";
    }

    private static string Code(string text)
    {
        var ticks = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return ticks + pad + text + pad + ticks;
    }

    private static string Collapse(string text) => WhitespaceRun().Replace(text, " ").Trim();

    // Markdown's special characters in prose; an underscore inside a word (ltv_to_cac) is no emphasis.
    private static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '`':
                    result.Append('\\').Append(c);
                    break;
                case ']' when i + 1 < text.Length && text[i + 1] is '(' or '[' or ':':
                    // Only "](", "][" and "]:" could make a link of plain brackets ([0 %, 100 %] cannot).
                    result.Append("\\]");
                    break;
                case '<' when i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'):
                    // Only what could open an HTML tag; "x < 30 %" stays as written.
                    result.Append("&lt;");
                    break;
                case '_':
                    var inWord = i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                    result.Append(inWord ? "_" : "\\_");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    // A paragraph that would start a heading, a list, a quote or a table is escaped.
    private static string EscapeLineStart(string paragraph) =>
        LineStartMarker().IsMatch(paragraph) ? "\\" + paragraph : paragraph;

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"^(#|>|[-+=] |\d+[.)] |\|)")]
    private static partial Regex LineStartMarker();

    // ---------------------------------------------------------------- names

    private static string Humanize(string name) =>
        Words(name) is { Length: > 0 } words ? char.ToUpperInvariant(words[0]) + words[1..] : name;

    // HigherIsBetter -> "higher is better", MoneyPerGroup -> "money per group".
    private static string Words(string pascal) =>
        string.Join(" ", WordStart().Split(pascal).Where(w => w.Length > 0)).ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();

    // type-funnel, type-change-tvalue-tdifference: unique, and never a KPI id (ids have no hyphen).
    private static string TypeAnchor(Type type) =>
        string.Join("-", new[] { "type", type.Name.Split('`')[0] }.Concat(type.IsGenericTypeDefinition ? type.GetGenericArguments().Select(a => a.Name) : [])).ToLowerInvariant();

    private static IEnumerable<MemberInfo> PublicMembers(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        IEnumerable<MemberInfo> members = type.IsEnum
            ? []
            : type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MemberInfo>()
                .Concat(type.GetFields(flags).OrderBy(f => f.MetadataToken))
                .Concat(type.GetProperties(flags).OrderBy(p => p.MetadataToken))
                .Concat(type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)).OrderBy(m => m.MetadataToken));
        return members.Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute)));
    }

    private string ReadableCref(string cref)
    {
        if (memberByDocId.TryGetValue(cref, out var member))
        {
            return ReadableName(member);
        }

        // A member of another assembly (System.TimeSpan, System.Math.Round...): its name from the id.
        var body = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var open = body.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? body : body[..open];
        var parameters = open < 0 ? string.Empty : "(" + string.Join(", ", SplitTypes(body[(open + 1)..^1]).Select(ShortDocType)) + ")";
        var segments = name.Split('.');
        var shortName = string.Join(".", segments.TakeLast(cref.StartsWith("T:", StringComparison.Ordinal) ? 1 : 2).Select(GenericName));
        return (Keyword(name) ?? shortName) + parameters;

        // EqualityComparer`1 -> EqualityComparer<T>: the parameters' names are not in the id.
        static string GenericName(string segment) => segment.Split('`') switch
        {
            [var plain] => plain,
            [var generic, var arity] when int.TryParse(arity, CultureInfo.InvariantCulture, out var count) =>
                generic + "<" + (count == 1 ? "T" : string.Join(", ", Enumerable.Range(1, count).Select(i => "T" + i.ToString(CultureInfo.InvariantCulture)))) + ">",
            var parts => parts[0],
        };
    }

    private static IEnumerable<string> SplitTypes(string list)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            depth += list[i] is '{' or '[' ? 1 : list[i] is '}' or ']' ? -1 : 0;
            if (list[i] == ',' && depth == 0)
            {
                yield return list[start..i];
                start = i + 1;
            }
        }

        if (list.Length > 0)
        {
            yield return list[start..];
        }
    }

    private static string ShortDocType(string docType)
    {
        if (docType.EndsWith('@'))
        {
            return ShortDocType(docType[..^1]);
        }

        if (docType.EndsWith("[]", StringComparison.Ordinal))
        {
            return ShortDocType(docType[..^2]) + "[]";
        }

        var brace = docType.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var outer = docType[..brace];
            var arguments = SplitTypes(docType[(brace + 1)..^1]).Select(ShortDocType).ToList();
            return outer == "System.Nullable" ? arguments[0] + "?" : ShortDocType(outer) + "<" + string.Join(", ", arguments) + ">";
        }

        return Keyword(docType) ?? docType.Split('.')[^1].Split('`')[0];
    }

    private static string? Keyword(string fullName) => fullName switch
    {
        "System.Boolean" => "bool",
        "System.Byte" => "byte",
        "System.SByte" => "sbyte",
        "System.Char" => "char",
        "System.Decimal" => "decimal",
        "System.Double" => "double",
        "System.Single" => "float",
        "System.Int16" => "short",
        "System.UInt16" => "ushort",
        "System.Int32" => "int",
        "System.UInt32" => "uint",
        "System.Int64" => "long",
        "System.UInt64" => "ulong",
        "System.Object" => "object",
        "System.String" => "string",
        "System.Void" => "void",
        _ => null,
    };

    // Acquisition.CustomerAcquisitionCost(Money, Money, long), Funnel.OverallRate, Change<TValue, TDifference>.
    private static string ReadableName(MemberInfo member)
    {
        if (member is Type type)
        {
            return ShortTypeName(type);
        }

        var owner = ShortTypeName(member.DeclaringType!);
        return member switch
        {
            ConstructorInfo c => owner + "(" + string.Join(", ", c.GetParameters().Select(p => TypeName(p.ParameterType, null, null))) + ")",
            MethodInfo m => owner + "." + m.Name
                + (m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty)
                + "(" + string.Join(", ", m.GetParameters().Select(p => TypeName(p.ParameterType, null, null))) + ")",
            _ => owner + "." + member.Name,
        };
    }

    private static string ShortTypeName(Type type)
    {
        var name = Keyword(type.FullName ?? string.Empty) ?? type.Name.Split('`')[0];
        if (type.IsGenericTypeDefinition)
        {
            name += "<" + string.Join(", ", type.GetGenericArguments().Select(a => a.Name)) + ">";
        }

        return type.IsNested ? ShortTypeName(type.DeclaringType!) + "." + name : name;
    }

    // ---------------------------------------------------------------- C# declarations

    private string Declaration(MemberInfo member)
    {
        switch (member)
        {
            case Type type:
                var kind = type.IsEnum ? "enum"
                    : type.IsInterface ? "interface"
                    : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
                    : IsRecord(type) ? "record" : "class";
                var modifiers = type.IsValueType
                    ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty)
                    : type.IsAbstract && type.IsSealed ? "static " : type.IsSealed && !type.IsEnum ? "sealed " : type.IsAbstract && !type.IsInterface ? "abstract " : string.Empty;
                return $"public {modifiers}{kind} {ShortTypeName(type)}";
            case ConstructorInfo c:
                return $"public {ShortTypeName(c.DeclaringType!).Split('<')[0]}({Parameters(c)})";
            case MethodInfo m:
                var generic = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                var returnType = TypeName(m.ReturnType, nullability.Create(m.ReturnParameter), TupleNames(m.ReturnParameter));
                var name = m.Name.StartsWith("op_", StringComparison.Ordinal) ? "operator " + m.Name[3..] : m.Name;
                var modifier = m.IsStatic ? "static " : m.IsVirtual && m.GetBaseDefinition() != m ? "override " : string.Empty;
                return $"public {modifier}{returnType} {name}{generic}({Parameters(m)})";
            case PropertyInfo p:
                var accessors = "get;" + (p.SetMethod is { IsPublic: true } set
                    ? set.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? " init;" : " set;"
                    : string.Empty);
                return $"public {(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{TypeName(p.PropertyType, nullability.Create(p), TupleNames(p))} {p.Name} {{ {accessors} }}";
            case FieldInfo f:
                var fieldType = TypeName(f.FieldType, nullability.Create(f), TupleNames(f));
                return f.IsLiteral
                    ? $"public const {fieldType} {f.Name} = {Literal(f.GetRawConstantValue(), f.FieldType)};"
                    : $"public {(f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{fieldType} {f.Name};";
            default:
                return member.Name;
        }
    }

    // The constructor of a positional record, documented by the <param> tags of the type itself.
    private static ConstructorInfo? PrimaryConstructor(Type type, XElement? doc)
    {
        var names = doc?.Elements("param").Select(p => (string?)p.Attribute("name")).ToList() ?? [];
        return IsRecord(type) && names.Count > 0
            ? type.GetConstructors().FirstOrDefault(c => c.GetParameters().Select(p => p.Name).SequenceEqual(names))
            : null;
    }

    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } m && m.IsDefined(typeof(CompilerGeneratedAttribute));

    private string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
    {
        var modifier = p.IsDefined(typeof(ParamArrayAttribute)) || p.IsDefined(typeof(ParamCollectionAttribute)) ? "params "
            : p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ")
            : method.IsDefined(typeof(ExtensionAttribute)) && p.Position == 0 ? "this "
            : string.Empty;
        var declaration = modifier + TypeName(p.ParameterType, nullability.Create(p), TupleNames(p)) + " " + p.Name;
        return p.HasDefaultValue ? declaration + " = " + Literal(p.DefaultValue, p.ParameterType) : declaration;
    }));

    private static Queue<string?>? TupleNames(ICustomAttributeProvider provider) =>
        provider.GetCustomAttributes(typeof(TupleElementNamesAttribute), false).OfType<TupleElementNamesAttribute>().FirstOrDefault() is { } names
            ? new Queue<string?>(names.TransformNames)
            : null;

    private static string Literal(object? value, Type type) => value switch
    {
        null => Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? "null" : "default",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
        char c => "'" + c + "'",
        Enum e => ShortTypeName(e.GetType()) + "." + e,
        IFormattable f when (Nullable.GetUnderlyingType(type) ?? type).IsEnum => ShortTypeName(Nullable.GetUnderlyingType(type) ?? type) + "." + Enum.ToObject(Nullable.GetUnderlyingType(type) ?? type, value),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "default",
    };

    // A type as C# writes it: keywords, generic arguments, T?, (string Channel, Money Spend) tuples.
    private static string TypeName(Type type, NullabilityInfo? info, Queue<string?>? tupleNames)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, info, tupleNames);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, info?.GenericTypeArguments.FirstOrDefault(), tupleNames) + "?";
        }

        var nullableReference = info is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, info?.ElementType, tupleNames) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + nullableReference;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + nullableReference;
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var infos = info?.GenericTypeArguments;
            var definition = type.GetGenericTypeDefinition();
            if (definition.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true)
            {
                var names = Enumerable.Range(0, arguments.Length).Select(_ => tupleNames is { Count: > 0 } ? tupleNames.Dequeue() : null).ToList();
                var elements = arguments.Select((a, i) => TypeName(a, infos?.ElementAtOrDefault(i), tupleNames) + (names[i] is { } n ? " " + n : string.Empty));
                return "(" + string.Join(", ", elements) + ")" + nullableReference;
            }

            var rendered = arguments.Select((a, i) => TypeName(a, infos?.ElementAtOrDefault(i), tupleNames));
            var outer = type.IsNested ? ShortTypeName(type.DeclaringType!) + "." : string.Empty;
            return outer + type.Name.Split('`')[0] + "<" + string.Join(", ", rendered) + ">" + nullableReference;
        }

        return ShortTypeName(type) + nullableReference;
    }

    // ---------------------------------------------------------------- XML doc ids

    private static string DocId(MemberInfo member) => member switch
    {
        Type t => "T:" + DocTypeDefinition(t),
        ConstructorInfo c => "M:" + DocTypeDefinition(c.DeclaringType!) + (c.IsStatic ? ".#cctor" : ".#ctor") + DocParameters(c),
        MethodInfo m => "M:" + DocTypeDefinition(m.DeclaringType!) + "." + m.Name
            + (m.IsGenericMethodDefinition ? "``" + m.GetGenericArguments().Length.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + DocParameters(m)
            + (m.Name is "op_Implicit" or "op_Explicit" ? "~" + DocType(m.ReturnType) : string.Empty),
        PropertyInfo p => "P:" + DocTypeDefinition(p.DeclaringType!) + "." + p.Name
            + (p.GetIndexParameters() is { Length: > 0 } index ? "(" + string.Join(",", index.Select(i => DocType(i.ParameterType))) + ")" : string.Empty),
        FieldInfo f => "F:" + DocTypeDefinition(f.DeclaringType!) + "." + f.Name,
        EventInfo e => "E:" + DocTypeDefinition(e.DeclaringType!) + "." + e.Name,
        _ => member.Name,
    };

    private static string DocTypeDefinition(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string DocParameters(MethodBase method) =>
        method.GetParameters() is { Length: > 0 } parameters ? "(" + string.Join(",", parameters.Select(p => DocType(p.ParameterType))) + ")" : string.Empty;

    private static string DocType(Type type)
    {
        if (type.IsByRef)
        {
            return DocType(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return DocType(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return DocType(type.GetElementType()!) + (rank == 1 ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var name = DocTypeDefinition(definition);
            return name[..name.LastIndexOf('`')] + "{" + string.Join(",", type.GetGenericArguments().Select(DocType)) + "}";
        }

        return DocTypeDefinition(type);
    }
}
