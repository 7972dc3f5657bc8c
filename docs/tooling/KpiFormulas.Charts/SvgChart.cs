using System;
using System.IO;
using System.Text;

namespace KpiFormulas.Charts;

/// <summary>
/// A chart rendered as a standalone SVG 1.1 document. The markup is deterministic: the same input
/// gives the same text on every machine and in every culture.
/// </summary>
public sealed class SvgChart
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    internal SvgChart(string title, string markup)
    {
        Title = title;
        Markup = markup;
    }

    /// <summary>The chart's title, as given (also the SVG's &lt;title&gt;).</summary>
    public string Title { get; }

    /// <summary>The SVG document: UTF-8 XML, LF line endings, ending with a newline.</summary>
    public string Markup { get; }

    /// <summary>Writes the SVG document to <paramref name="path"/> (UTF-8 without BOM), replacing any file there.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, Markup, Utf8NoBom);
    }

    /// <summary>The SVG document.</summary>
    public override string ToString() => Markup;
}
