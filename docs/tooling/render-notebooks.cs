#:project KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false

// Renders every notebook in docs/notebooks to Markdown next to it: docs/notebooks/<name>.md, with
// the real output of each code cell and the charts it showed (docs/notebooks/<name>-<chart>.svg).
//
//   dotnet run docs/tooling/render-notebooks.cs                   render all notebooks
//   dotnet run docs/tooling/render-notebooks.cs -- 01-quickstart  render the notebooks named
//   dotnet run docs/tooling/render-notebooks.cs -- --check        render into a temporary folder and
//                                                                 fail, listing the files, when a
//                                                                 committed rendering is stale (CI)
//
// Each notebook runs as an instrumented copy under artifacts/notebooks/<name>/ (see
// NotebookDocument.Instrument), from the repository root, with a fixed culture (invariant) and
// time zone (UTC), so that the renderings are the same on every machine.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using KpiFormulas.Charts;

var check = args.Contains("--check");
var unknown = args.Where(a => a.StartsWith('-') && a != "--check").ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown option {unknown[0]}. Usage: dotnet run docs/tooling/render-notebooks.cs [-- [--check] [notebook names]]");
    return 2;
}

var toolingDirectory = AppContext.GetData("EntryPointFileDirectoryPath") as string
    ?? throw new InvalidOperationException("Run this file with `dotnet run docs/tooling/render-notebooks.cs`.");
var root = Path.GetFullPath(Path.Combine(toolingDirectory, "..", ".."));
var notebooksDirectory = Path.Combine(root, "docs", "notebooks");
var allNotebooks = Directory.GetFiles(notebooksDirectory, "*.cs").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
var names = args.Where(a => !a.StartsWith('-')).Select(a => Path.GetFileNameWithoutExtension(a)).ToList();
var missing = names.Except(allNotebooks, StringComparer.Ordinal).ToList();
if (missing.Count > 0)
{
    Console.Error.WriteLine($"No notebook docs/notebooks/{missing[0]}.cs.");
    return 2;
}

var selected = names.Count > 0 ? allNotebooks.Intersect(names, StringComparer.Ordinal).ToList() : allNotebooks;
var outputDirectory = check ? Directory.CreateTempSubdirectory("kpi-notebooks-").FullName : notebooksDirectory;
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var problems = new List<string>();
try
{
    foreach (var name in selected)
    {
        Console.WriteLine($"render docs/notebooks/{name}.cs");
        var charts = Render(name);
        if (charts is null)
        {
            return 1;
        }

        // Charts a notebook no longer shows: deleted when rendering, reported when checking.
        // (A longer notebook name sharing the prefix owns its own charts.)
        var stale = Directory.GetFiles(notebooksDirectory, $"{name}-*.svg").Select(Path.GetFileName).OfType<string>()
            .Where(file => !charts.Contains(file) && !allNotebooks.Any(other => other.Length > name.Length && file.StartsWith(other + "-", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
        foreach (var file in stale)
        {
            if (check)
            {
                problems.Add($"docs/notebooks/{file}: stale, the notebook no longer shows this chart");
            }
            else
            {
                File.Delete(Path.Combine(notebooksDirectory, file));
                Console.WriteLine($"  deleted docs/notebooks/{file} (no longer shown)");
            }
        }

        if (check)
        {
            foreach (var file in charts.Prepend($"{name}.md"))
            {
                Compare(file);
            }
        }
    }
}
finally
{
    if (check)
    {
        Directory.Delete(outputDirectory, recursive: true);
    }
}

if (problems.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"{problems.Count} rendering(s) differ from a fresh rendering:");
    foreach (var problem in problems)
    {
        Console.WriteLine($"  {problem}");
    }

    Console.WriteLine("Run `dotnet run docs/tooling/render-notebooks.cs` and commit the result.");
    return 1;
}

Console.WriteLine(check ? $"{selected.Count} notebook rendering(s) up to date." : $"{selected.Count} notebook(s) rendered.");
return 0;

// Runs the instrumented copy of notebook `name`, writes <name>.md and its charts to the output
// directory, and returns the charts' file names (null, after reporting, if the notebook failed).
SortedSet<string>? Render(string name)
{
    var source = Path.Combine(notebooksDirectory, $"{name}.cs");
    NotebookDocument notebook;
    try
    {
        notebook = NotebookDocument.Parse(File.ReadAllText(source));
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine($"docs/notebooks/{name}.cs: {e.Message}");
        return null;
    }

    var work = Path.Combine(root, "artifacts", "notebooks", name);
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }

    var chartDirectory = Directory.CreateDirectory(Path.Combine(work, "charts")).FullName;
    var copy = Path.Combine(work, $"{name}.cs");
    File.WriteAllText(copy, notebook.Instrument(source), utf8);

    var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
    {
        WorkingDirectory = root,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        StandardOutputEncoding = utf8,
        StandardErrorEncoding = utf8,
        UseShellExecute = false,
    };
    start.ArgumentList.Add("run");
    start.ArgumentList.Add(copy);
    start.Environment[Notebook.OutputDirectoryVariable] = chartDirectory;
    start.Environment["LANG"] = "C.UTF-8";
    start.Environment["LC_ALL"] = "C.UTF-8";
    start.Environment["TZ"] = "UTC";
    start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
    start.Environment["DOTNET_NOLOGO"] = "1";

    using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
    var errors = process.StandardError.ReadToEndAsync();
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine($"docs/notebooks/{name}.cs failed (exit code {process.ExitCode}); the copy that ran is {Path.GetRelativePath(root, copy)}.");
        Console.Error.Write(output);
        Console.Error.Write(errors.Result);
        return null;
    }

    if (errors.Result.Length > 0)
    {
        Console.Error.Write(errors.Result);
    }

    var charts = new SortedSet<string>(StringComparer.Ordinal);
    string markdown;
    try
    {
        markdown = notebook.ToMarkdown($"{name}.cs", output, file =>
        {
            var path = Path.Combine(chartDirectory, file);
            if (!file.StartsWith(name + "-", StringComparison.Ordinal) || !File.Exists(path))
            {
                throw new FormatException($"The notebook printed \"{Notebook.ChartMarker}{file}\" but did not save that chart with Notebook.Show.");
            }

            charts.Add(file);
            return XDocument.Load(path).Root?.Element(XName.Get("title", "http://www.w3.org/2000/svg"))?.Value ?? file;
        });
    }
    catch (FormatException e)
    {
        Console.Error.WriteLine($"docs/notebooks/{name}.cs: {e.Message}");
        return null;
    }

    File.WriteAllText(Path.Combine(outputDirectory, $"{name}.md"), markdown, utf8);
    foreach (var file in charts)
    {
        File.Copy(Path.Combine(chartDirectory, file), Path.Combine(outputDirectory, file), overwrite: true);
    }

    Console.WriteLine($"  docs/notebooks/{name}.md" + string.Concat(charts.Select(c => $", {c}")));
    return charts;
}

// Compares a fresh rendering with the committed file of the same name in docs/notebooks.
void Compare(string file)
{
    var committed = Path.Combine(notebooksDirectory, file);
    if (!File.Exists(committed))
    {
        problems.Add($"docs/notebooks/{file}: missing, never rendered");
        return;
    }

    var expected = File.ReadAllText(Path.Combine(outputDirectory, file), utf8).Split('\n');
    var actual = File.ReadAllText(committed, utf8).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
    {
        var fresh = i < expected.Length ? expected[i] : "(end of file)";
        var old = i < actual.Length ? actual[i] : "(end of file)";
        if (fresh != old)
        {
            problems.Add($"docs/notebooks/{file}: differs at line {i + 1}\n      committed: {Shorten(old)}\n      fresh:     {Shorten(fresh)}");
            return;
        }
    }
}

static string Shorten(string line) => line.Length <= 100 ? line : string.Concat(line.AsSpan(0, 97), "...");
