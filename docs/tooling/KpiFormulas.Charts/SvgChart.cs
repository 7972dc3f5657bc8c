using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace KpiFormulas.Charts;

/// <summary>
/// A chart drawn by <see cref="Chart"/>, as a standalone SVG document with a title and a text
/// description. The markup is deterministic: the same input gives the same bytes on every run and
/// on every machine with the same fonts.
/// </summary>
public sealed partial class SvgChart
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private SvgChart(string title, string markup)
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

    /// <summary>
    /// Wraps the SVG that ScottPlot drew: adds the title, the description, a viewBox (so that the
    /// chart scales in a page) and a generic fallback font; numbers the clip paths and images from
    /// the start of the document (SkiaSharp numbers them across the whole process, which would make
    /// a chart's bytes depend on the charts drawn before it); and drops the trailing commas SkiaSharp
    /// leaves in glyph position lists, which SVG 1.1's grammar for a list of coordinates does not
    /// allow (browsers tolerate them, stricter SVG readers need not).
    /// </summary>
    internal static SvgChart FromScottPlot(string title, string description, string svg, int width, int height)
    {
        var markup = svg.Replace("\r\n", "\n", StringComparison.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        markup = IdPattern().Replace(markup, match =>
        {
            var id = match.Groups["id"].Value;
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = string.Create(CultureInfo.InvariantCulture, $"{match.Groups["kind"].Value}{ids.Count}");
                ids.Add(id, renamed);
            }

            return $"{match.Groups["before"].Value}{renamed}";
        });

        markup = TrailingCommaPattern().Replace(markup, "\"");
        markup = markup.Replace("font-family=\"" + Chart.FontFamily + "\"", "font-family=\"" + Chart.FontFamily + ", sans-serif\"", StringComparison.Ordinal);

        var open = RootPattern().Match(markup);
        if (!open.Success)
        {
            throw new InvalidOperationException("ScottPlot's SVG has no <svg width height> root.");
        }

        var header = string.Create(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n\t{new XElement("title", title)}\n\t{new XElement("desc", description)}");
        markup = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + header + markup[(open.Index + open.Length)..].TrimEnd() + "\n";
        return new SvgChart(title, markup);
    }

    // An id and every reference to it: id="cl_4", url(#cl_4), xlink:href="#img_0".
    [GeneratedRegex(@"(?<before>id=""|url\(#|href=""#)(?<id>(?<kind>cl|img)_[0-9a-f]+)")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@", """)]
    private static partial Regex TrailingCommaPattern();

    [GeneratedRegex(@"^(<\?xml[^>]*\?>\s*)?<svg [^>]*>", RegexOptions.Singleline)]
    private static partial Regex RootPattern();
}
