using System;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>Seeded random amounts in the regimes the exact sums must handle: fast path and every fallback.</summary>
public static class DecimalData
{
    /// <summary>The regimes of <see cref="Amounts(Random, int, int)"/>.</summary>
    public const int RegimeCount = 10;

    /// <summary>A non-negative amount below 2^40 units at the scale (everyday money), zero about one time in ten.</summary>
    public static decimal Small(Random random, byte scale) =>
        random.Next(10) == 0 ? new decimal(0, 0, 0, false, scale) : new decimal(random.Next(), random.Next(0, 256), 0, false, scale);

    /// <summary>
    /// <paramref name="length"/> amounts of one regime:
    /// 0 one scale (2), small: the fast path;
    /// 1 one scale, one row of another scale at a random place: fallback;
    /// 2 scales 0 to 8 mixed: fallback;
    /// 3 near decimal.MaxValue at scale 0: the plain loop overflows;
    /// 4 near decimal.MaxValue at scales 1 to 28: the plain loop rounds;
    /// 5 one scale, values of 64 to 96 bits: unkeyed fast path, keyed fallback;
    /// 6 one scale (2) with negative zeros (-0.00): fallback (a sign bit);
    /// 7 one scale with one negative amount: rejected;
    /// 8 scale 28, tiny values: the fast path at the largest scale;
    /// 9 one scale (4), values just below 2^96 / length: totals at the edge of 96 bits.
    /// </summary>
    public static decimal[] Amounts(Random random, int length, int regime)
    {
        var values = new decimal[length];
        var scale = (byte)(regime == 8 ? 28 : regime == 9 ? 4 : 2);
        for (var i = 0; i < length; i++)
        {
            values[i] = regime switch
            {
                2 => Small(random, (byte)random.Next(0, 9)),
                3 => new decimal(random.Next(), random.Next(), random.Next(int.MaxValue - 4, int.MaxValue) | int.MinValue, false, 0),
                4 => new decimal(random.Next(), random.Next(), random.Next() | int.MinValue, false, (byte)random.Next(1, 29)),
                5 => new decimal(random.Next(), random.Next(), random.Next(0, 1 << 20), false, scale),
                6 => random.Next(4) == 0 ? new decimal(0, 0, 0, true, scale) : Small(random, scale),
                9 => EdgeOf96Bits(random, length, scale),
                _ => Small(random, scale),
            };
        }

        if (length > 0 && regime == 1)
        {
            values[random.Next(length)] = Small(random, 3);
        }

        if (length > 0 && regime == 7)
        {
            values[random.Next(length)] = -1.25m;
        }

        return values;
    }

    private static decimal EdgeOf96Bits(Random random, int length, byte scale)
    {
        // About 2^96 / length, give or take: some sums fit in 96 bits, some just do not.
        var share = (UInt128.One << 96) / (UInt128)Math.Max(1, length);
        var value = share - (share / 64) + (UInt128)(ulong)random.NextInt64(0, long.MaxValue) % (share / 32 + 1);
        value = UInt128.Min(value, (UInt128.One << 96) - 1);
        return new decimal((int)(uint)value, (int)(uint)(value >> 32), (int)(uint)(value >> 64), false, scale);
    }

    /// <summary>Minor units of a regime: 0 everyday, 1 near long.MaxValue / length (overflow at the edge), 2 one negative, 3 values of 40 to 62 bits.</summary>
    public static long[] MinorUnits(Random random, int length, int regime)
    {
        var values = new long[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = regime switch
            {
                1 => (long.MaxValue / Math.Max(1, length)) + random.Next(-1000, 1000),
                3 => random.NextInt64(1L << 40, 1L << 62),
                _ => random.Next(0, 10_000_000),
            };

            values[i] = Math.Max(0, values[i]);
        }

        if (length > 0 && regime == 2)
        {
            values[random.Next(length)] = -5;
        }

        return values;
    }
}
