using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KpiFormulas.Charts;

/// <summary>
/// Writes an SVG document element by element: escapes every text and attribute value, formats
/// every number in the invariant culture with at most two decimals, indents with two spaces and
/// ends lines with LF, so that the output is the same on every machine.
/// </summary>
internal sealed class SvgWriter
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>Common sans-serif faces; no quotes needed (CSS allows unquoted multi-word names).</summary>
    public const string FontFamily = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, Liberation Sans, DejaVu Sans, sans-serif";

    public const decimal FontSize = 12m;
    public const decimal TitleFontSize = 16m;
    public const string TextColor = "#1a1a1a";
    public const string MutedTextColor = "#555555";
    public const string GridColor = "#e3e3e3";
    public const string AxisColor = "#333333";

    private readonly StringBuilder text = new();
    private readonly Stack<string> open = new();

    /// <summary>Starts the document: XML declaration, root element, title, description, white background.</summary>
    public SvgWriter(string title, string description, decimal width, decimal height)
    {
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Open("svg",
            ("xmlns", Namespace),
            ("version", "1.1"),
            ("width", width),
            ("height", height),
            ("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            ("role", "img"),
            ("aria-labelledby", "chart-title chart-desc"),
            ("font-family", FontFamily),
            ("font-size", FontSize));
        Element("title", title, ("id", "chart-title"));
        Element("desc", description, ("id", "chart-desc"));
        Element("rect", null, ("x", 0), ("y", 0), ("width", width), ("height", height), ("fill", "#ffffff"));
        Element("text", title,
            ("class", "chart-title"), ("x", Layout.Margin), ("y", Layout.TitleBaseline),
            ("font-size", TitleFontSize), ("font-weight", "bold"), ("fill", TextColor));
    }

    /// <summary>Opens an element; <see cref="Close"/> closes it.</summary>
    public void Open(string name, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        Indent();
        StartTag(name, attributes);
        text.Append(">\n");
        open.Push(name);
    }

    /// <summary>Closes the innermost open element.</summary>
    public void Close()
    {
        var name = open.Pop();
        Indent();
        text.Append("</").Append(name).Append(">\n");
    }

    /// <summary>Writes a complete element: empty when <paramref name="content"/> is null, else with escaped text content.</summary>
    public void Element(string name, string? content, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        Indent();
        StartTag(name, attributes);
        if (content is null)
        {
            text.Append("/>\n");
            return;
        }

        text.Append('>').Append(Escape(content)).Append("</").Append(name).Append(">\n");
    }

    /// <summary>A text element with the usual defaults (12 px, dark grey, anchored as given).</summary>
    public void Text(decimal x, decimal y, string content, string anchor = "start", string? cssClass = null, string fill = TextColor, string? weight = null, decimal? size = null)
    {
        Element("text", content,
            ("class", cssClass), ("x", x), ("y", y), ("text-anchor", anchor == "start" ? null : anchor),
            ("font-size", size), ("font-weight", weight), ("fill", fill));
    }

    /// <summary>
    /// A text element made of runs (tspans) written on one line, so that no indentation whitespace
    /// slips between them. Each run is (text, font weight or null, fill or null).
    /// </summary>
    public void TextRuns(decimal x, decimal y, string? cssClass, params ReadOnlySpan<(string Text, string? Weight, string? Fill)> runs)
    {
        Indent();
        StartTag("text", [("class", cssClass), ("x", x), ("y", y), ("fill", TextColor)]);
        text.Append('>');
        foreach (var (content, weight, fill) in runs)
        {
            StartTag("tspan", [("font-weight", weight), ("fill", fill)]);
            text.Append('>').Append(Escape(content)).Append("</tspan>");
        }

        text.Append("</text>\n");
    }

    /// <summary>Closes every open element and returns the document.</summary>
    public string Finish()
    {
        while (open.Count > 0)
        {
            Close();
        }

        return text.ToString();
    }

    /// <summary>
    /// Escapes text for XML content and attribute values (&amp; &lt; &gt; " '), turns line breaks
    /// and tabs into spaces (SVG text does not wrap) and replaces characters XML 1.0 forbids with U+FFFD.
    /// </summary>
    public static string Escape(string value)
    {
        var result = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&apos;"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n' or '\t': result.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        result.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        result.Append('\uFFFD');
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>A coordinate or size: invariant culture, rounded half away from zero to two decimals, no trailing zeros, never "-0".</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private void StartTag(string name, ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        text.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            var formatted = value switch
            {
                null => null,
                decimal d => Number(d),
                int i => i.ToString(CultureInfo.InvariantCulture),
                string s => Escape(s),
                _ => throw new ArgumentException($"Attribute {attribute} has an unsupported value type {value.GetType().Name}.", nameof(attributes)),
            };
            if (formatted is not null)
            {
                text.Append(' ').Append(attribute).Append("=\"").Append(formatted).Append('"');
            }
        }
    }

    private void Indent() => text.Append(' ', open.Count * 2);
}
