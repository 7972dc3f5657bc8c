using System;
using System.IO;
using System.Reflection;

namespace KpiFormulas.Charts;

/// <summary>
/// What a notebook (a file-based app in docs/notebooks) calls to show a chart: the chart is saved
/// next to the notebook as <c>&lt;notebook&gt;-&lt;name&gt;.svg</c> and a marker line
/// <c>[chart] &lt;file&gt;</c> is printed, which docs/tooling/render-notebooks.cs turns into an
/// image in the rendered Markdown.
/// </summary>
public static class Notebook
{
    /// <summary>The start of the line <see cref="Show(SvgChart, string)"/> prints; the rest of the line is the SVG's file name.</summary>
    public const string ChartMarker = "[chart] ";

    /// <summary>
    /// An environment variable that, when set, names the directory charts are saved to instead of
    /// the notebook's own directory (the renderer and CI use it to keep the working tree untouched).
    /// </summary>
    public const string OutputDirectoryVariable = "KPIFORMULAS_NOTEBOOK_OUTPUT";

    /// <summary>
    /// Saves <paramref name="chart"/> as <c>&lt;notebook&gt;-&lt;name&gt;.svg</c> next to the running
    /// notebook (or in <see cref="OutputDirectoryVariable"/>) and prints <c>[chart] &lt;file name&gt;</c>.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <param name="name">The chart's short name: lowercase letters and digits in dash-separated words, for example "allocation".</param>
    /// <returns>The file name (no directory), for example "01-quickstart-allocation.svg".</returns>
    public static string Show(SvgChart chart, string name) =>
        Show(chart, name, Console.Out, AppContext.GetData("EntryPointFilePath") as string, Environment.GetEnvironmentVariable(OutputDirectoryVariable));

    /// <summary><see cref="Show(SvgChart, string)"/> with its environment made explicit (for tests).</summary>
    internal static string Show(SvgChart chart, string name, TextWriter output, string? entryPointPath, string? outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(output);
        if (!IsChartName(name))
        {
            throw new ArgumentException($"Chart name \"{name}\" is not lowercase letters and digits in dash-separated words (like \"allocation\" or \"payback-curve\").", nameof(name));
        }

        var notebook = entryPointPath is null
            ? Assembly.GetEntryAssembly()?.GetName().Name ?? "notebook"
            : Path.GetFileNameWithoutExtension(entryPointPath);
        var directory = !string.IsNullOrEmpty(outputDirectory) ? outputDirectory
            : entryPointPath is null ? Environment.CurrentDirectory
            : Path.GetDirectoryName(Path.GetFullPath(entryPointPath)) ?? Environment.CurrentDirectory;
        Directory.CreateDirectory(directory);

        var fileName = $"{notebook}-{name}.svg";
        chart.Save(Path.Combine(directory, fileName));
        output.WriteLine(ChartMarker + fileName);
        return fileName;
    }

    private static bool IsChartName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
