using System;
using System.IO;
using System.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public class NotebookDocumentTests
{
    private const string Sample = """
        #:project ../../src/KpiFormulas/KpiFormulas.csproj
        #:property PublishAot=false
        // %% [markdown]
        // # Title
        //
        // Some *text*.

        // %%
        using System;
        using static System.Math;
        using Alias = System.Text.StringBuilder;

        var x = Max(1, 2);
        Console.WriteLine($"x = {x}");

        // %% [markdown]
        // ## Second

        // %%
        if (x > 1)
        {
            Console.WriteLine("big");
        }

        Console.WriteLine("[chart] sample-bars.svg");
        Console.WriteLine("after");
        """;

    [Fact]
    public void Cells_are_split_at_percent_lines()
    {
        var notebook = NotebookDocument.Parse(Sample);

        Assert.Equal(
            [NotebookCellKind.Markdown, NotebookCellKind.Code, NotebookCellKind.Markdown, NotebookCellKind.Code],
            notebook.Cells.Select(c => c.Kind));
        Assert.Equal([4, 9, 17, 20], notebook.Cells.Select(c => c.FirstLine));
        Assert.Equal("// # Title", notebook.Cells[0].Lines[0]);
    }

    [Fact]
    public void Markers_go_after_the_using_directives()
    {
        var notebook = NotebookDocument.Parse(Sample);

        // 0-based file lines: the first code cell's statements start on line 12 (after three usings
        // and a blank line, the marker goes right after the last using, line 11), the second cell's on line 19.
        Assert.Equal(11, notebook.MarkerInsertions[1]);
        Assert.Equal(19, notebook.MarkerInsertions[3]);
        Assert.Equal(2, notebook.MarkerInsertions.Count);
    }

    [Fact]
    public void The_instrumented_copy_prints_markers_and_points_back_to_the_notebook()
    {
        var path = Path.Combine(Path.GetTempPath(), "nb", "docs", "notebooks", "sample.cs");
        var copy = NotebookDocument.Parse(Sample).Instrument(path).Split('\n');

        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "../../src/KpiFormulas/KpiFormulas.csproj"));
        Assert.Equal($"#:project {project}", copy[0]);
        Assert.Equal("#:property PublishAot=false", copy[1]);
        Assert.Equal("using Alias = System.Text.StringBuilder;", copy[10]);
        Assert.Equal("global::System.Console.WriteLine(\"<<<kpi-notebook-cell:1>>>\");", copy[11]);
        Assert.Equal($"#line 12 \"{path}\"", copy[12]);
        Assert.Equal(string.Empty, copy[13]);
        Assert.Equal("global::System.Console.WriteLine(\"<<<kpi-notebook-cell:3>>>\");", copy[21]);
        Assert.Equal($"#line 20 \"{path}\"", copy[22]);
        Assert.Equal("if (x > 1)", copy[23]);
    }

    [Fact]
    public void Markdown_has_text_code_output_and_charts_in_order()
    {
        var notebook = NotebookDocument.Parse(Sample);
        var output = string.Join('\n', "<<<kpi-notebook-cell:1>>>", "x = 2", "<<<kpi-notebook-cell:3>>>", "big", "[chart] sample-bars.svg", "after", "");

        var markdown = notebook.ToMarkdown("sample.cs", output, file => $"Bars [{file}]");

        const string Expected = """
            <!-- Generated from sample.cs by docs/tooling/render-notebooks.cs: edit the notebook, then run `dotnet run docs/tooling/render-notebooks.cs`. -->

            # Title

            Some *text*.

            ```csharp
            using System;
            using static System.Math;
            using Alias = System.Text.StringBuilder;

            var x = Max(1, 2);
            Console.WriteLine($"x = {x}");
            ```

            ```text
            x = 2
            ```

            ## Second

            ```csharp
            if (x > 1)
            {
                Console.WriteLine("big");
            }

            Console.WriteLine("[chart] sample-bars.svg");
            Console.WriteLine("after");
            ```

            ```text
            big
            ```

            ![Bars \[sample-bars.svg\]](sample-bars.svg)

            ```text
            after
            ```

            ---

            *Rendered from [sample.cs](sample.cs): the outputs and charts above are what it printed and drew. Run it with `dotnet run docs/notebooks/sample.cs`.*

            """;
        Assert.Equal(Expected.Replace("\r\n", "\n", StringComparison.Ordinal), markdown);
    }

    [Fact]
    public void Output_with_backticks_gets_a_longer_fence()
    {
        var notebook = NotebookDocument.Parse("// %%\nSystem.Console.WriteLine(\"```\");\n");
        var markdown = notebook.ToMarkdown("n.cs", "<<<kpi-notebook-cell:0>>>\n```\n", _ => "t");
        Assert.Contains("````text\n```\n````", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_did_not_run_is_an_error()
    {
        var notebook = NotebookDocument.Parse(Sample);
        var error = Assert.Throws<FormatException>(() => notebook.ToMarkdown("n.cs", "<<<kpi-notebook-cell:1>>>\nx = 2\n", _ => "t"));
        Assert.Contains("line 20", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => notebook.ToMarkdown("n.cs", "early\n<<<kpi-notebook-cell:1>>>\n<<<kpi-notebook-cell:3>>>\n", _ => "t"));
        Assert.Throws<FormatException>(() => notebook.ToMarkdown("n.cs", "<<<kpi-notebook-cell:3>>>\n<<<kpi-notebook-cell:1>>>\n", _ => "t"));
    }

    [Fact]
    public void A_chart_marker_must_name_a_file_next_to_the_notebook()
    {
        var notebook = NotebookDocument.Parse("// %%\nSystem.Console.WriteLine();\n");
        Assert.Throws<FormatException>(() => notebook.ToMarkdown("n.cs", "<<<kpi-notebook-cell:0>>>\n[chart] ../x.svg\n", _ => "t"));
    }

    [Theory]
    [InlineData("// %%\nif (true)\n{\n// %%\n}\n", 4)]
    [InlineData("// %%\nvar s = Sum(1,\n// %%\n2);\n", 3)]
    [InlineData("// %%\nvar s = \"\"\"\n// %%\n\"\"\";\n", 3)]
    [InlineData("// %%\nvar s = @\"\n// %%\n\";\n", 3)]
    [InlineData("// %%\n/*\n// %%\n*/\n", 3)]
    [InlineData("// %%\nvar a = 1\n// %%\n+ 2;\n", 3)]
    public void A_percent_line_inside_a_statement_is_an_error(string source, int line)
    {
        var error = Assert.Throws<FormatException>(() => NotebookDocument.Parse(source));
        Assert.StartsWith($"Line {line}:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var s = $\"{(1 > 0 ? \"{\" : \"}\")}\";")]
    [InlineData("var s = $@\"{{ {1} \"\" }}\";")]
    [InlineData("var c = '{'; var d = '\\'';")]
    [InlineData("var s = $$\"\"\"{ {{1}} }\"\"\";")]
    [InlineData("var s = \"\\\"{\"; // {")]
    [InlineData("#if DEBUG\nvar a = 1;\n#endif")]
    public void Strings_comments_and_directives_do_not_confuse_the_parser(string code)
    {
        var notebook = NotebookDocument.Parse($"// %%\n{code}\n// %%\nSystem.Console.WriteLine();\n");
        Assert.Equal(2, notebook.Cells.Count);
    }

    [Fact]
    public void Cells_after_a_type_declaration_get_no_marker()
    {
        var notebook = NotebookDocument.Parse("// %%\nSystem.Console.WriteLine(new P(1));\n// %%\n[Serializable]\nrecord P(int X);\n// %%\nenum E { A }\n");
        Assert.Equal([0], notebook.MarkerInsertions.Keys);
        Assert.Contains("record P(int X);\n// %%", notebook.Instrument("/x/n.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_using_statement_is_not_a_directive()
    {
        var notebook = NotebookDocument.Parse("// %%\nusing var stream = new System.IO.MemoryStream();\nSystem.Console.WriteLine(stream.Length);\n");
        Assert.Equal(1, notebook.MarkerInsertions[0]);
    }

    [Theory]
    [InlineData("var x = 1;\n")]
    [InlineData("// %% [markdown]\n// text\nvar x = 1;\n")]
    public void Malformed_notebooks_are_refused(string source)
    {
        Assert.Throws<FormatException>(() => NotebookDocument.Parse(source));
    }
}
