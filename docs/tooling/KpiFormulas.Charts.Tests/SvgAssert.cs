using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

/// <summary>Parses a chart and checks what every chart must be: well-formed standalone SVG with a size, a viewBox and a title.</summary>
internal static class SvgAssert
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement WellFormed(SvgChart chart, string expectedTitle)
    {
        var document = XDocument.Parse(chart.Markup);
        var root = document.Root!;
        Assert.Equal(Ns + "svg", root.Name);
        Assert.Equal("1.1", (string?)root.Attribute("version"));
        var width = Number(root, "width");
        var height = Number(root, "height");
        Assert.True(width > 0 && height > 0);
        Assert.Equal($"0 0 {Format(width)} {Format(height)}", (string?)root.Attribute("viewBox"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)root.Attribute("font-family")));

        // The title comes first (what screen readers and browsers show), then a text description.
        var first = root.Elements().First();
        Assert.Equal(Ns + "title", first.Name);
        Assert.Equal(expectedTitle, first.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Ns + "desc")?.Value));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", chart.Markup, System.StringComparison.Ordinal);
        Assert.EndsWith("</svg>\n", chart.Markup, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\r", chart.Markup, System.StringComparison.Ordinal);
        return root;
    }

    public static decimal Number(XElement element, string attribute) =>
        decimal.Parse((string?)element.Attribute(attribute) ?? throw new Xunit.Sdk.XunitException($"<{element.Name.LocalName}> has no {attribute}"), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static XElement[] WithClass(XElement root, string name, string cssClass) =>
        root.Descendants(Ns + name).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true).ToArray();

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
