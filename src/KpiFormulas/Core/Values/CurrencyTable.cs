using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace KpiFormulas;

/// <summary>One row of the embedded ISO 4217 table.</summary>
/// <param name="Code">The alphabetic code (EUR).</param>
/// <param name="NumericCode">The numeric code (978).</param>
/// <param name="MinorUnits">Decimal digits of the minor unit, or <see cref="CurrencyTable.NotApplicable"/>.</param>
/// <param name="EnglishName">The ISO English name.</param>
internal readonly record struct CurrencyInfo(string Code, short NumericCode, byte MinorUnits, string EnglishName);

/// <summary>Lookups over the embedded ISO 4217 table (the data is in CurrencyTable.Data.cs).</summary>
internal static partial class CurrencyTable
{
    /// <summary>The minor unit ISO 4217 marks "N.A." (precious metals, SDR, test and no-currency codes).</summary>
    internal const byte NotApplicable = 255;

    internal static bool TryFind(ReadOnlySpan<char> code, out short index)
    {
        index = 0;
        if (code.Length != 3)
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        for (var i = 0; i < 3; i++)
        {
            var c = code[i];
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 32);
            }
            else if (c is < 'A' or > 'Z')
            {
                return false;
            }

            upper[i] = c;
        }

        return Lookups.ByCode.TryGetValue(upper, out index);
    }

    internal static bool TryFindNumeric(int numericCode, out short index)
    {
        index = 0;
        return numericCode is > 0 and < 1000 && Lookups.ByNumeric.TryGetValue((short)numericCode, out index);
    }

    // A nested class so that the maps are built after Entries, whatever order the partial
    // declarations' static initialisers run in.
    private static class Lookups
    {
        internal static readonly FrozenDictionary<string, short>.AlternateLookup<ReadOnlySpan<char>> ByCode =
            BuildByCode().GetAlternateLookup<ReadOnlySpan<char>>();

        internal static readonly FrozenDictionary<short, short> ByNumeric = BuildByNumeric();

        private static FrozenDictionary<string, short> BuildByCode()
        {
            var map = new Dictionary<string, short>(Entries.Length, StringComparer.Ordinal);
            for (short i = 0; i < Entries.Length; i++)
            {
                map.Add(Entries[i].Code, i);
            }

            return map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private static FrozenDictionary<short, short> BuildByNumeric()
        {
            var map = new Dictionary<short, short>(Entries.Length);
            for (short i = 0; i < Entries.Length; i++)
            {
                map.Add(Entries[i].NumericCode, i);
            }

            return map.ToFrozenDictionary();
        }
    }
}
