using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Money invariants checked by FsCheck, 1000 cases each (PropertyCheck.Holds): arithmetic laws
/// within a currency, Split and Allocate never losing or creating a minor unit, text and JSON round
/// trips, a consistent total order, currency checks, and rounding.
/// </summary>
public class MoneyPropertyTests
{
    private static Money Sum(Money[] parts, Currency currency) =>
        parts.Aggregate(Money.Zero(currency), (total, part) => total + part);

    // ---- Arithmetic within one currency --------------------------------------------------------

    [Fact]
    public void Addition_is_commutative()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.SameCurrencyTriple().ToArbitrary(),
            t => t.A + t.B == t.B + t.A));
    }

    [Fact]
    public void Addition_is_associative()
    {
        // Amounts are below 2^63 with at most 8 decimals (mantissas below 10^27 once aligned), so every
        // sum is exact in decimal and no rounding can hide a failure of the law.
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.SameCurrencyTriple().ToArbitrary(),
            t => (t.A + t.B) + t.C == t.A + (t.B + t.C)));
    }

    [Fact]
    public void Zero_is_neutral_and_an_amount_minus_itself_is_zero()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.AnyMoney().ToArbitrary(),
            a => a - a == Money.Zero(a.Currency)
                && (a - a).IsZero
                && a + Money.Zero(a.Currency) == a
                && a + (-a) == Money.Zero(a.Currency)
                && (a - a).Currency == a.Currency));
    }

    [Fact]
    public void Adding_then_subtracting_gives_back_the_amount()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.SameCurrencyTriple().ToArbitrary(),
            t => (t.A + t.B) - t.B == t.A && (t.A - t.B) + t.B == t.A));
    }

    // ---- Split and Allocate ----------------------------------------------------------------------

    [Fact]
    public void Split_parts_add_up_exactly_and_differ_by_at_most_one_minor_unit()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.RoundedMoney().ToArbitrary(),
            MoneyGenerators.Parts().ToArbitrary(),
            (whole, n) =>
            {
                var parts = whole.Split(n);
                var unit = MoneyGenerators.Unit(whole.Currency);
                var magnitudes = parts.Select(p => Math.Abs(p.Amount)).ToArray();

                return parts.Length == n
                    && Sum(parts, whole.Currency) == whole
                    && parts.All(p => p.Currency == whole.Currency)
                    && parts.All(MoneyGenerators.IsWholeMinorUnits)
                    && parts.Max(p => p.Amount) - parts.Min(p => p.Amount) <= unit
                    && parts.All(p => p.IsZero || p.IsNegative == whole.IsNegative)

                    // The larger parts come first.
                    && magnitudes.Zip(magnitudes.Skip(1)).All(pair => pair.First >= pair.Second);
            }));
    }

    [Fact]
    public void Allocate_parts_add_up_exactly_and_stay_within_one_minor_unit_of_the_exact_share()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.RoundedMoney().ToArbitrary(),
            MoneyGenerators.Weights().ToArbitrary(),
            (whole, weights) =>
            {
                var parts = whole.Allocate(weights);
                var unit = MoneyGenerators.Unit(whole.Currency);
                var total = weights.Sum();

                return parts.Length == weights.Length
                    && Sum(parts, whole.Currency) == whole
                    && parts.All(p => p.Currency == whole.Currency)
                    && parts.All(MoneyGenerators.IsWholeMinorUnits)
                    && parts.Zip(weights).All(pw =>
                    {
                        var exactShare = whole.Amount * pw.Second / total;
                        return Math.Abs(pw.First.Amount - exactShare) < unit
                            && (pw.Second != 0m || pw.First.IsZero)
                            && (pw.First.IsZero || pw.First.IsNegative == whole.IsNegative);
                    });
            }));
    }

    [Fact]
    public void Allocate_with_equal_weights_is_Split()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.RoundedMoney().ToArbitrary(),
            Gen.Choose(1, 20).ToArbitrary(),
            (whole, n) => whole.Allocate(Enumerable.Repeat(1m, n).ToArray()).SequenceEqual(whole.Split(n))));
    }

    // ---- Text ------------------------------------------------------------------------------------

    [Fact]
    public void Parse_of_C_text_gives_back_an_amount_in_whole_minor_units_in_every_culture()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.RoundedMoney().ToArbitrary(),
            Generators.Culture().ToArbitrary(),
            (money, culture) => Money.Parse(money.ToString("C", culture), culture) == money.Round()
                && money.Round() == money));
    }

    [Fact]
    public void Parse_of_C_text_gives_back_the_rounded_amount_in_every_culture()
    {
        // Display rounding and Round() both go half away from zero; without a minor unit the text
        // carries every decimal the amount has.
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.AnyMoney().ToArbitrary(),
            Generators.Culture().ToArbitrary(),
            (money, culture) =>
            {
                var expected = money.Currency.HasMinorUnits ? money.Round() : money;
                return Money.Parse(money.ToString("C", culture), culture) == expected;
            }));
    }

    [Fact]
    public void Parse_of_R_text_gives_back_the_exact_amount_and_its_scale_in_every_culture()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.AnyMoney().ToArbitrary(),
            Generators.Culture().ToArbitrary(),
            (money, culture) =>
            {
                var text = money.ToString("R", culture);
                var parsed = Money.Parse(text, culture);
                return parsed == money
                    && parsed.Currency == money.Currency
                    && parsed.ToString("R", null) == text
                    && text == money.ToString("R", CultureInfo.InvariantCulture);
            }));
    }

    [Fact]
    public void TryFormat_agrees_with_ToString()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.AnyMoney().ToArbitrary(),
            Generators.Culture().ToArbitrary(),
            Gen.Elements("R", "C", "C0", "N", "N3", string.Empty).ToArbitrary(),
            (money, culture, format) =>
            {
                var chars = new char[128];
                var bytes = new byte[256];
                var expected = money.ToString(format, culture);
                return money.TryFormat(chars, out var written, format, culture)
                    && new string(chars, 0, written) == expected
                    && money.TryFormat(bytes, out var byteCount, format, culture)
                    && System.Text.Encoding.UTF8.GetString(bytes, 0, byteCount) == expected;
            }));
    }

    // ---- JSON ------------------------------------------------------------------------------------

    [Fact]
    public void Json_round_trip_gives_back_the_exact_amount()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.AnyMoney().ToArbitrary(),
            money =>
            {
                var back = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money));
                return back == money && back.ToString("R", null) == money.ToString("R", null);
            }));
    }

    // ---- Equality and order ----------------------------------------------------------------------

    [Fact]
    public void CompareTo_is_zero_exactly_when_Equals_and_hash_codes_follow()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.FewValues().ToArbitrary(),
            MoneyGenerators.FewValues().ToArbitrary(),
            (a, b) => (a.CompareTo(b) == 0) == a.Equals(b)
                && a.Equals(b) == (a == b)
                && a.Equals(b) != (a != b)
                && a.Equals(b) == a.Equals((object)b)
                && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())));
    }

    [Fact]
    public void CompareTo_is_antisymmetric()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.FewValues().ToArbitrary(),
            MoneyGenerators.FewValues().ToArbitrary(),
            (a, b) => Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))));
    }

    [Fact]
    public void CompareTo_is_transitive_and_orders_by_currency_first()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.FewValues().ToArbitrary(),
            MoneyGenerators.FewValues().ToArbitrary(),
            MoneyGenerators.FewValues().ToArbitrary(),
            (a, b, c) =>
                (!(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0)
                && (a.Currency == b.Currency || Math.Sign(a.CompareTo(b)) == Math.Sign(a.Currency.CompareTo(b.Currency)))));
    }

    [Fact]
    public void Comparison_operators_agree_with_CompareTo_within_a_currency()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.SameCurrencyTriple().ToArbitrary(),
            t =>
            {
                var (a, b, _) = t;
                var order = a.CompareTo(b);
                return (a < b) == (order < 0)
                    && (a > b) == (order > 0)
                    && (a <= b) == (order <= 0)
                    && (a >= b) == (order >= 0)
                    && Money.Max(a, b) == (order >= 0 ? a : b)
                    && Money.Min(a, b) == (order <= 0 ? a : b);
            }));
    }

    // ---- Currency checks -------------------------------------------------------------------------

    private static bool ThrowsMismatch(Action operation)
    {
        try
        {
            operation();
            return false;
        }
        catch (CurrencyMismatchException)
        {
            return true;
        }
        catch (DivideByZeroException)
        {
            // Same currency, zero divisor: the currency check passed.
            return false;
        }
    }

    [Fact]
    public void Operators_throw_CurrencyMismatchException_exactly_when_the_currencies_differ()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.FewValues().ToArbitrary(),
            MoneyGenerators.FewValues().ToArbitrary(),
            (a, b) =>
            {
                var differ = a.Currency != b.Currency;
                Action[] operations =
                [
                    () => _ = a + b,
                    () => _ = a - b,
                    () => _ = a < b,
                    () => _ = a > b,
                    () => _ = a <= b,
                    () => _ = a >= b,
                    () => _ = a / b,
                    () => _ = Money.Max(a, b),
                    () => _ = Money.Min(a, b),
                ];

                return operations.All(operation => ThrowsMismatch(operation) == differ)
                    && !ThrowsMismatch(() => _ = a == b)
                    && !ThrowsMismatch(() => _ = a.CompareTo(b));
            }));
    }

    // ---- Rounding --------------------------------------------------------------------------------

    [Fact]
    public void Round_is_idempotent_and_within_half_a_minor_unit()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.MoneyWithMinorUnits().ToArbitrary(),
            money =>
            {
                var rounded = money.Round();
                var halfUnit = MoneyGenerators.Unit(money.Currency) / 2m;
                return rounded.Round() == rounded
                    && Math.Abs(rounded.Amount - money.Amount) <= halfUnit
                    && MoneyGenerators.IsWholeMinorUnits(rounded)
                    && rounded.Currency == money.Currency
                    && rounded == money.Round(Money.DefaultRounding);
            }));
    }

    [Fact]
    public void Round_with_any_mode_is_idempotent_and_moves_the_right_way()
    {
        PropertyCheck.Holds(Prop.ForAll(
            MoneyGenerators.MoneyWithMinorUnits().ToArbitrary(),
            MoneyGenerators.Mode().ToArbitrary(),
            (money, mode) =>
            {
                var rounded = money.Round(mode);
                var unit = MoneyGenerators.Unit(money.Currency);
                var distance = Math.Abs(rounded.Amount - money.Amount);
                var bounded = mode switch
                {
                    MidpointRounding.ToEven or MidpointRounding.AwayFromZero => distance <= unit / 2m,
                    MidpointRounding.ToZero => distance < unit && Math.Abs(rounded.Amount) <= Math.Abs(money.Amount),
                    MidpointRounding.ToNegativeInfinity => distance < unit && rounded.Amount <= money.Amount,
                    _ => distance < unit && rounded.Amount >= money.Amount,
                };
                return bounded
                    && rounded.Round(mode) == rounded
                    && MoneyGenerators.IsWholeMinorUnits(rounded);
            }));
    }

    [Fact]
    public void Rounding_a_midpoint_goes_away_from_zero_by_default()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.CurrencyWithMinorUnits().SelectMany(c => MoneyGenerators.MidpointAmount(c).Select(a => new Money(a, c))).ToArbitrary(),
            money =>
            {
                var halfUnit = MoneyGenerators.Unit(money.Currency) / 2m;
                var expected = money.Amount + (money.IsNegative ? -halfUnit : halfUnit);
                return money.Round().Amount == expected;
            }));
    }

    // ---- Minor units -----------------------------------------------------------------------------

    [Fact]
    public void FromMinorUnits_and_ToMinorUnits_round_trip_every_long()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.WideLong().ToArbitrary(),
            Generators.CurrencyWithMinorUnits().ToArbitrary(),
            (units, currency) =>
            {
                var money = Money.FromMinorUnits(units, currency);
                return money.ToMinorUnits() == units
                    && money.Amount == units * MoneyGenerators.Unit(currency)
                    && MoneyGenerators.IsWholeMinorUnits(money);
            }));
    }
}
