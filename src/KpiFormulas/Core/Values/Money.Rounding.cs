using System;
using System.Numerics;
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

    /// <summary>2^96: the first whole number of minor units a decimal cannot hold with the currency's scale.</summary>
    private static readonly UInt128 MinorUnitLimit = UInt128.One << 96;

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
        Preconditions.Defined(mode);
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
    /// <remarks>Exact over the whole range it accepts: the shares are computed in integer minor units, never rounded.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units (call <see cref="Round()"/> first), or the currency has no minor unit.</exception>
    /// <exception cref="OverflowException">The amount is 2^96 minor units or more (about 7.9 × 10^26 in a currency of two decimals): a part could not be written in minor units as a decimal.</exception>
    public Money[] Split(int parts)
    {
        Preconditions.Positive(parts);

        var units = WholeMinorUnits(out var negative);
        var share = units / (uint)parts;
        var remainder = units % (uint)parts;
        var result = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            result[i] = FromWholeUnits((UInt128)i < remainder ? share + 1 : share, negative);
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
    /// <remarks>
    /// Exact over the whole range it accepts: each share, amount × weight / Σ weights, is computed in
    /// integers (minor units, and the weights scaled to whole numbers), so the parts are the exact shares
    /// rounded down plus one minor unit for the largest remainders, even near decimal's range.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, holds a negative weight, or sums to zero.</exception>
    /// <exception cref="InvalidOperationException">The amount is not a whole number of minor units (call <see cref="Round()"/> first), or the currency has no minor unit.</exception>
    /// <exception cref="OverflowException">The amount is 2^96 minor units or more (about 7.9 × 10^26 in a currency of two decimals): a part could not be written in minor units as a decimal.</exception>
    public Money[] Allocate(params ReadOnlySpan<decimal> weights)
    {
        Preconditions.Argument(!weights.IsEmpty, nameof(weights), "There must be at least one weight.");

        var scale = 0;
        var anyPositive = false;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0m)
            {
                Preconditions.ThrowArgument(nameof(weights), "The weights must not be negative; weight {0} is {1}.", i, weights[i]);
            }

            anyPositive |= weights[i] > 0m;
            scale = Math.Max(scale, weights[i].Scale);
        }

        Preconditions.Argument(anyPositive, nameof(weights), "The weights must not all be zero.");

        // The weights as whole numbers at their largest scale, so that every share is an exact integer quotient.
        var n = weights.Length;
        var whole = new BigInteger[n];
        var total = BigInteger.Zero;
        for (var i = 0; i < n; i++)
        {
            var bits = decimal.GetBits(weights[i]);
            var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
            whole[i] = mantissa * BigInteger.Pow(10, scale - weights[i].Scale);
            total += whole[i];
        }

        var units = WholeMinorUnits(out var negative);
        var shares = new UInt128[n];
        var remainders = new BigInteger[n];
        var left = units;
        for (var i = 0; i < n; i++)
        {
            var share = BigInteger.DivRem(whole[i] * (BigInteger)units, total, out remainders[i]);
            shares[i] = (UInt128)share;
            left -= shares[i];
        }

        // The shares rounded down leave fewer units than there are positive remainders: one more unit
        // to each of the largest remainders (all over the same denominator), the earlier weight first on a tie.
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });

        for (var k = 0; left > 0; k++)
        {
            shares[order[k]]++;
            left--;
        }

        var result = new Money[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = FromWholeUnits(shares[i], negative);
        }

        return result;
    }

    /// <summary>The amount as a non-negative whole number of minor units (below 2^96), and its sign.</summary>
    private UInt128 WholeMinorUnits(out bool negative)
    {
        RequireMinorUnits();
        var bits = decimal.GetBits(Amount);
        var mantissa = (UInt128)unchecked((uint)bits[0]) | ((UInt128)unchecked((uint)bits[1]) << 32) | ((UInt128)unchecked((uint)bits[2]) << 64);
        var scale = Amount.Scale;
        var minorUnits = Currency.MinorUnits;
        UInt128 units;
        if (scale > minorUnits)
        {
            var divisor = UInt128.One;
            for (var d = minorUnits; d < scale; d++)
            {
                divisor *= 10;
            }

            if (mantissa % divisor != 0)
            {
                throw new InvalidOperationException(
                    $"{ToString("R", null)} is not a whole number of minor units of {Currency.Code}; call Round() first so that no fraction of a minor unit is lost or created.");
            }

            units = mantissa / divisor;
        }
        else
        {
            // Below 2^96 × 10^4 (four decimals at most in ISO 4217): no overflow of 128 bits.
            units = mantissa;
            for (var d = scale; d < minorUnits; d++)
            {
                units *= 10;
            }
        }

        if (units >= MinorUnitLimit)
        {
            throw new OverflowException(
                $"{ToString("R", null)} is 2^96 minor units of {Currency.Code} or more: its parts could not all be written in minor units as decimals.");
        }

        negative = Amount < 0m;
        return units;
    }

    private Money FromWholeUnits(UInt128 wholeUnits, bool negative)
    {
        var amount = new decimal(
            unchecked((int)(uint)wholeUnits),
            unchecked((int)(uint)(wholeUnits >> 32)),
            unchecked((int)(uint)(wholeUnits >> 64)),
            negative && wholeUnits != 0,
            (byte)Currency.MinorUnits);
        return new Money(amount, Currency);
    }
}
