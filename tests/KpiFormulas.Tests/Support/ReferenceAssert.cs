using System;
using System.Collections.Generic;
using System.Globalization;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Support;

/// <summary>Compares what a calculator gives with a worked example: exact value first, printed figures apart.</summary>
public static class ReferenceAssert
{
    /// <summary>
    /// A <see cref="KpiResult{T}"/> must be defined and carry the case's KPI id; its value (or a plain value)
    /// must equal the expected value to the last digit; each printed figure must be that value rounded as the
    /// figure says; each formatted text must be the value's text. A change is read as its relative change
    /// (the expected value) and its absolute change.
    /// </summary>
    public static void Result(ReferenceCase reference, object result)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var data = reference.Data;
        var value = Unwrap(result, reference.Kpi, reference.Name);
        var expectation = new ChangeExpectation(reference.Name, data.Expected, data.Absolute, data.Printed, data.Direction, data.Assessment);
        switch (value)
        {
            case Change<decimal, decimal> change:
                CheckChange(expectation, change);
                return;
            case Change<Rate, PercentagePoints> change:
                CheckChange(expectation, change);
                return;
            case Change<Money, Money> change:
                CheckChange(expectation, change);
                return;
            case Change<TimeSpan, TimeSpan> change:
                CheckChange(expectation, change);
                return;
            case Change<Ratio, decimal> change:
                CheckChange(expectation, change);
                return;
        }

        if (data.Absolute is not null || data.Direction is not null || data.Assessment is not null)
        {
            throw new FormatException($"{reference.Name}: only a change has an absolute value and a direction.");
        }

        Exact(reference, value);
        foreach (var printed in data.Printed ?? [])
        {
            Printed(printed, value, reference.Name);
        }

        foreach (var formatted in data.Formatted ?? [])
        {
            var culture = formatted.Culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(formatted.Culture);
            Assert.Equal(formatted.Text, ((IFormattable)value).ToString(formatted.Format, culture));
        }
    }

    /// <summary>The change from the value of the case before to the value of the case after, in both its absolute and relative forms.</summary>
    public static void ChangeBetween(ReferenceChange reference, object before, object after)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var data = reference.Data;
        var expectation = new ChangeExpectation(reference.Name, data.Relative, data.Absolute, data.Printed, data.Direction, data.Assessment);
        var b = Unwrap(before, reference.Before.Kpi, reference.Before.Name);
        var a = Unwrap(after, reference.After.Kpi, reference.After.Name);
        switch (b)
        {
            case Rate rate:
                CheckChange(expectation, Change.Between(rate, (Rate)a));
                break;
            case Money money:
                CheckChange(expectation, Change.Between(money, (Money)a));
                break;
            case TimeSpan time:
                CheckChange(expectation, Change.Between(time, (TimeSpan)a));
                break;
            case decimal number:
                CheckChange(expectation, Change.Between(number, (decimal)a));
                break;
            case long count:
                CheckChange(expectation, Change.Between(count, (decimal)(long)a));
                break;
            case Ratio ratio:
                CheckChange(expectation, Change.Between(ratio.Value, ((Ratio)a).Value));
                break;
            default:
                throw new NotSupportedException($"No change between {b.GetType().Name} values.");
        }
    }

    /// <summary>What a change must be: its relative and absolute values, the printed figures of the relative change, its reading.</summary>
    private sealed record ChangeExpectation(string Name, string Relative, string? Absolute, IReadOnlyList<PrintedFigure>? Printed, string? Direction, string? Assessment);

    private static void CheckChange<TValue, TDifference>(ChangeExpectation expected, Change<TValue, TDifference> change)
        where TValue : struct, IComparable<TValue>
        where TDifference : struct
    {
        Assert.True(change.Relative.IsDefined, $"{expected.Name}: the relative change is undefined ({change.Relative.Explanation})");
        var relative = change.Relative.Value;
        Assert.Equal(((Rate)ReferenceNotation.Parse(typeof(Rate), expected.Relative)).Fraction, relative.Fraction);
        var absolute = expected.Absolute ?? throw new FormatException($"{expected.Name}: a change needs its absolute value.");
        Assert.Equal(ReferenceNotation.Parse(typeof(TDifference), absolute), change.Absolute);
        foreach (var printed in expected.Printed ?? [])
        {
            Printed(printed, relative, expected.Name);
        }

        if (expected.Direction is null && expected.Assessment is null)
        {
            return;
        }

        var assessment = Enum.Parse<ChangeAssessment>(expected.Assessment ?? throw new FormatException($"{expected.Name}: a direction needs an assessment."));
        var direction = Enum.Parse<Direction>(expected.Direction ?? throw new FormatException($"{expected.Name}: an assessment needs a direction."));
        Assert.Equal(assessment, change.Assess(direction));
    }

    private static void Exact(ReferenceCase reference, object value)
    {
        switch (value)
        {
            case Rate rate:
                Assert.Equal(reference.Expected<Rate>().Fraction, rate.Fraction);
                break;
            case PercentagePoints points:
                Assert.Equal(reference.Expected<PercentagePoints>().Fraction, points.Fraction);
                break;
            case Ratio ratio:
                Assert.Equal(reference.Expected<Ratio>().Value, ratio.Value);
                break;
            case Money money:
                var expected = reference.Expected<Money>();
                Assert.Equal(expected.Currency, money.Currency);
                Assert.Equal(expected.Amount, money.Amount);
                break;
            case TimeSpan time:
                Assert.Equal(reference.Expected<TimeSpan>(), time);
                break;
            case decimal number:
                Assert.Equal(reference.Expected<decimal>(), number);
                break;
            case long count:
                Assert.Equal(reference.Expected<long>(), count);
                break;
            case int count:
                Assert.Equal(reference.Expected<long>(), count);
                break;
            default:
                throw new NotSupportedException($"{reference.Name}: no exact comparison of {value.GetType().Name} values.");
        }
    }

    private static void Printed(PrintedFigure printed, object value, string name)
    {
        var decimals = ReferenceNotation.DecimalsWritten(printed.Figure);
        if (value is Money money)
        {
            var figure = (Money)ReferenceNotation.Parse(typeof(Money), printed.Figure);
            Assert.Equal(figure, printed.Rounding is null ? money.Round() : money.Round(decimals, Mode(printed, name)));
            return;
        }

        var mode = Mode(printed, name);
        switch (value)
        {
            case Rate rate:
                if (!printed.Figure.EndsWith('%'))
                {
                    throw new FormatException($"{name}: the printed rate '{printed.Figure}' is not in percent.");
                }

                Assert.Equal(ReferenceNotation.Number(printed.Figure[..^1]), decimal.Round(rate.Percent, decimals, mode));
                break;
            case Ratio ratio:
                Assert.Equal(ReferenceNotation.Number(printed.Figure), decimal.Round(ratio.Value, decimals, mode));
                break;
            case TimeSpan time:
                var (number, ticksPerUnit) = ReferenceNotation.DurationFigure(printed.Figure);
                Assert.Equal(number, decimal.Round((decimal)time.Ticks / ticksPerUnit, decimals, mode));
                break;
            case decimal plain:
                Assert.Equal(ReferenceNotation.Number(printed.Figure), decimal.Round(plain, decimals, mode));
                break;
            default:
                throw new NotSupportedException($"{name}: no printed figure of {value.GetType().Name} values.");
        }
    }

    private static MidpointRounding Mode(PrintedFigure printed, string name) =>
        Enum.Parse<MidpointRounding>(printed.Rounding ?? throw new FormatException($"{name}: the printed figure '{printed.Figure}' does not say how it was rounded."));

    /// <summary>The value of a defined <see cref="KpiResult{T}"/> carrying <paramref name="kpi"/>, or the plain value itself.</summary>
    private static object Unwrap(object result, string kpi, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        var type = result.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(KpiResult<>))
        {
            return result;
        }

        var defined = (bool)type.GetProperty(nameof(KpiResult<int>.IsDefined))!.GetValue(result)!;
        Assert.True(defined, $"{name}: undefined ({type.GetProperty(nameof(KpiResult<int>.Explanation))!.GetValue(result)})");
        Assert.Equal(kpi, (string)type.GetProperty(nameof(KpiResult<int>.KpiId))!.GetValue(result)!);
        return type.GetProperty(nameof(KpiResult<int>.Value))!.GetValue(result)!;
    }
}
