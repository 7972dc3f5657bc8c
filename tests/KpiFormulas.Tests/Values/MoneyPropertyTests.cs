using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Tests.Support;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Money invariants checked by FsCheck, 1000 cases each (KpiProperty): arithmetic laws
/// within a currency, Split and Allocate never losing or creating a minor unit, text and JSON round
/// trips, a consistent total order, currency checks, and rounding.
/// </summary>
public class MoneyPropertyTests
{
    private static Money Sum(Money[] parts, Currency currency) =>
        parts.Aggregate(Money.Zero(currency), (total, part) => total + part);

    // ---- Arithmetic within one currency --------------------------------------------------------

    [KpiProperty(typeof(AnyAmounts))]
    public bool Addition_is_commutative(Currency currency, decimal x, decimal y)
    {
        var (a, b) = (new Money(x, currency), new Money(y, currency));
        return a + b == b + a;
    }

    [KpiProperty(typeof(AnyAmounts))]
    public bool Addition_is_associative(Currency currency, decimal x, decimal y, decimal z)
    {
        // Amounts are below 2^63 with at most 8 decimals (mantissas below 10^27 once aligned), so every
        // sum is exact in decimal and no rounding can hide a failure of the law.
        var (a, b, c) = (new Money(x, currency), new Money(y, currency), new Money(z, currency));
        return (a + b) + c == a + (b + c);
    }

    [KpiProperty]
    public bool Zero_is_neutral_and_an_amount_minus_itself_is_zero(Money a) =>
        a - a == Money.Zero(a.Currency)
            && (a - a).IsZero
            && a + Money.Zero(a.Currency) == a
            && a + (-a) == Money.Zero(a.Currency)
            && (a - a).Currency == a.Currency;

    [KpiProperty(typeof(AnyAmounts))]
    public bool Adding_then_subtracting_gives_back_the_amount(Currency currency, decimal x, decimal y)
    {
        var (a, b) = (new Money(x, currency), new Money(y, currency));
        return (a + b) - b == a && (a - b) + b == a;
    }

    // ---- Split and Allocate ----------------------------------------------------------------------

    [KpiProperty(typeof(WholeMinorUnitMoney))]
    public Property Split_parts_add_up_exactly_and_differ_by_at_most_one_minor_unit(Money whole) =>
        Prop.ForAll(
            MoneyGenerators.Parts().ToArbitrary(),
            n =>
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
            });

    [KpiProperty(typeof(WholeMinorUnitMoney))]
    public Property Allocate_parts_add_up_exactly_and_stay_within_one_minor_unit_of_the_exact_share(Money whole) =>
        Prop.ForAll(
            MoneyGenerators.Weights().ToArbitrary(),
            weights =>
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
            });

    [KpiProperty(typeof(WholeMinorUnitMoney))]
    public Property Allocate_with_equal_weights_is_Split(Money whole) =>
        Prop.ForAll(
            Gen.Choose(1, 20).ToArbitrary(),
            n => whole.Allocate(Enumerable.Repeat(1m, n).ToArray()).SequenceEqual(whole.Split(n)));

    // ---- Text ------------------------------------------------------------------------------------

    [KpiProperty(typeof(WholeMinorUnitMoney))]
    public bool Parse_of_C_text_gives_back_an_amount_in_whole_minor_units_in_every_culture(Money money, CultureInfo culture) =>
        Money.Parse(money.ToString("C", culture), culture) == money.Round()
            && money.Round() == money;

    [KpiProperty]
    public bool Parse_of_C_text_gives_back_the_rounded_amount_in_every_culture(Money money, CultureInfo culture)
    {
        // Display rounding and Round() both go half away from zero; without a minor unit the text
        // carries every decimal the amount has.
        var expected = money.Currency.HasMinorUnits ? money.Round() : money;
        return Money.Parse(money.ToString("C", culture), culture) == expected;
    }

    [KpiProperty]
    public bool Parse_of_R_text_gives_back_the_exact_amount_and_its_scale_in_every_culture(Money money, CultureInfo culture)
    {
        var text = money.ToString("R", culture);
        var parsed = Money.Parse(text, culture);
        return parsed == money
            && parsed.Currency == money.Currency
            && parsed.ToString("R", null) == text
            && text == money.ToString("R", CultureInfo.InvariantCulture);
    }

    [KpiProperty]
    public Property TryFormat_agrees_with_ToString(Money money, CultureInfo culture) =>
        Prop.ForAll(
            Gen.Elements("R", "C", "C0", "N", "N3", string.Empty).ToArbitrary(),
            format =>
            {
                var chars = new char[128];
                var bytes = new byte[256];
                var expected = money.ToString(format, culture);
                return money.TryFormat(chars, out var written, format, culture)
                    && new string(chars, 0, written) == expected
                    && money.TryFormat(bytes, out var byteCount, format, culture)
                    && System.Text.Encoding.UTF8.GetString(bytes, 0, byteCount) == expected;
            });

    // ---- JSON ------------------------------------------------------------------------------------

    [KpiProperty]
    public bool Json_round_trip_gives_back_the_exact_amount(Money money)
    {
        var back = JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money));
        return back == money && back.ToString("R", null) == money.ToString("R", null);
    }

    // ---- Equality and order ----------------------------------------------------------------------

    [KpiProperty(typeof(FewMoneyValues))]
    public bool CompareTo_is_zero_exactly_when_Equals_and_hash_codes_follow(Money a, Money b) =>
        (a.CompareTo(b) == 0) == a.Equals(b)
            && a.Equals(b) == (a == b)
            && a.Equals(b) != (a != b)
            && a.Equals(b) == a.Equals((object)b)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());

    [KpiProperty(typeof(FewMoneyValues))]
    public bool CompareTo_is_antisymmetric(Money a, Money b) => Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [KpiProperty(typeof(FewMoneyValues))]
    public bool CompareTo_is_transitive_and_orders_by_currency_first(Money a, Money b, Money c) =>
        (!(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0)
            && (a.Currency == b.Currency || Math.Sign(a.CompareTo(b)) == Math.Sign(a.Currency.CompareTo(b.Currency)));

    [KpiProperty(typeof(AnyAmounts))]
    public bool Comparison_operators_agree_with_CompareTo_within_a_currency(Currency currency, decimal x, decimal y)
    {
        var (a, b) = (new Money(x, currency), new Money(y, currency));
        var order = a.CompareTo(b);
        return (a < b) == (order < 0)
            && (a > b) == (order > 0)
            && (a <= b) == (order <= 0)
            && (a >= b) == (order >= 0)
            && Money.Max(a, b) == (order >= 0 ? a : b)
            && Money.Min(a, b) == (order <= 0 ? a : b);
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

    [KpiProperty(typeof(FewMoneyValues))]
    public bool Operators_throw_CurrencyMismatchException_exactly_when_the_currencies_differ(Money a, Money b)
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
    }

    // ---- Rounding --------------------------------------------------------------------------------

    [KpiProperty(typeof(MinorUnitMoney))]
    public bool Round_is_idempotent_and_within_half_a_minor_unit(Money money)
    {
        var rounded = money.Round();
        var halfUnit = MoneyGenerators.Unit(money.Currency) / 2m;
        return rounded.Round() == rounded
            && Math.Abs(rounded.Amount - money.Amount) <= halfUnit
            && MoneyGenerators.IsWholeMinorUnits(rounded)
            && rounded.Currency == money.Currency
            && rounded == money.Round(Money.DefaultRounding);
    }

    [KpiProperty(typeof(MinorUnitMoney))]
    public bool Round_with_any_mode_is_idempotent_and_moves_the_right_way(Money money, MidpointRounding mode)
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
    }

    [KpiProperty(typeof(MidpointMoney))]
    public bool Rounding_a_midpoint_goes_away_from_zero_by_default(Money money)
    {
        var halfUnit = MoneyGenerators.Unit(money.Currency) / 2m;
        var expected = money.Amount + (money.IsNegative ? -halfUnit : halfUnit);
        return money.Round().Amount == expected;
    }

    // ---- Minor units -----------------------------------------------------------------------------

    [KpiProperty(typeof(CurrenciesWithMinorUnits))]
    public Property FromMinorUnits_and_ToMinorUnits_round_trip_every_long(Currency currency) =>
        Prop.ForAll(
            Generators.WideLong().ToArbitrary(),
            units =>
            {
                var money = Money.FromMinorUnits(units, currency);
                return money.ToMinorUnits() == units
                    && money.Amount == units * MoneyGenerators.Unit(currency)
                    && MoneyGenerators.IsWholeMinorUnits(money);
            });
}
