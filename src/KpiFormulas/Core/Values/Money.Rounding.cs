using System;
using KpiFormulas.Internal;

namespace KpiFormulas;

public readonly partial struct Money
{
    /// <summary>
    /// The rounding rule used when none is given: <see cref="MidpointRounding.AwayFromZero"/>
    /// (0.125 EUR rounds to 0.13 EUR, -0.125 EUR to -0.13 EUR), the rule of commercial invoices and
    /// of spreadsheet <c>ROUND</c>, and the one .NET number formatting applies for display.
    /// </summary>
    public static MidpointRounding DefaultRounding => MidpointRounding.AwayFromZero;

    /// <summary>
    /// Rounds to the currency's minor unit (cents for EUR, whole yen for JPY, mils for BHD) with
    /// <see cref="DefaultRounding"/>.
    /// </summary>
    /// <returns>The rounded amount, in the same currency.</returns>
    /// <exception cref="InvalidOperationException">The currency has no minor unit in ISO 4217 (use <see cref="Round(int, MidpointRounding)"/>).</exception>
    public Money Round() => Round(DefaultRounding);

    /// <summary>Rounds to the currency's minor unit with a chosen midpoint rule.</summary>
    /// <param name="mode">How to round a value exactly half-way (for example <see cref="MidpointRounding.ToEven"/>, banker's rounding).</param>
    /// <returns>The rounded amount, in the same currency.</returns>
    /// <exception cref="InvalidOperationException">The currency has no minor unit in ISO 4217.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined rule.</exception>
    public Money Round(MidpointRounding mode)
    {
        RequireMinorUnits();
        return Round(Currency.MinorUnits, mode);
    }

    /// <summary>Rounds to a given number of decimals with a chosen midpoint rule.</summary>
    /// <param name="decimals">Digits to keep after the decimal point, 0 to 28.</param>
    /// <param name="mode">How to round a value exactly half-way.</param>
    /// <returns>The rounded amount, in the same currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..28, or <paramref name="mode"/> is not a defined rule.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        Preconditions.InRange(decimals, 0, 28);
        Preconditions.Defined(mode);

        return new Money(decimal.Round(Amount, decimals, mode), Currency);
    }

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> amounts that add up exactly to it and differ
    /// by at most one minor unit; the larger parts come first (100 EUR / 3 = 33.34 + 33.33 + 33.33).
    /// </summary>
    /// <param name="parts">How many parts, at least 1.</param>
    /// <returns>The parts, in the same currency, each a whole number of minor units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units (call <see cref="Round()"/> first), or the currency has no minor unit.</exception>
    public Money[] Split(int parts)
    {
        Preconditions.Positive(parts);

        var units = WholeMinorUnits(out var negative);
        var count = new decimal(parts);
        var share = decimal.Truncate(units / count);
        var remainder = units - (share * count);

        // decimal division rounds its 29th digit; correct the quotient so that 0 <= remainder < parts.
        while (remainder < 0m)
        {
            share--;
            remainder += count;
        }

        while (remainder >= count)
        {
            share++;
            remainder -= count;
        }

        var result = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            result[i] = FromWholeUnits(i < remainder ? share + 1m : share, negative);
        }

        return result;
    }

    /// <summary>
    /// Allocates the amount in proportion to weights (largest-remainder method): the parts add up
    /// exactly to the amount, each is a whole number of minor units, and each is within one minor
    /// unit of its exact proportional share. Ties go to the earlier weight.
    /// </summary>
    /// <param name="weights">One non-negative weight per part, at least one, with a positive sum (for example 45, 25, 15, 15).</param>
    /// <returns>One amount per weight, in the same currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, holds a negative weight, or sums to zero.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units (call <see cref="Round()"/> first), or the currency has no minor unit.</exception>
    public Money[] Allocate(params ReadOnlySpan<decimal> weights)
    {
        Preconditions.Argument(!weights.IsEmpty, nameof(weights), "There must be at least one weight.");

        var total = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0m)
            {
                Preconditions.ThrowArgument(nameof(weights), "The weights must not be negative; weight {0} is {1}.", i, weights[i]);
            }

            total += weights[i];
        }

        Preconditions.Argument(total != 0m, nameof(weights), "The weights must not all be zero.");

        var units = WholeMinorUnits(out var negative);
        var n = weights.Length;
        var shares = new decimal[n];
        var fractions = new decimal[n];
        var allocated = 0m;
        for (var i = 0; i < n; i++)
        {
            var exact = units * (weights[i] / total);
            shares[i] = decimal.Truncate(exact);
            fractions[i] = exact - shares[i];
            allocated += shares[i];
        }

        // Hand out what truncation left over, one unit at a time, to the largest fractional parts;
        // the loop also absorbs any excess caused by decimal's last-digit rounding.
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byFraction = fractions[b].CompareTo(fractions[a]);
            return byFraction != 0 ? byFraction : a.CompareTo(b);
        });

        var left = units - allocated;
        for (var k = 0; left > 0m; k = (k + 1) % n)
        {
            if (weights[order[k]] > 0m)
            {
                shares[order[k]]++;
                left--;
            }
        }

        for (var k = n - 1; left < 0m; k = (k + n - 1) % n)
        {
            if (shares[order[k]] > 0m)
            {
                shares[order[k]]--;
                left++;
            }
        }

        var result = new Money[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = FromWholeUnits(shares[i], negative);
        }

        return result;
    }

    /// <summary>The amount as a non-negative whole number of minor units, and its sign.</summary>
    private decimal WholeMinorUnits(out bool negative)
    {
        RequireMinorUnits();
        var units = Amount * Pow10(Currency.MinorUnits);
        if (units != decimal.Truncate(units))
        {
            throw new InvalidOperationException(
                $"{ToString("R", null)} is not a whole number of minor units of {Currency.Code}; call Round() first so that no fraction of a minor unit is lost or created.");
        }

        negative = units < 0m;
        return Math.Abs(decimal.Truncate(units));
    }

    private Money FromWholeUnits(decimal wholeUnits, bool negative)
    {
        var bits = decimal.GetBits(wholeUnits);
        var amount = new decimal(bits[0], bits[1], bits[2], negative && wholeUnits != 0m, (byte)Currency.MinorUnits);
        return new Money(amount, Currency);
    }
}
