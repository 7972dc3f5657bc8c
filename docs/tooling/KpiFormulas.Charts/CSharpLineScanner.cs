using System.Collections.Generic;

namespace KpiFormulas.Charts;

/// <summary>
/// A small lexer that tells, for each line of a C# file, whether the line starts at the top level
/// (outside any brace, parenthesis, bracket, comment or string) and whether the code before it ends
/// a statement. It knows comments, regular, verbatim, interpolated (with nested holes) and raw
/// strings, character literals and preprocessor lines; it does not parse C#.
/// </summary>
internal static class CSharpLineScanner
{
    private enum Mode
    {
        Code,
        LineComment,
        BlockComment,
        String,
        Verbatim,
        Raw,
        Char,
    }

    /// <summary>Where a line starts.</summary>
    /// <param name="TopLevel">Outside every bracket, comment and string.</param>
    /// <param name="AfterStatement">At the top level, and the last code before it is ';' or '}' (or there is none).</param>
    internal readonly record struct LineStart(bool TopLevel, bool AfterStatement);

    public static LineStart[] Scan(IReadOnlyList<string> lines)
    {
        var result = new LineStart[lines.Count];
        var stack = new Stack<Frame>();
        stack.Push(new Frame(Mode.Code));
        var last = '\0';
        for (var n = 0; n < lines.Count; n++)
        {
            var top = stack.Peek();
            var topLevel = stack.Count == 1 && top.Depth == 0;
            result[n] = new LineStart(topLevel, topLevel && last is '\0' or ';' or '}');

            var line = lines[n];
            var lineHasCode = false;
            for (var i = 0; i < line.Length; i++)
            {
                var frame = stack.Peek();
                var c = line[i];
                var next = i + 1 < line.Length ? line[i + 1] : '\0';
                switch (frame.Mode)
                {
                    case Mode.Code:
                        if (char.IsWhiteSpace(c))
                        {
                            break;
                        }

                        if (c == '/' && next == '/')
                        {
                            i = line.Length;
                            break;
                        }

                        if (c == '/' && next == '*')
                        {
                            stack.Push(new Frame(Mode.BlockComment));
                            i++;
                            break;
                        }

                        if (c == '#' && !lineHasCode)
                        {
                            i = line.Length; // a preprocessor or #: directive line
                            break;
                        }

                        lineHasCode = true;
                        if (TryOpenString(line, ref i, stack))
                        {
                            last = '"';
                            break;
                        }

                        if (c == '\'')
                        {
                            stack.Push(new Frame(Mode.Char));
                            last = c;
                            break;
                        }

                        if (c is '(' or '[' or '{')
                        {
                            frame.Depth++;
                        }
                        else if (c == '}' && frame.IsHole && frame.Depth == 0)
                        {
                            stack.Pop(); // back into the interpolated string
                            break;
                        }
                        else if (c is ')' or ']' or '}' && frame.Depth > 0)
                        {
                            frame.Depth--;
                        }

                        last = c;
                        break;

                    case Mode.BlockComment:
                        if (c == '*' && next == '/')
                        {
                            stack.Pop();
                            i++;
                        }

                        break;

                    case Mode.String or Mode.Verbatim:
                        if (frame.Mode == Mode.String && c == '\\')
                        {
                            i++;
                        }
                        else if (c == '"' && frame.Mode == Mode.Verbatim && next == '"')
                        {
                            i++;
                        }
                        else if (c == '"')
                        {
                            stack.Pop();
                        }
                        else if (frame.Interpolated && c == '{' && next == '{')
                        {
                            i++;
                        }
                        else if (frame.Interpolated && c == '{')
                        {
                            stack.Push(new Frame(Mode.Code) { IsHole = true });
                        }

                        break;

                    case Mode.Raw:
                        if (c == '"' && CountRun(line, i, '"') >= frame.Quotes)
                        {
                            i += frame.Quotes - 1;
                            stack.Pop();
                        }

                        break;

                    case Mode.Char:
                        if (c == '\\')
                        {
                            i++;
                        }
                        else if (c == '\'')
                        {
                            stack.Pop();
                        }

                        break;

                    default:
                        break;
                }
            }

            // A regular string or a character literal cannot span lines: recover at the line's end.
            while (stack.Peek().Mode is Mode.String or Mode.Char)
            {
                stack.Pop();
            }
        }

        return result;
    }

    /// <summary>Opens a string if one starts at <paramref name="i"/> ($, @ and quote prefixes), leaving <paramref name="i"/> on its last prefix character.</summary>
    private static bool TryOpenString(string line, ref int i, Stack<Frame> stack)
    {
        var j = i;
        var dollars = CountRun(line, j, '$');
        j += dollars;
        var verbatim = j < line.Length && line[j] == '@';
        if (verbatim)
        {
            j++;
            if (dollars == 0)
            {
                dollars = CountRun(line, j, '$'); // @$"..."
                j += dollars;
            }
        }

        if (j >= line.Length || line[j] != '"')
        {
            return false;
        }

        var quotes = CountRun(line, j, '"');
        if (!verbatim && quotes >= 3)
        {
            stack.Push(new Frame(Mode.Raw) { Quotes = quotes });
            i = j + quotes - 1;
            return true;
        }

        stack.Push(new Frame(verbatim ? Mode.Verbatim : Mode.String) { Interpolated = dollars > 0 });
        i = j;
        return true;
    }

    private static int CountRun(string line, int start, char c)
    {
        var end = start;
        while (end < line.Length && line[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private sealed class Frame(Mode mode)
    {
        public Mode Mode { get; } = mode;

        public int Depth { get; set; }

        public bool Interpolated { get; init; }

        public bool IsHole { get; init; }

        public int Quotes { get; init; }
    }
}
