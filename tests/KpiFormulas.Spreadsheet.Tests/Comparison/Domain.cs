using System;

namespace KpiFormulas.Spreadsheet.Tests.Comparison;

/// <summary>What an argument holds, so that the comparison draws inputs a user would type for it.</summary>
internal enum Domain
{
    /// <summary>A whole number, not negative.</summary>
    Count,

    /// <summary>A whole number, not negative, at most the argument after it (a part of its whole).</summary>
    Part,

    /// <summary>Money, not negative, in cents.</summary>
    Amount,

    /// <summary>A number of either sign, in halves.</summary>
    Signed,

    /// <summary>A number, not negative, in halves.</summary>
    NotNegative,

    /// <summary>A fraction from 0 to 1, four decimals.</summary>
    Proportion,

    /// <summary>A signed fraction above -1 (a markup), two decimals.</summary>
    RateAboveMinusOne,

    /// <summary>A fraction below 1 (a margin), two decimals.</summary>
    RateBelowOne,

    /// <summary>A signed relative change, two decimals.</summary>
    SignedRate,

    /// <summary>An Excel duration in whole minutes, at most the argument after it (a part of its whole).</summary>
    DaysPart,

    /// <summary>A ratio x of x : 1, not negative, two decimals.</summary>
    Multiple,

    /// <summary>An Excel duration in days, in whole minutes (what a [h]:mm cell holds).</summary>
    Days,

    /// <summary>Hours, not negative, in quarter hours.</summary>
    Hours,

    /// <summary>Hours of either sign, in quarter hours.</summary>
    SignedHours,

    /// <summary>A survey score from 1 to 10, in halves.</summary>
    Score,

    /// <summary>An NPS answer, a whole number from 0 to 10.</summary>
    Answer,

    /// <summary>A direction word: higher or lower.</summary>
    DirectionWord,

    /// <summary>A drift tolerance, a fraction from 0 to 0.3, two decimals.</summary>
    Tolerance,

    /// <summary>A number of periods above 0 (years of a growth rate), in halves up to 30.</summary>
    Periods,

    /// <summary>A confidence level strictly between 0 and 1, from 0.80 to 0.99.</summary>
    Confidence,

    /// <summary>A margin of error strictly between 0 and 1, from 0.5 to 20 points in half points.</summary>
    Margin,

    /// <summary>An expected rate strictly between 0 and 1, two decimals.</summary>
    OpenProportion,
}

/// <summary>Draws a typical value of a <see cref="Domain"/>: few significant digits, as typed by hand.</summary>
internal static class Domains
{
    public static object Draw(Domain domain, Random random, object? whole) => domain switch
    {
        Domain.Count => (double)random.Next(0, 401),
        Domain.Part => (double)random.Next(0, (int)(whole as double? ?? 0d) + 1),
        Domain.Amount => random.Next(0, 5_000_001) / 100d,
        Domain.Signed => random.Next(-1_000, 1_001) / 2d,
        Domain.NotNegative => random.Next(0, 1_001) / 2d,
        Domain.Proportion => random.Next(0, 10_001) / 10_000d,
        Domain.RateAboveMinusOne => random.Next(-99, 301) / 100d,
        Domain.RateBelowOne => random.Next(-100, 100) / 100d,
        Domain.SignedRate => random.Next(-100, 201) / 100d,
        Domain.Multiple => random.Next(0, 601) / 100d,
        Domain.Days => random.Next(0, 4_321) / 1_440d,
        Domain.DaysPart => random.Next(0, (int)Math.Round((whole as double? ?? 0d) * 1_440d) + 1) / 1_440d,
        Domain.Hours => random.Next(0, 1_201) / 4d,
        Domain.SignedHours => random.Next(-400, 1_201) / 4d,
        Domain.Score => random.Next(2, 21) / 2d,
        Domain.Answer => (double)random.Next(0, 11),
        Domain.DirectionWord => random.Next(2) == 0 ? "higher" : "lower",
        Domain.Tolerance => random.Next(0, 31) / 100d,
        Domain.Periods => random.Next(1, 61) / 2d,
        Domain.Confidence => random.Next(80, 100) / 100d,
        Domain.Margin => random.Next(1, 41) / 200d,
        Domain.OpenProportion => random.Next(1, 100) / 100d,
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, "Unknown domain."),
    };

    /// <summary>
    /// The error our functions return for a number outside the domain, and the rule it breaks (the id of
    /// its difference in docs/excel.md); null when the number is in the domain.
    /// </summary>
    public static (string Error, string Rule)? Refusal(Domain domain, double number) => domain switch
    {
        Domain.Count or Domain.Part when number < 0 => ("#VALUE!", "not-negative"),
        Domain.Count or Domain.Part when number != Math.Floor(number) => ("#VALUE!", "whole-number"),
        Domain.Amount or Domain.NotNegative or Domain.Days or Domain.DaysPart or Domain.Hours or Domain.Multiple when number < 0 => ("#VALUE!", "not-negative"),
        Domain.Proportion when number is < 0 or > 1 => ("#NUM!", "outside-range"),
        Domain.Score when number is < 1 or > 10 => ("#NUM!", "outside-range"),
        Domain.Answer when number is < 0 or > 10 || number != Math.Floor(number) => ("#NUM!", "outside-range"),
        Domain.RateAboveMinusOne when number < -1 => ("#NUM!", "outside-range"),
        Domain.RateBelowOne when number > 1 => ("#NUM!", "outside-range"),
        Domain.Tolerance when number < 0 => ("#NUM!", "outside-range"),
        Domain.Periods when number <= 0 => ("#NUM!", "outside-range"),
        Domain.Confidence or Domain.Margin or Domain.OpenProportion when number is <= 0 or >= 1 => ("#NUM!", "outside-range"),
        _ => null,
    };
}
