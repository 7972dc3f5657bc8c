#:project ../../src/KpiFormulas.Excel/KpiFormulas.Excel.csproj
#:property PublishAot=false

// Writes src/KpiFormulas.Excel/Generated/FunctionDescriptions.g.cs, the description and the argument
// descriptions of every worksheet function, which KpiFunctions.Describe() serves to add-ins, and the
// list of functions of docs/excel.md (between its two markers). Each text has one source:
//   - a KPI's function ([WorksheetFunction(..., KpiId = ...)]): the catalogue entry (English name, unit,
//     formula), then the method's <returns> (only its first clause when the whole would pass the 255
//     characters Excel shows);
//   - any other function (a part of a KPI, a band, a tracking tool): its <summary> after "KPI.X: ",
//     then its <returns>;
//   - each argument: the method's <param>, or the same argument of the function that an
//     <inheritdoc cref="..."/> names (for the whole member, or inside one <param>).
//
//   dotnet run docs/tooling/generate-worksheet-descriptions.cs              write the file
//   dotnet run docs/tooling/generate-worksheet-descriptions.cs -- --check   fail when a committed
//                                                                           file is stale (CI)

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KpiFormulas.Catalog;
using KpiFormulas.Excel;

const int ExcelLimit = 255;
const string ListStart = "<!-- The list below is written by docs/tooling/generate-worksheet-descriptions.cs: edit the sources, not the list. -->";
const string ListEnd = "<!-- End of the generated list. -->";

var check = args.Contains("--check");
if (args.Any(a => a != "--check"))
{
    Console.Error.WriteLine("Usage: dotnet run docs/tooling/generate-worksheet-descriptions.cs [-- --check]");
    return 2;
}

var toolingDirectory = AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this file with `dotnet run docs/tooling/generate-worksheet-descriptions.cs`.");
var root = Path.GetFullPath(Path.Combine(toolingDirectory, "..", ".."));
var target = Path.Combine(root, "src", "KpiFormulas.Excel", "Generated", "FunctionDescriptions.g.cs");

var assembly = typeof(KpiFunctions).Assembly;
var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
if (!File.Exists(xmlPath))
{
    Console.Error.WriteLine($"No XML docs next to {assembly.Location}: KpiFormulas.Excel must build with GenerateDocumentationFile.");
    return 1;
}

var members = XDocument.Load(xmlPath).Root!.Element("members")!.Elements("member")
    .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
var methods = typeof(KpiFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
    .Where(m => m.IsDefined(typeof(WorksheetFunctionAttribute), inherit: false))
    .OrderBy(m => m.MetadataToken)
    .ToList();
var worksheetNames = methods.ToDictionary(m => m.Name, m => m.GetCustomAttribute<WorksheetFunctionAttribute>()!.Name, StringComparer.Ordinal);

var problems = new List<string>();
var entries = new List<(string Method, string Description, List<string> Arguments)>();
var reference = new List<(string Signature, string Description, List<(string Name, string Description)> Arguments)>();
foreach (var method in methods)
{
    var function = method.GetCustomAttribute<WorksheetFunctionAttribute>()!;
    var member = MemberOf(method.Name);
    if (member is null)
    {
        problems.Add($"{function.Name}: no XML docs for KpiFunctions.{method.Name}");
        continue;
    }

    var returns = Sentence(Render(member.Element("returns"), function.Name));
    string head;
    if (function.KpiId is { } id)
    {
        if (!KpiCatalog.TryGet(id, out var definition))
        {
            problems.Add($"{function.Name}: KpiId \"{id}\" is not a catalogue id");
            continue;
        }

        head = Sentence($"{definition.EnglishName} ({definition.Unit}): {definition.Formula}");
    }
    else
    {
        var summary = Render(member.Element("summary"), function.Name);
        var prefix = function.Name + ": ";
        if (!summary.StartsWith(prefix, StringComparison.Ordinal))
        {
            problems.Add($"{function.Name}: a function without KpiId describes itself in its summary, which must start with \"<c>{function.Name}</c>: \"");
            continue;
        }

        head = Sentence(char.ToUpperInvariant(summary[prefix.Length]) + summary[(prefix.Length + 1)..]);
    }

    if (returns.Length == 0)
    {
        problems.Add($"{function.Name}: no <returns>");
    }

    // Excel's function wizard shows 255 characters: past them, the result's first clause (what it
    // is, before the errors) stands for the whole <returns>.
    var description = head + " " + returns;
    if (description.Length > ExcelLimit)
    {
        description = head + " " + Sentence(returns.Split(';')[0].TrimEnd('.'));
    }

    if (description.Length > ExcelLimit)
    {
        problems.Add($"{function.Name}: the description has {description.Length} characters, Excel shows {ExcelLimit}: \"{description}\"");
    }

    var parameters = Parameters(member);
    var arguments = new List<string>();
    foreach (var parameter in method.GetParameters())
    {
        var text = parameters.TryGetValue(parameter.Name!, out var element) ? Render(element, function.Name) : string.Empty;
        if (text.Length == 0)
        {
            problems.Add($"{function.Name}: no <param name=\"{parameter.Name}\">");
        }
        else if (text.Length > ExcelLimit)
        {
            problems.Add($"{function.Name}: the description of {parameter.Name} has {text.Length} characters, Excel shows {ExcelLimit}");
        }

        arguments.Add(Sentence(text));
    }

    entries.Add((method.Name, description, arguments));
    var names = method.GetParameters().Select(p => SnakeCase(p.Name!)).ToList();
    var signature = $"{function.Name}({string.Join(", ", method.GetParameters().Select((p, i) => p.IsDefined(typeof(OptionalAttribute)) ? $"[{names[i]}]" : names[i]))})";
    reference.Add((signature, description, names.Zip(arguments).ToList()));
}

if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

var docs = Path.Combine(root, "docs", "excel.md");
var docsText = File.ReadAllText(docs);
var start = docsText.IndexOf(ListStart, StringComparison.Ordinal);
var end = docsText.IndexOf(ListEnd, StringComparison.Ordinal);
if (start < 0 || end < start)
{
    Console.Error.WriteLine($"docs/excel.md lacks the markers of the generated list: {ListStart} ... {ListEnd}");
    return 1;
}

var outputs = new[]
{
    (Path: target, Text: Write(entries)),
    (Path: docs, Text: docsText[..(start + ListStart.Length)] + "\n" + Reference(reference) + docsText[end..]),
};
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var stale = 0;
foreach (var (path, text) in outputs)
{
    var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
    var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    if (string.Equals(committed, text, StringComparison.Ordinal))
    {
        Console.WriteLine($"{relative} is current ({entries.Count} functions)");
    }
    else if (check)
    {
        var expected = text.Split('\n');
        var actual = committed.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .First(i => i >= expected.Length || i >= actual.Length || !string.Equals(expected[i], actual[i], StringComparison.Ordinal));
        Console.Error.WriteLine($"{relative} is stale from line {line + 1}:");
        Console.Error.WriteLine($"  committed: {(line < actual.Length ? actual[line].Trim() : "(end of file)")}");
        Console.Error.WriteLine($"  generated: {(line < expected.Length ? expected[line].Trim() : "(end of file)")}");
        stale++;
    }
    else
    {
        File.WriteAllText(path, text, utf8);
        Console.WriteLine($"wrote {relative} ({entries.Count} functions)");
    }
}

if (stale > 0)
{
    Console.Error.WriteLine("Run `dotnet run docs/tooling/generate-worksheet-descriptions.cs` and commit the files.");
    return 1;
}

return 0;

// The XML docs of one method of KpiFunctions (the methods have no overloads).
XElement? MemberOf(string method)
{
    var prefix = $"M:{typeof(KpiFunctions).FullName}.{method}(";
    var found = members.Where(m => m.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Value).ToList();
    return found.Count == 1 ? found[0] : null;
}

// The <param> elements of a member, its own first, then those its <inheritdoc> elements point to.
Dictionary<string, XElement> Parameters(XElement member)
{
    var parameters = new Dictionary<string, XElement>(StringComparer.Ordinal);
    foreach (var param in member.Elements("param"))
    {
        var name = (string)param.Attribute("name")!;
        if (param.Element("inheritdoc") is { } inner)
        {
            // <param name="x"><inheritdoc cref="Other(...)"/></param>: the same argument of another function.
            var cref = (string?)inner.Attribute("cref");
            if (cref is null || !members.TryGetValue(cref, out var other) || !Parameters(other).TryGetValue(name, out var inherited))
            {
                throw new InvalidOperationException($"{member.Attribute("name")}: <param name=\"{name}\"><inheritdoc/></param> needs the cref of a function with that parameter.");
            }

            parameters[name] = inherited;
        }
        else
        {
            parameters[name] = param;
        }
    }

    foreach (var inherit in member.Elements("inheritdoc"))
    {
        var cref = (string?)inherit.Attribute("cref");
        if (cref is null || !members.TryGetValue(cref, out var source))
        {
            throw new InvalidOperationException($"{member.Attribute("name")}: <inheritdoc> needs the cref of another member of KpiFunctions.");
        }

        // The two paths the C# compiler and IntelliSense agree on for parameters: all, or one by name.
        var path = (string?)inherit.Attribute("path") ?? "/param";
        var one = Regex.Match(path, @"^/param\[@name='(?<name>\w+)'\]$");
        if (path != "/param" && !one.Success)
        {
            throw new InvalidOperationException($"{member.Attribute("name")}: <inheritdoc path=\"{path}\"> is neither /param nor /param[@name='x'].");
        }

        foreach (var (name, param) in Parameters(source))
        {
            if (path == "/param" || name == one.Groups["name"].Value)
            {
                parameters.TryAdd(name, param);
            }
        }
    }

    return parameters;
}

// The plain text of a doc element: <c> and <paramref> become their text, a <see cref> to another
// function its worksheet name, whitespace is collapsed.
string Render(XElement? element, string function)
{
    if (element is null)
    {
        return string.Empty;
    }

    var text = new StringBuilder();
    foreach (var node in element.Nodes())
    {
        text.Append(node switch
        {
            XText plain => plain.Value,
            XElement { Name.LocalName: "c" } code => Render(code, function),
            XElement { Name.LocalName: "paramref" } reference => SnakeCase((string)reference.Attribute("name")!),
            XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => word.Value,
            XElement { Name.LocalName: "see" } see => NameOf((string)see.Attribute("cref")!),
            XElement other => throw new InvalidOperationException($"{function}: <{other.Name}> cannot be shown in Excel; use plain text or <c>."),
            _ => string.Empty,
        });
    }

    return Regex.Replace(text.ToString(), @"\s+", " ").Trim();
}

// A cref as a reader of the function wizard knows it: another function by its worksheet name, a
// catalogue id constant by its id, anything else by its last name.
string NameOf(string cref)
{
    var withoutArguments = cref.Split('(')[0];
    var name = withoutArguments[(withoutArguments.LastIndexOf('.') + 1)..];
    if (cref.StartsWith($"M:{typeof(KpiFunctions).FullName}.", StringComparison.Ordinal) && worksheetNames.TryGetValue(name, out var worksheetName))
    {
        return worksheetName;
    }

    return cref.StartsWith("F:KpiFormulas.KpiIds.", StringComparison.Ordinal)
        ? (string)typeof(KpiFormulas.KpiIds).GetField(name)!.GetRawConstantValue()!
        : name;
}

// A C# parameter name as the argument name Excel shows: newCustomers is new_customers.
static string SnakeCase(string name) =>
    string.Concat(name.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

// A text ending with a full stop.
static string Sentence(string text) =>
    text.Length == 0 || text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

static string Literal(string text) =>
    "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

// The list of docs/excel.md: every function in alphabetical order, its description and its arguments.
static string Reference(List<(string Signature, string Description, List<(string Name, string Description)> Arguments)> functions)
{
    var text = new StringBuilder();
    foreach (var (signature, description, arguments) in functions.OrderBy(f => f.Signature, StringComparer.Ordinal))
    {
        text.Append("\n- `").Append(signature).Append("`: ").Append(Markdown(description)).Append('\n');
        foreach (var (name, argument) in arguments)
        {
            text.Append("  - `").Append(name).Append("`: ").Append(Markdown(argument)).Append('\n');
        }
    }

    return text.Append('\n').ToString();
}

// Plain text in Markdown: the characters that would start markup are escaped.
static string Markdown(string text) =>
    Regex.Replace(text, @"[\\`*_<>\[\]|]", match => "\\" + match.Value);

static string Write(List<(string Method, string Description, List<string> Arguments)> entries)
{
    var source = new StringBuilder();
    source.Append("""
        // <auto-generated>
        //   Written by docs/tooling/generate-worksheet-descriptions.cs from the catalogue (KpiCatalog) and the XML
        //   docs of KpiFunctions. Do not edit: change those sources, then run
        //   dotnet run docs/tooling/generate-worksheet-descriptions.cs
        // </auto-generated>

        namespace KpiFormulas.Excel;

        /// <summary>The description and argument descriptions of each worksheet function, by method of <see cref="KpiFunctions"/>.</summary>
        internal static class FunctionDescriptions
        {
            /// <summary>Every function in declaration order: method name, description, one description per parameter.</summary>
            internal static (string Method, string Description, string[] Arguments)[] All { get; } =
            [

        """);
    foreach (var (method, description, arguments) in entries)
    {
        source.Append("        (\n");
        source.Append("            ").Append(Literal(method)).Append(",\n");
        source.Append("            ").Append(Literal(description)).Append(",\n");
        source.Append("            [\n");
        foreach (var argument in arguments)
        {
            source.Append("                ").Append(Literal(argument)).Append(",\n");
        }

        source.Append("            ]),\n");
    }

    source.Append("    ];\n}\n");
    return source.ToString();
}
