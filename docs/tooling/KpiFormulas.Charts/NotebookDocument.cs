using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KpiFormulas.Charts;

/// <summary>The kind of a notebook cell.</summary>
public enum NotebookCellKind
{
    /// <summary>C# statements, run in order; their output follows them in the rendering.</summary>
    Code,

    /// <summary>Markdown written as <c>// </c> comment lines.</summary>
    Markdown,
}

/// <summary>One cell of a notebook: the lines after its <c>// %%</c> line, up to the next one.</summary>
/// <param name="Index">The cell's position among all cells, from 0.</param>
/// <param name="Kind">Code or Markdown.</param>
/// <param name="FirstLine">The 1-based line number of the cell's first line (the one after its <c>// %%</c> line).</param>
/// <param name="Lines">The cell's lines, as in the file.</param>
public sealed record NotebookCell(int Index, NotebookCellKind Kind, int FirstLine, IReadOnlyList<string> Lines);

/// <summary>
/// A notebook: a .NET file-based app whose top-level statements are split into cells by
/// <c>// %%</c> lines (<c>// %% [markdown]</c> for a cell of <c>// </c> comment lines), in the
/// "percent" format Jupytext and VS Code know. The renderer (docs/tooling/render-notebooks.cs)
/// runs an <see cref="Instrument">instrumented copy</see> that prints a marker before each code
/// cell, then <see cref="ToMarkdown">splits the output by those markers</see>.
/// </summary>
public sealed partial class NotebookDocument
{
    private const string CellMarkerPrefix = "<<<kpi-notebook-cell:";
    private const string CellMarkerSuffix = ">>>";

    private readonly string[] lines;

    private NotebookDocument(string[] lines, IReadOnlyList<NotebookCell> cells, IReadOnlyDictionary<int, int> markerLines)
    {
        this.lines = lines;
        Cells = cells;
        MarkerInsertions = markerLines;
    }

    /// <summary>The cells, in file order (the directives before the first <c>// %%</c> are not a cell).</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>
    /// For each code cell that gets a marker, the 0-based file line the marker goes before. A code
    /// cell gets none when it comes after a type declaration (C# allows no statement there).
    /// </summary>
    internal IReadOnlyDictionary<int, int> MarkerInsertions { get; }

    /// <summary>The line the instrumented copy prints before code cell <paramref name="cellIndex"/>.</summary>
    public static string CellMarker(int cellIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{CellMarkerPrefix}{cellIndex}{CellMarkerSuffix}");

    /// <summary>Reads a notebook; throws <see cref="FormatException"/> (with the line number) when its cells cannot be split safely.</summary>
    public static NotebookDocument Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var syntax = SyntaxOf(lines);
        var boundaries = new List<(int Line, NotebookCellKind Kind)>();
        for (var n = 0; n < lines.Length; n++)
        {
            var match = BoundaryPattern().Match(lines[n]);
            if (!match.Success)
            {
                continue;
            }

            if (!syntax.IsBetweenTopLevelItems(n, lines[n].IndexOf("//", StringComparison.Ordinal)))
            {
                throw new FormatException($"Line {n + 1}: this // %% line is inside a block, an expression, a comment or a string; cells must be split between top-level statements.");
            }

            boundaries.Add((n, match.Groups["markdown"].Success ? NotebookCellKind.Markdown : NotebookCellKind.Code));
        }

        if (boundaries.Count == 0)
        {
            throw new FormatException("The notebook has no cells: start each one with a // %% line (// %% [markdown] for text).");
        }

        for (var n = 0; n < boundaries[0].Line; n++)
        {
            var trimmed = lines[n].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("#:", StringComparison.Ordinal) && !trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                throw new FormatException($"Line {n + 1}: code before the first // %% line; put it in a cell.");
            }
        }

        var cells = new List<NotebookCell>();
        var markers = new Dictionary<int, int>();
        var afterTypeDeclaration = false;
        for (var b = 0; b < boundaries.Count; b++)
        {
            var (boundary, kind) = boundaries[b];
            var end = b + 1 < boundaries.Count ? boundaries[b + 1].Line : lines.Length;
            var cell = new NotebookCell(b, kind, boundary + 2, lines[(boundary + 1)..end]);
            cells.Add(cell);
            if (kind == NotebookCellKind.Markdown)
            {
                for (var n = boundary + 1; n < end; n++)
                {
                    var trimmed = lines[n].TrimStart();
                    if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
                    {
                        throw new FormatException($"Line {n + 1}: a markdown cell holds only // comment lines; start a code cell with // %% first.");
                    }
                }

                continue;
            }

            // The marker goes after the cell's using directives (C# wants them before any statement);
            // no statement may follow a type declaration, so cells from the one starting with it get none.
            var items = syntax.ItemsBetween(boundary + 1, end);
            var usings = items.TakeWhile(item => item.Node is UsingDirectiveSyntax).ToList();
            var insertAt = usings.Count > 0 ? usings[^1].LastLine + 1 : boundary + 1;
            var first = items.Skip(usings.Count).FirstOrDefault();
            if (!afterTypeDeclaration && first.Node is not (MemberDeclarationSyntax and not GlobalStatementSyntax))
            {
                markers.Add(b, insertAt);
            }

            afterTypeDeclaration |= items.Any(item => item.Node is MemberDeclarationSyntax and not GlobalStatementSyntax);
        }

        return new NotebookDocument(lines, cells, markers);
    }

    /// <summary>
    /// The copy the renderer runs: the notebook with a <see cref="CellMarker"/> line printed at the
    /// start of each code cell, relative <c>#:project</c> paths made absolute (the copy lives
    /// elsewhere) and <c>#line</c> directives so that compiler errors name the notebook's own lines.
    /// </summary>
    /// <param name="notebookPath">The notebook's path, to resolve <c>#:project</c> paths against.</param>
    public string Instrument(string notebookPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        var fullPath = Path.GetFullPath(notebookPath);
        var directory = Path.GetDirectoryName(fullPath) ?? ".";
        var markerBefore = MarkerInsertions.ToDictionary(m => m.Value, m => m.Key);
        var copy = new StringBuilder();
        for (var n = 0; n <= lines.Length; n++)
        {
            if (markerBefore.TryGetValue(n, out var cell))
            {
                copy.Append("global::System.Console.WriteLine(\"").Append(CellMarker(cell)).Append("\");\n");
                if (!fullPath.Contains('"', StringComparison.Ordinal))
                {
                    copy.Append(CultureInfo.InvariantCulture, $"#line {n + 1} \"{fullPath}\"\n");
                }
            }

            if (n == lines.Length)
            {
                break;
            }

            var project = ProjectDirectivePattern().Match(lines[n]);
            if (project.Success && !Path.IsPathFullyQualified(project.Groups["path"].Value))
            {
                copy.Append("#:project ").Append(Path.GetFullPath(Path.Combine(directory, project.Groups["path"].Value))).Append('\n');
                continue;
            }

            copy.Append(lines[n]).Append('\n');
        }

        return copy.ToString();
    }

    /// <summary>
    /// The Markdown rendering: each markdown cell as Markdown; each code cell as a csharp block,
    /// followed by its output (a text block) and the charts it showed (images), in output order.
    /// </summary>
    /// <param name="notebookFileName">The notebook's file name, for the header and footer, for example "01-quickstart.cs".</param>
    /// <param name="output">What the <see cref="Instrument">instrumented copy</see> printed on standard output.</param>
    /// <param name="chartTitle">The alternative text of a chart, given its file name.</param>
    public string ToMarkdown(string notebookFileName, string output, Func<string, string> chartTitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookFileName);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(chartTitle);
        var outputs = SplitOutput(output);
        var blocks = new List<string>
        {
            $"<!-- Generated from {notebookFileName} by docs/tooling/render-notebooks.cs: edit the notebook, then run `dotnet run docs/tooling/render-notebooks.cs`. -->",
        };

        foreach (var cell in Cells)
        {
            if (cell.Kind == NotebookCellKind.Markdown)
            {
                var text = TrimBlankLines(cell.Lines.Select(MarkdownLine).ToList());
                if (text.Count > 0)
                {
                    blocks.Add(string.Join('\n', text));
                }

                continue;
            }

            var code = TrimBlankLines([.. cell.Lines]);
            if (code.Count > 0)
            {
                blocks.Add(Fence("csharp", code));
            }

            var pending = new List<string>();
            foreach (var line in outputs.GetValueOrDefault(cell.Index, []))
            {
                if (!line.StartsWith(Notebook.ChartMarker, StringComparison.Ordinal))
                {
                    pending.Add(line);
                    continue;
                }

                AddTextBlock(blocks, pending);
                var file = line[Notebook.ChartMarker.Length..].Trim();
                if (file.Length == 0 || file.IndexOfAny(['/', '\\', '(', ')', ' ']) >= 0 || !file.EndsWith(".svg", StringComparison.Ordinal))
                {
                    throw new FormatException($"Cell at line {cell.FirstLine}: \"{line}\" does not name an SVG file next to the notebook.");
                }

                blocks.Add($"![{EscapeAltText(chartTitle(file))}]({file})");
            }

            AddTextBlock(blocks, pending);
        }

        blocks.Add($"---\n\n*Rendered from [{notebookFileName}]({notebookFileName}): the outputs and charts above are what it printed and drew. Run it with `dotnet run docs/notebooks/{notebookFileName}`.*");
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>
    /// The lines each code cell printed, by cell index, from the markers in <paramref name="output"/>.
    /// Throws <see cref="FormatException"/> when the markers are not all there, once and in order
    /// (a cell did not run), or when something was printed before the first one.
    /// </summary>
    internal Dictionary<int, List<string>> SplitOutput(string output)
    {
        var result = new Dictionary<int, List<string>>();
        var expected = MarkerInsertions.Keys.Order().ToList();
        var next = 0;
        List<string>? current = null;
        foreach (var line in output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith(CellMarkerPrefix, StringComparison.Ordinal) && line.EndsWith(CellMarkerSuffix, StringComparison.Ordinal))
            {
                var index = int.Parse(line.AsSpan(CellMarkerPrefix.Length, line.Length - CellMarkerPrefix.Length - CellMarkerSuffix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
                if (next >= expected.Count || expected[next] != index)
                {
                    throw new FormatException($"The cell at line {Cells[Math.Min(index, Cells.Count - 1)].FirstLine} ran out of order or twice.");
                }

                next++;
                current = [];
                result.Add(index, current);
                continue;
            }

            if (current is null)
            {
                if (line.Length > 0)
                {
                    throw new FormatException($"The notebook printed \"{line}\" before its first code cell.");
                }

                continue;
            }

            current.Add(line);
        }

        if (next < expected.Count)
        {
            throw new FormatException($"The cell at line {Cells[expected[next]].FirstLine} did not run (the notebook stopped before it).");
        }

        return result;
    }

    /// <summary>
    /// The notebook parsed by Roslyn: the top-level items (using directives, statements, type
    /// declarations) and the line each starts and ends on. The <c>#:</c> and <c>#!</c> lines before
    /// the first cell are blanked first, keeping the line numbers, since they are the SDK's, not C#'s.
    /// </summary>
    private static TopLevelSyntax SyntaxOf(string[] lines)
    {
        var code = lines.Select(line => line.TrimStart().StartsWith("#:", StringComparison.Ordinal) || line.TrimStart().StartsWith("#!", StringComparison.Ordinal) ? string.Empty : line);
        var tree = CSharpSyntaxTree.ParseText(string.Join('\n', code), new CSharpParseOptions(LanguageVersion.Preview));
        return new TopLevelSyntax(tree.GetCompilationUnitRoot());
    }

    private readonly record struct TopLevelItem(SyntaxNode Node, int FirstLine, int LastLine);

    private sealed class TopLevelSyntax
    {
        private readonly CompilationUnitSyntax root;
        private readonly List<TopLevelItem> items;
        private readonly HashSet<SyntaxToken> firstTokens;

        public TopLevelSyntax(CompilationUnitSyntax root)
        {
            this.root = root;
            var nodes = root.Externs.Cast<SyntaxNode>().Concat(root.Usings).Concat(root.AttributeLists).Concat(root.Members).ToList();
            items = [.. nodes.Select(node => new TopLevelItem(node, Line(node.GetFirstToken().SpanStart), Line(node.GetLastToken().Span.End))).OrderBy(item => item.FirstLine)];
            firstTokens = [.. nodes.Select(node => node.GetFirstToken()).Append(root.EndOfFileToken)];
        }

        /// <summary>Whether the <c>//</c> comment at <paramref name="column"/> of line <paramref name="line"/> is a whole comment line before a top-level item (or the end of the file).</summary>
        public bool IsBetweenTopLevelItems(int line, int column)
        {
            var position = root.SyntaxTree.GetText().Lines[line].Start + column;
            var trivia = root.FindTrivia(position);
            return trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.SpanStart == position && firstTokens.Contains(trivia.Token) && trivia.Token.LeadingTrivia.Contains(trivia);
        }

        /// <summary>The top-level items that start on the lines from <paramref name="from"/> up to <paramref name="end"/> (excluded), in order.</summary>
        public List<TopLevelItem> ItemsBetween(int from, int end) => [.. items.Where(item => item.FirstLine >= from && item.FirstLine < end)];

        private int Line(int position) => root.SyntaxTree.GetLineSpan(new TextSpan(position, 0)).StartLinePosition.Line;
    }

    private static string MarkdownLine(string line)
    {
        var text = line.TrimStart();
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = text[2..];
            if (text.StartsWith(' '))
            {
                text = text[1..];
            }
        }

        return text.TrimEnd();
    }

    private static void AddTextBlock(List<string> blocks, List<string> lines)
    {
        var text = TrimBlankLines(lines);
        if (text.Count > 0)
        {
            blocks.Add(Fence("text", text));
        }

        lines.Clear();
    }

    private static List<string> TrimBlankLines(List<string> lines)
    {
        var start = 0;
        var end = lines.Count;
        while (start < end && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        return lines[start..end];
    }

    /// <summary>A fenced block whose fence is longer than any run of backticks inside it.</summary>
    private static string Fence(string info, List<string> lines)
    {
        var longest = lines.Select(l => BacktickRunPattern().Matches(l).Select(m => m.Length).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{info}\n{string.Join('\n', lines)}\n{fence}";
    }

    private static string EscapeAltText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal).ReplaceLineEndings(" ");

    [GeneratedRegex(@"^\s*// %%(?<markdown>\s*\[markdown\])?(\s.*)?$")]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"^\s*#:project\s+(?<path>.+?)\s*$")]
    private static partial Regex ProjectDirectivePattern();

    [GeneratedRegex("`+")]
    private static partial Regex BacktickRunPattern();
}
