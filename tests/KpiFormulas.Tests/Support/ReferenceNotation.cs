using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace KpiFormulas.Tests.Support;

/// <summary>
/// Reads the values of the reference case files (Formulas/Cases/README.md describes the notation) with
/// nothing but decimal arithmetic, so that no expected value goes through the parsers under test.
/// </summary>
public static class ReferenceNotation
{
    private static readonly Dictionary<string, Currency> Currencies = new(StringComparer.Ordinal)
    {
        ["EUR"] = Currency.EUR,
        ["USD"] = Currency.USD,
        ["GBP"] = Currency.GBP,
        ["JPY"] = Currency.JPY,
    };

    private static readonly Dictionary<string, long> TicksPerUnit = new(StringComparer.Ordinal)
    {
        ["d"] = TimeSpan.TicksPerDay,
        ["h"] = TimeSpan.TicksPerHour,
        ["min"] = TimeSpan.TicksPerMinute,
        ["s"] = TimeSpan.TicksPerSecond,
        ["ms"] = TimeSpan.TicksPerMillisecond,
        ["ticks"] = 1,
    };

    /// <summary>Reads <paramref name="element"/> as a <typeparamref name="T"/>.</summary>
    public static T Read<T>(JsonElement element) => (T)Read(typeof(T), element);

    /// <summary>Reads <paramref name="element"/> as a value of <paramref name="type"/>; arrays read element by element.</summary>
    public static object Read(Type type, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsArray)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"Expected a JSON array of {type.GetElementType()!.Name}, found {element.ValueKind}.");
            }

            var itemType = type.GetElementType()!;
            var array = Array.CreateInstance(itemType, element.GetArrayLength());
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                array.SetValue(Read(itemType, item), i++);
            }

            return array;
        }

        if (element.ValueKind == JsonValueKind.Number)
        {
            return FromNumber(type, element);
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"Expected a string or a number for a {type.Name}, found {element.ValueKind}.");
        }

        return Parse(type, element.GetString()!);
    }

    /// <summary>Reads <paramref name="text"/> as a value of <paramref name="type"/>.</summary>
    public static object Parse(Type type, string text)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(decimal))
        {
            return Number(s);
        }

        if (type == typeof(long) || type == typeof(int) || type == typeof(byte))
        {
            var value = Number(s);
            if (value != decimal.Truncate(value))
            {
                throw new FormatException($"'{text}' is not a whole number.");
            }

            return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }

        if (type == typeof(Rate))
        {
            return s.EndsWith('%') ? Rate.FromPercent(Number(s[..^1])) : Rate.FromFraction(Number(s));
        }

        if (type == typeof(PercentagePoints))
        {
            return PercentagePoints.FromPoints(Number(WithoutSuffix(s, "pts", text)));
        }

        if (type == typeof(Ratio))
        {
            return new Ratio(Number(s.EndsWith(": 1", StringComparison.Ordinal) ? s[..^3] : s));
        }

        if (type == typeof(Money))
        {
            var space = s.LastIndexOf(' ');
            if (space < 0 || !Currencies.TryGetValue(s[(space + 1)..], out var currency))
            {
                throw new FormatException($"'{text}' is not an amount followed by a currency code such as EUR.");
            }

            return new Money(Number(s[..space]), currency);
        }

        if (type == typeof(TimeSpan))
        {
            return Duration(s);
        }

        if (type == typeof(Period))
        {
            return ReadPeriod(s);
        }

        if (type == typeof(Currency))
        {
            return Currencies.TryGetValue(s, out var code) ? code : throw new FormatException($"'{text}' is not a currency code such as EUR.");
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateTime))
        {
            return DateTime.ParseExact(s, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        }

        throw new NotSupportedException($"The reference notation has no {type.Name} values.");
    }

    /// <summary>
    /// Reads <paramref name="text"/> as the value its notation shows: points ("5 pts"), a rate ("12 %"), a
    /// ratio ("2.4 : 1"), an amount ("50 EUR"), a duration ("45 min"), a date ("2026-03-01") or a number.
    /// </summary>
    public static object ParseAny(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        var last = s[(s.LastIndexOf(' ') + 1)..];
        var type =
            s.EndsWith(" pts", StringComparison.Ordinal) ? typeof(PercentagePoints)
            : s.EndsWith('%') ? typeof(Rate)
            : s.EndsWith(": 1", StringComparison.Ordinal) ? typeof(Ratio)
            : Currencies.ContainsKey(last) ? typeof(Money)
            : TicksPerUnit.ContainsKey(last) ? typeof(TimeSpan)
            : s.Length == 10 && s[4] == '-' && s[7] == '-' ? typeof(DateOnly)
            : typeof(decimal);
        return Parse(type, s);
    }

    /// <summary>
    /// The number of decimals written in a printed figure's number: "708" has none, "33.3 %" one.
    /// </summary>
    public static int DecimalsWritten(string figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var number = figure.Trim().Split(' ')[0].TrimEnd('%');
        var point = number.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : number.Length - point - 1;
    }

    /// <summary>The hours, minutes... of a duration in the single unit its figure is written in ("3 h", "45 min").</summary>
    public static (decimal Number, long TicksPerUnit) DurationFigure(string figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var parts = figure.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TicksPerUnit.TryGetValue(parts[1], out var ticks))
        {
            throw new FormatException($"'{figure}' is not one number and one unit (d, h, min, s, ms, ticks).");
        }

        return (Number(parts[0]), ticks);
    }

    /// <summary>
    /// "2026" a year, "2026-Q1" a quarter, "2026-03" a month, "2026-W05" an ISO week, "2026-03-02" a day,
    /// "14 d from 2026-03-02" a run of days from a date, "30 d before 2026-03-31" the run of days ending the day before a date.
    /// </summary>
    private static Period ReadPeriod(string s)
    {
        static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var from = s.IndexOf(" d from ", StringComparison.Ordinal);
        if (from >= 0)
        {
            return Period.FromDays(Date(s[(from + 8)..]), Int(s[..from]));
        }

        var before = s.IndexOf(" d before ", StringComparison.Ordinal);
        if (before >= 0)
        {
            return Period.LastDays(Int(s[..before]), Date(s[(before + 10)..]));
        }

        var parts = s.Split('-');
        return parts switch
        {
            [var year] => Period.Year(Int(year)),
            [var year, var quarter] when quarter.StartsWith('Q') => Period.Quarter(Int(year), Int(quarter[1..])),
            [var year, var week] when week.StartsWith('W') => Period.IsoWeek(Int(year), Int(week[1..])),
            [var year, var month] => Period.Month(Int(year), Int(month)),
            [_, _, _] => Period.Day(Date(s)),
            _ => throw new FormatException($"'{s}' is not a period such as 2026, 2026-Q1, 2026-03, 2026-W05, 2026-03-02, 14 d from 2026-03-02 or 30 d before 2026-03-31."),
        };
    }

    private static string WithoutSuffix(string s, string suffix, string text) =>
        s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : throw new FormatException($"'{text}' does not end with '{suffix}'.");

    /// <summary>"2 h 55 min", "-30 min", "1.5 ticks" (which is not a whole number of ticks and is refused).</summary>
    private static TimeSpan Duration(string s)
    {
        var negative = s.StartsWith('-');
        var parts = (negative ? s[1..] : s).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Length % 2 != 0)
        {
            throw new FormatException($"'{s}' is not pairs of a number and a unit.");
        }

        var ticks = 0m;
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (!TicksPerUnit.TryGetValue(parts[i + 1], out var perUnit))
            {
                throw new FormatException($"'{parts[i + 1]}' in '{s}' is not a unit (d, h, min, s, ms, ticks).");
            }

            ticks += Number(parts[i]) * perUnit;
        }

        if (ticks != decimal.Truncate(ticks))
        {
            throw new FormatException($"'{s}' is not a whole number of ticks.");
        }

        return TimeSpan.FromTicks((long)(negative ? -ticks : ticks));
    }

    private static object FromNumber(Type type, JsonElement element)
    {
        if (type == typeof(long))
        {
            return element.GetInt64();
        }

        if (type == typeof(int))
        {
            return element.GetInt32();
        }

        if (type == typeof(byte))
        {
            return element.GetByte();
        }

        if (type == typeof(decimal))
        {
            return element.GetDecimal();
        }

        throw new FormatException($"A {type.Name} is written as a string in the reference notation, not as the number {element.GetRawText()}.");
    }

    /// <summary>
    /// A decimal literal or an expression of decimal literals with + - * / and parentheses, evaluated in
    /// decimal from left to right: "85 / 0.12" is exactly the C# <c>85m / 0.12m</c>. Digits may be grouped
    /// with underscores: "30_000".
    /// </summary>
    public static decimal Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new ExpressionReader(text);
        var value = reader.Expression();
        reader.End();
        return value;
    }

    private sealed class ExpressionReader(string text)
    {
        private int position;

        public decimal Expression()
        {
            var value = Term();
            while (Peek() is '+' or '-')
            {
                var op = text[position++];
                var right = Term();
                value = op == '+' ? value + right : value - right;
            }

            return value;
        }

        public void End()
        {
            if (Peek() != '\0')
            {
                throw new FormatException($"Unexpected '{text[position]}' at {position} in '{text}'.");
            }
        }

        private decimal Term()
        {
            var value = Factor();
            while (Peek() is '*' or '/')
            {
                var op = text[position++];
                var right = Factor();
                value = op == '*' ? value * right : value / right;
            }

            return value;
        }

        private decimal Factor()
        {
            switch (Peek())
            {
                case '-':
                    position++;
                    return -Factor();
                case '(':
                    position++;
                    var inner = Expression();
                    if (Peek() != ')')
                    {
                        throw new FormatException($"Missing ')' in '{text}'.");
                    }

                    position++;
                    return inner;
                default:
                    return Literal();
            }
        }

        private decimal Literal()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is '.' or '_'))
            {
                position++;
            }

            var literal = text[start..position].Replace("_", string.Empty, StringComparison.Ordinal);
            if (literal.Length == 0 || !decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Expected a number at {start} in '{text}'.");
            }

            return value;
        }

        private char Peek()
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            return position < text.Length ? text[position] : '\0';
        }
    }
}
