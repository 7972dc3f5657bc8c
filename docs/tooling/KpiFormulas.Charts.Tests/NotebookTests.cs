using System;
using System.Globalization;
using System.IO;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public sealed class NotebookTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("kpi-notebook-tests-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Show_saves_the_chart_next_to_the_notebook_and_prints_a_marker()
    {
        var chart = Chart.Bars("Allocation", "Amount", [("A", 1m)], new ValueFormat("N0", CultureInfo.InvariantCulture));
        using var output = new StringWriter();

        var file = Notebook.Show(chart, "allocation", output, Path.Combine(directory, "01-quickstart.cs"), outputDirectory: null);

        Assert.Equal("01-quickstart-allocation.svg", file);
        Assert.Equal(chart.Markup, File.ReadAllText(Path.Combine(directory, file)));
        Assert.Equal("[chart] 01-quickstart-allocation.svg" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Show_writes_to_the_output_directory_when_one_is_given()
    {
        var elsewhere = Path.Combine(directory, "out");
        using var output = new StringWriter();

        Notebook.Show(Chart.Bars("B", "Amount", [("A", 1m)], new ValueFormat("N0", CultureInfo.InvariantCulture)), "payback-curve", output, "/somewhere/02-roi.cs", elsewhere);

        Assert.True(File.Exists(Path.Combine(elsewhere, "02-roi-payback-curve.svg")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Allocation")]
    [InlineData("my chart")]
    [InlineData("-chart")]
    [InlineData("chart-")]
    [InlineData("a--b")]
    [InlineData("../x")]
    public void Show_refuses_names_that_are_not_dash_separated_lowercase_words(string name)
    {
        using var output = new StringWriter();
        Assert.Throws<ArgumentException>(() => Notebook.Show(Chart.Bars("B", "Amount", [("A", 1m)], new ValueFormat("N0", CultureInfo.InvariantCulture)), name, output, Path.Combine(directory, "n.cs"), null));
    }
}
