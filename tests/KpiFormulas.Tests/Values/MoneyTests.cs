using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Money by example: construction, minor units, arithmetic, currency mismatches, equality and
/// ordering, rounding, splitting and allocating. Expected values are hand calculations; the
/// documented examples come from docs/values.md and the XML docs of Money.
/// </summary>
public class MoneyTests
{
    private static readonly Currency XAU = new Currency("XAU");
    private static readonly Currency CLF = new Currency("CLF");

    private static Money Eur(decimal amount) => Money.Euros(amount);

    private static Money Yen(decimal amount) => new(amount, Currency.JPY);

    private static Money Dinars(decimal amount) => new(amount, Currency.BHD);

    // ---- Construction and properties ---------------------------------------------------------

    [Fact]
    public void Constructor_keeps_the_amount_exactly()
    {
        var money = new Money(1549.995m, Currency.EUR);

        Assert.Equal(1549.995m, money.Amount);
        Assert.Equal(Currency.EUR, money.Currency);
        Assert.Equal("EUR 1549.995", money.ToString("R", null));
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("eur")]
    public void Constructor_takes_a_currency_code(string code)
    {
        var money = new Money(12.5m, code);

        Assert.Equal(Money.Euros(12.5m), money);
        Assert.Equal(Currency.EUR, money.Currency);
    }

    [Fact]
    public void Constructor_rejects_an_unknown_or_null_code()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, "QQQ"));
        Assert.Contains("QQQ", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new Money(1m, (string)null!));
    }

    [Fact]
    public void Factories_give_the_named_currency()
    {
        Assert.Equal(new Money(5m, Currency.EUR), Money.Euros(5m));
        Assert.Equal(new Money(5m, Currency.USD), Money.UsDollars(5m));
        Assert.Equal(Currency.EUR, Money.Euros(5m).Currency);
        Assert.Equal(Currency.USD, Money.UsDollars(5m).Currency);

        var zero = Money.Zero(Currency.JPY);
        Assert.Equal(0m, zero.Amount);
        Assert.Equal(Currency.JPY, zero.Currency);
        Assert.True(zero.IsZero);
    }

    [Fact]
    public void Default_is_zero_with_no_currency()
    {
        var none = default(Money);

        Assert.Equal(0m, none.Amount);
        Assert.Equal(Currency.XXX, none.Currency);
        Assert.Equal(Money.Zero(Currency.XXX), none);
        Assert.True(none.IsZero);
        Assert.False(none.IsNegative);
    }

    [Theory]
    [InlineData("0", true, false)]
    [InlineData("0.00", true, false)]
    [InlineData("-0.00", true, false)]
    [InlineData("0.01", false, false)]
    [InlineData("-0.01", false, true)]
    [InlineData("-1550", false, true)]
    public void IsZero_and_IsNegative(string amount, bool isZero, bool isNegative)
    {
        var money = Eur(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(isZero, money.IsZero);
        Assert.Equal(isNegative, money.IsNegative);
    }

    [Fact]
    public void Deconstruct_gives_amount_and_currency()
    {
        var (amount, currency) = Dinars(1.234m);

        Assert.Equal(1.234m, amount);
        Assert.Equal(Currency.BHD, currency);
    }

    // ---- Minor units -------------------------------------------------------------------------

    [Theory]
    [InlineData(155000L, "EUR", "1550.00")]
    [InlineData(1L, "EUR", "0.01")]
    [InlineData(-1L, "EUR", "-0.01")]
    [InlineData(0L, "EUR", "0.00")]
    [InlineData(1550L, "JPY", "1550")]
    [InlineData(1234L, "BHD", "1.234")]
    [InlineData(5L, "CLF", "0.0005")]
    [InlineData(long.MaxValue, "EUR", "92233720368547758.07")]
    [InlineData(long.MinValue, "EUR", "-92233720368547758.08")]
    [InlineData(long.MinValue, "JPY", "-9223372036854775808")]
    [InlineData(long.MinValue, "CLF", "-922337203685477.5808")]
    public void FromMinorUnits_scales_by_the_minor_unit(long minorUnits, string code, string expected)
    {
        var money = Money.FromMinorUnits(minorUnits, new Currency(code));

        Assert.Equal(new Currency(code), money.Currency);

        // The amount carries the currency's scale: 155000 cents are 1550.00, not 1550.
        Assert.Equal($"{code} {expected}", money.ToString("R", null));
    }

    [Fact]
    public void FromMinorUnits_refuses_a_currency_without_minor_unit()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(100L, XAU));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("XAU", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1550.00", "EUR", 155000L)]
    [InlineData("15.5", "EUR", 1550L)]
    [InlineData("0.125", "EUR", 13L)] // rounded half away from zero (Money.DefaultRounding)
    [InlineData("-0.125", "EUR", -13L)]
    [InlineData("0.124999", "EUR", 12L)]
    [InlineData("1550.5", "JPY", 1551L)]
    [InlineData("1.2345", "BHD", 1235L)]
    [InlineData("1.23445", "CLF", 12345L)] // 4 decimals: 1.23445 -> 1.2345
    [InlineData("92233720368547758.07", "EUR", long.MaxValue)]
    [InlineData("-92233720368547758.08", "EUR", long.MinValue)]
    [InlineData("-92233720368547758.075", "EUR", long.MinValue)] // rounds to -...58.08, still fits
    public void ToMinorUnits_rounds_then_counts_minor_units(string amount, string code, long expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code);

        Assert.Equal(expected, money.ToMinorUnits());
    }

    [Theory]
    [InlineData("92233720368547758.08")] // long.MaxValue + 1 cents
    [InlineData("92233720368547758.075")] // rounds up to long.MaxValue + 1 cents
    [InlineData("-92233720368547758.09")]
    [InlineData("79228162514264337593543950335")] // decimal.MaxValue: 100 times it is not even a decimal
    public void ToMinorUnits_overflows_beyond_a_long(string amount)
    {
        var money = Eur(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Throws<OverflowException>(() => money.ToMinorUnits());
    }

    [Fact]
    public void ToMinorUnits_refuses_a_currency_without_minor_unit()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new Money(1m, XAU).ToMinorUnits());
        Assert.Contains("XAU", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => default(Money).ToMinorUnits());
    }

    [Fact]
    public void FromMinorUnits_and_ToMinorUnits_are_inverse()
    {
        foreach (var units in new[] { 0L, 1L, -1L, 99L, 155000L, long.MaxValue, long.MinValue })
        {
            Assert.Equal(units, Money.FromMinorUnits(units, Currency.EUR).ToMinorUnits());
            Assert.Equal(units, Money.FromMinorUnits(units, Currency.BHD).ToMinorUnits());
        }
    }

    // ---- Max, Min, Abs -----------------------------------------------------------------------

    [Fact]
    public void Max_and_Min_pick_within_one_currency()
    {
        Assert.Equal(Eur(2m), Money.Max(Eur(1m), Eur(2m)));
        Assert.Equal(Eur(2m), Money.Max(Eur(2m), Eur(1m)));
        Assert.Equal(Eur(1m), Money.Min(Eur(1m), Eur(2m)));
        Assert.Equal(Eur(1m), Money.Min(Eur(2m), Eur(1m)));
        Assert.Equal(Eur(-1m), Money.Max(Eur(-1m), Eur(-5m)));
        Assert.Equal(Eur(-5m), Money.Min(Eur(-1m), Eur(-5m)));
        Assert.Equal(Eur(3m), Money.Max(Eur(3m), Eur(3.00m)));
    }

    [Theory]
    [InlineData("-5.25", "5.25")]
    [InlineData("5.25", "5.25")]
    [InlineData("0", "0")]
    public void Abs_drops_the_sign_and_keeps_the_currency(string amount, string expected)
    {
        var money = Yen(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Yen(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), money.Abs());
        Assert.Equal(Currency.JPY, money.Abs().Currency);
    }

    // ---- Arithmetic --------------------------------------------------------------------------

    [Fact]
    public void The_documented_saving_example()
    {
        // Money's XML example: 50 * 35 EUR - 200 EUR = 1 550 EUR.
        var saving = new Money(50m * 35m, Currency.EUR) - new Money(200m, Currency.EUR);

        Assert.Equal(Eur(1550m), saving);
    }

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        Assert.Equal(Eur(0.3m), Eur(0.1m) + Eur(0.2m));
        Assert.Equal(Eur(-0.1m), Eur(0.1m) - Eur(0.2m));
        Assert.Equal(Eur(1550.005m), Eur(1550m) + Eur(0.005m)); // no rounding to cents
        Assert.Equal(Currency.EUR, (Eur(1m) + Eur(2m)).Currency);
        Assert.Equal(Eur(3m), Money.Add(Eur(1m), Eur(2m)));
        Assert.Equal(Eur(-1m), Money.Subtract(Eur(1m), Eur(2m)));
    }

    [Fact]
    public void Unary_operators()
    {
        Assert.Equal(Eur(-5.5m), -Eur(5.5m));
        Assert.Equal(Eur(5.5m), -Eur(-5.5m));
        Assert.Equal(Eur(5.5m), +Eur(5.5m));
        Assert.Equal(Eur(-5.5m), Money.Negate(Eur(5.5m)));
        Assert.Equal(Eur(5.5m), Money.Plus(Eur(5.5m)));
        Assert.Equal(Currency.JPY, (-Yen(3m)).Currency);
    }

    [Fact]
    public void Multiplication_by_a_number_works_on_both_sides_without_rounding()
    {
        Assert.Equal(Eur(30m), Eur(10m) * 3m);
        Assert.Equal(Eur(30m), 3m * Eur(10m));
        Assert.Equal(Eur(0.0125m), Eur(0.05m) * 0.25m);
        Assert.Equal(Eur(-0.0125m), -0.25m * Eur(0.05m));
        Assert.Equal(Eur(30m), Money.Multiply(Eur(10m), 3m));
        Assert.Equal(Currency.BHD, (2m * Dinars(1m)).Currency);
    }

    [Fact]
    public void Division_by_a_number_keeps_full_precision()
    {
        Assert.Equal(Eur(2.5m), Eur(10m) / 4m);
        Assert.Equal(Eur(2.5m), Money.Divide(Eur(10m), 4m));

        // 100 / 3 in decimal: 29 significant digits, 33.333333333333333333333333333 (27 decimals);
        // times 3 is 99.999999999999999999999999999: nothing rounds to cents behind the caller's back.
        var third = Eur(100m) / 3m;
        Assert.Equal(33.333333333333333333333333333m, third.Amount);
        Assert.Equal(Eur(99.999999999999999999999999999m), third * 3m);
        Assert.Equal(Eur(100m), (third * 3m).Round());
    }

    [Fact]
    public void Applying_a_rate_works_on_both_sides()
    {
        // docs/values.md: 200 EUR * 25 % = 50 EUR.
        Assert.Equal(Eur(50m), Eur(200m) * Rate.FromPercent(25m));
        Assert.Equal(Eur(50m), Rate.FromPercent(25m) * Eur(200m));
        Assert.Equal(Yen(-15m), Yen(100m) * Rate.FromFraction(-0.15m));
        Assert.Equal(Currency.JPY, (Rate.FromFraction(0.5m) * Yen(100m)).Currency);
    }

    [Fact]
    public void Dividing_two_amounts_gives_a_plain_number()
    {
        // docs/values.md: 1550 EUR / 200 EUR = 7.75.
        Assert.Equal(7.75m, Eur(1550m) / Eur(200m));
        Assert.Equal(-0.5m, Yen(-50m) / Yen(100m));
    }

    [Fact]
    public void Dividing_by_zero_throws_DivideByZeroException()
    {
        Assert.Throws<DivideByZeroException>(() => Eur(1m) / 0m);
        Assert.Throws<DivideByZeroException>(() => Eur(1m) / 0.00m);
        Assert.Throws<DivideByZeroException>(() => Money.Divide(Eur(1m), 0m));
        Assert.Throws<DivideByZeroException>(() => Eur(1m) / Eur(0m));
        Assert.Throws<DivideByZeroException>(() => Eur(0m) / Eur(0.00m));
    }

    [Fact]
    public void Overflow_throws_instead_of_wrapping()
    {
        var max = new Money(decimal.MaxValue, Currency.EUR);
        var min = new Money(decimal.MinValue, Currency.EUR);

        Assert.Throws<OverflowException>(() => max + Eur(1m));
        Assert.Throws<OverflowException>(() => min - Eur(1m));
        Assert.Throws<OverflowException>(() => max * 2m);
        Assert.Throws<OverflowException>(() => 2m * min);
        Assert.Throws<OverflowException>(() => max / 0.5m);
        Assert.Throws<OverflowException>(() => max * Rate.FromFraction(1.5m));
        Assert.Throws<OverflowException>(() => Eur(decimal.MaxValue) / Eur(0.1m));
    }

    // Generic math: Money works where the operator interfaces are the constraint.
    private static T Sum<T>(IEnumerable<T> values, T zero)
        where T : IAdditionOperators<T, T, T>
    {
        var total = zero;
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }

    private static TResult Ratio<T, TResult>(T left, T right)
        where T : IDivisionOperators<T, T, TResult> => left / right;

    private static T Scale<T>(T value, decimal factor)
        where T : IMultiplyOperators<T, decimal, T> => value * factor;

    private static T Opposite<T>(T value)
        where T : IUnaryNegationOperators<T, T>, IUnaryPlusOperators<T, T> => -(+value);

    private static T Difference<T>(T left, T right)
        where T : ISubtractionOperators<T, T, T> => left - right;

    private static T Share<T>(T value, decimal divisor)
        where T : IDivisionOperators<T, decimal, T> => value / divisor;

    private static T Applied<T>(T value, Rate rate)
        where T : IMultiplyOperators<T, Rate, T> => value * rate;

    private static bool Below<T>(T left, T right)
        where T : IComparisonOperators<T, T, bool> => left < right;

    [Fact]
    public void Money_implements_the_generic_math_operator_interfaces()
    {
        Assert.Equal(Eur(6m), Sum(new[] { Eur(1m), Eur(2m), Eur(3m) }, Money.Zero(Currency.EUR)));
        Assert.Equal(7.75m, Ratio<Money, decimal>(Eur(1550m), Eur(200m)));
        Assert.Equal(Eur(3m), Scale(Eur(1.5m), 2m));
        Assert.Equal(Eur(-1.5m), Opposite(Eur(1.5m)));
        Assert.Equal(Eur(0.5m), Difference(Eur(2m), Eur(1.5m)));
        Assert.Equal(Eur(0.75m), Share(Eur(1.5m), 2m));
        Assert.Equal(Eur(0.15m), Applied(Eur(1.5m), Rate.FromPercent(10m)));
        Assert.True(Below(Eur(1m), Eur(2m)));
    }

    // ---- Currency mismatches -----------------------------------------------------------------

    private static readonly Dictionary<string, Action<Money, Money>> Mixing = new(StringComparer.Ordinal)
    {
        ["+"] = (a, b) => _ = a + b,
        ["-"] = (a, b) => _ = a - b,
        ["Add"] = (a, b) => _ = Money.Add(a, b),
        ["Subtract"] = (a, b) => _ = Money.Subtract(a, b),
        ["<"] = (a, b) => _ = a < b,
        [">"] = (a, b) => _ = a > b,
        ["<="] = (a, b) => _ = a <= b,
        [">="] = (a, b) => _ = a >= b,
        ["/"] = (a, b) => _ = a / b,
        ["Max"] = (a, b) => _ = Money.Max(a, b),
        ["Min"] = (a, b) => _ = Money.Min(a, b),
    };

    public static TheoryData<string> MixingOperations => new(Mixing.Keys);

    [Theory]
    [MemberData(nameof(MixingOperations))]
    public void Mixing_currencies_throws_CurrencyMismatchException_naming_both(string operation)
    {
        var mix = Mixing[operation];

        var ex = Assert.Throws<CurrencyMismatchException>(() => mix(Eur(100m), Money.UsDollars(100m)));

        Assert.Equal(Currency.EUR, ex.Expected);
        Assert.Equal(Currency.USD, ex.Actual);
        Assert.Equal("right", ex.ParamName);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("right", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(ex);

        // The other way round, the roles swap.
        var swapped = Assert.Throws<CurrencyMismatchException>(() => mix(Money.UsDollars(1m), Eur(1m)));
        Assert.Equal(Currency.USD, swapped.Expected);
        Assert.Equal(Currency.EUR, swapped.Actual);
    }

    [Theory]
    [MemberData(nameof(MixingOperations))]
    public void The_same_operations_work_within_one_currency(string operation)
    {
        var ex = Record.Exception(() => Mixing[operation](Eur(100m), Eur(3m)));

        Assert.Null(ex);
    }

    [Fact]
    public void Default_money_does_not_mix_with_euros()
    {
        // docs/values.md: default(Money) is 0 XXX, so adding it to euros throws.
        var ex = Assert.Throws<CurrencyMismatchException>(() => Eur(5m) + default(Money));
        Assert.Equal(Currency.XXX, ex.Actual);
        Assert.Contains("XXX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Currency_is_checked_before_the_zero_divisor()
    {
        Assert.Throws<CurrencyMismatchException>(() => Eur(1m) / Money.UsDollars(0m));
    }

    [Fact]
    public void Operations_that_never_mix_accept_any_currency()
    {
        Assert.Equal(Yen(-3m), -Yen(3m));
        Assert.Equal(Money.UsDollars(6m), 2m * Money.UsDollars(3m));
        Assert.False(Eur(1m) == Money.UsDollars(1m));
        Assert.True(Eur(1m) != Money.UsDollars(1m));
    }

    [Fact]
    public void CurrencyMismatchException_constructors()
    {
        var full = new CurrencyMismatchException(Currency.GBP, Currency.CHF, "other");
        Assert.Equal(Currency.GBP, full.Expected);
        Assert.Equal(Currency.CHF, full.Actual);
        Assert.Equal("other", full.ParamName);
        Assert.Contains("GBP", full.Message, StringComparison.Ordinal);
        Assert.Contains("CHF", full.Message, StringComparison.Ordinal);

        var bare = new CurrencyMismatchException();
        Assert.False(string.IsNullOrEmpty(bare.Message));
        Assert.Equal(Currency.XXX, bare.Expected);
        Assert.Equal(Currency.XXX, bare.Actual);
        Assert.Null(bare.ParamName);

        var withMessage = new CurrencyMismatchException("EUR against JPY");
        Assert.Equal("EUR against JPY", withMessage.Message);

        var inner = new InvalidOperationException("cause");
        var wrapped = new CurrencyMismatchException("outer", inner);
        Assert.Equal("outer", wrapped.Message);
        Assert.Same(inner, wrapped.InnerException);
    }

    // ---- Equality and ordering ---------------------------------------------------------------

    [Fact]
    public void Equality_ignores_the_scale_of_the_amount()
    {
        var short1 = Eur(1.5m);
        var long1 = Eur(1.50m);
        var longer = Eur(1.500000m);

        Assert.True(short1 == long1);
        Assert.False(short1 != long1);
        Assert.True(short1.Equals(long1));
        Assert.True(short1.Equals((object)longer));
        Assert.Equal(short1.GetHashCode(), long1.GetHashCode());
        Assert.Equal(short1.GetHashCode(), longer.GetHashCode());
        Assert.Equal(Eur(0m).GetHashCode(), Eur(-0.00m).GetHashCode());
        Assert.Equal(Eur(0m), Eur(-0.00m));
    }

    [Fact]
    public void Equality_is_false_across_currencies_and_amounts()
    {
        Assert.False(Eur(1.5m) == Money.UsDollars(1.5m));
        Assert.True(Eur(1.5m) != Money.UsDollars(1.5m));
        Assert.False(Eur(1.5m).Equals(Money.UsDollars(1.5m)));
        Assert.False(Eur(1.5m).Equals(Eur(1.51m)));
        Assert.False(Eur(0m).Equals(Yen(0m)));
        Assert.False(Eur(1.5m).Equals((object)1.5m));
        Assert.False(Eur(1.5m).Equals(null));
    }

    [Fact]
    public void Amounts_equal_by_value_share_a_set_entry()
    {
        var set = new HashSet<Money> { Eur(1.5m), Eur(1.50m), Eur(1.500m), Money.UsDollars(1.5m) };

        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void CompareTo_orders_by_currency_code_then_amount()
    {
        Assert.True(Eur(1000m).CompareTo(Money.UsDollars(1m)) < 0); // EUR < USD whatever the amounts
        Assert.True(Money.UsDollars(1m).CompareTo(Eur(1000m)) > 0);
        Assert.True(Eur(1m).CompareTo(Eur(2m)) < 0);
        Assert.True(Eur(2m).CompareTo(Eur(-2m)) > 0);
        Assert.Equal(0, Eur(1.5m).CompareTo(Eur(1.50m)));
        Assert.True(Money.UsDollars(-5m).CompareTo(default(Money)) < 0); // USD < XXX
    }

    [Fact]
    public void Sorting_mixed_currencies_groups_them_by_code()
    {
        var sorted = new[] { Money.UsDollars(1m), Eur(5m), Yen(-7m), Eur(-3m), new Money(100m, Currency.CHF), default }
            .Order()
            .ToArray();

        Assert.Equal(
            new[] { new Money(100m, Currency.CHF), Eur(-3m), Eur(5m), Yen(-7m), Money.UsDollars(1m), default },
            sorted);
    }

    [Fact]
    public void CompareTo_object_puts_null_first_and_rejects_other_types()
    {
        var comparable = Eur(1m);

        Assert.Equal(1, comparable.CompareTo(null));
        Assert.Equal(0, comparable.CompareTo((object)Eur(1.00m)));
        Assert.True(comparable.CompareTo((object)Eur(2m)) < 0);
        var ex = Assert.Throws<ArgumentException>(() => comparable.CompareTo((object)1m));
        Assert.Equal("obj", ex.ParamName);
        Assert.Throws<ArgumentException>(() => comparable.CompareTo((object)Currency.EUR));
    }

    [Fact]
    public void Comparison_operators_within_one_currency()
    {
        Assert.True(Eur(1m) < Eur(2m));
        Assert.False(Eur(2m) < Eur(1m));
        Assert.False(Eur(1m) < Eur(1.00m));

        Assert.True(Eur(2m) > Eur(1m));
        Assert.False(Eur(1m) > Eur(2m));
        Assert.False(Eur(1m) > Eur(1.00m));

        Assert.True(Eur(1m) <= Eur(2m));
        Assert.True(Eur(1m) <= Eur(1.00m));
        Assert.False(Eur(2m) <= Eur(1m));

        Assert.True(Eur(2m) >= Eur(1m));
        Assert.True(Eur(1m) >= Eur(1.00m));
        Assert.False(Eur(1m) >= Eur(2m));

        Assert.True(Eur(-2m) < Eur(-1m));
    }

    // ---- Rounding ----------------------------------------------------------------------------

    [Fact]
    public void Default_rounding_is_away_from_zero()
    {
        Assert.Equal(MidpointRounding.AwayFromZero, Money.DefaultRounding);
    }

    [Theory]
    [InlineData("0.125", "EUR", "0.13")]
    [InlineData("-0.125", "EUR", "-0.13")]
    [InlineData("0.135", "EUR", "0.14")]
    [InlineData("0.1249999", "EUR", "0.12")]
    [InlineData("1549.995", "EUR", "1550.00")] // docs/values.md
    [InlineData("1550.5", "JPY", "1551")]
    [InlineData("-1550.5", "JPY", "-1551")]
    [InlineData("2.5", "JPY", "3")]
    [InlineData("1.2345", "BHD", "1.235")]
    [InlineData("1.2344", "BHD", "1.234")]
    [InlineData("1.23455", "CLF", "1.2346")]
    [InlineData("7", "EUR", "7")]
    public void Round_goes_to_the_minor_unit_half_away_from_zero(string amount, string code, string expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code);
        var rounded = new Money(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), code);

        Assert.Equal(rounded, money.Round());
        Assert.Equal(rounded, money.Round(MidpointRounding.AwayFromZero));
        Assert.Equal(money.Currency, money.Round().Currency);
    }

    [Theory]
    [InlineData("0.125", "EUR", "0.12")] // 2 is even
    [InlineData("0.135", "EUR", "0.14")] // 4 is even
    [InlineData("-0.125", "EUR", "-0.12")]
    [InlineData("1549.995", "EUR", "1550.00")] // docs/values.md: the 9 is odd, so up
    [InlineData("2.5", "JPY", "2")]
    [InlineData("3.5", "JPY", "4")]
    [InlineData("1.2345", "BHD", "1.234")]
    public void Round_to_even_is_bankers_rounding(string amount, string code, string expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code);

        Assert.Equal(new Money(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), code), money.Round(MidpointRounding.ToEven));
    }

    [Fact]
    public void Round_with_directed_modes()
    {
        Assert.Equal(Eur(0.12m), Eur(0.129m).Round(MidpointRounding.ToZero));
        Assert.Equal(Eur(-0.12m), Eur(-0.129m).Round(MidpointRounding.ToZero));
        Assert.Equal(Eur(-0.13m), Eur(-0.121m).Round(MidpointRounding.ToNegativeInfinity));
        Assert.Equal(Eur(0.13m), Eur(0.121m).Round(MidpointRounding.ToPositiveInfinity));
    }

    [Fact]
    public void Round_with_explicit_decimals()
    {
        Assert.Equal(Eur(0.2m), Eur(0.25m).Round(1, MidpointRounding.ToEven));
        Assert.Equal(Eur(0.3m), Eur(0.25m).Round(1, MidpointRounding.AwayFromZero));
        Assert.Equal(Eur(1550m), Eur(1549.5m).Round(0, MidpointRounding.AwayFromZero));
        Assert.Equal(Eur(0.125m), Eur(0.125m).Round(28, MidpointRounding.ToEven));

        // Currencies without a minor unit can be rounded when the decimals are given.
        Assert.Equal(new Money(1.23m, XAU), new Money(1.2345m, XAU).Round(2, MidpointRounding.AwayFromZero));
        Assert.Equal(new Money(1.235m, XAU), new Money(1.2345m, XAU).Round(3, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Round_rejects_decimals_outside_0_to_28(int decimals)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Eur(1m).Round(decimals, MidpointRounding.ToEven));
        Assert.Equal("decimals", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(42)]
    public void Round_rejects_an_undefined_mode(int mode)
    {
        var undefined = (MidpointRounding)mode;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Eur(1m).Round(2, undefined));
        Assert.Equal("mode", ex.ParamName);
        var viaMinorUnit = Assert.Throws<ArgumentOutOfRangeException>(() => Eur(1m).Round(undefined));
        Assert.Equal("mode", viaMinorUnit.ParamName);
    }

    [Fact]
    public void Round_without_decimals_refuses_a_currency_without_minor_unit()
    {
        var gold = new Money(1.2345m, XAU);

        var ex = Assert.Throws<InvalidOperationException>(() => gold.Round());
        Assert.Contains("XAU", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => gold.Round(MidpointRounding.ToEven));
        Assert.Throws<InvalidOperationException>(() => default(Money).Round());
    }

    // ---- Split -------------------------------------------------------------------------------

    [Fact]
    public void Split_100_euros_in_three()
    {
        // 10 000 cents / 3 = 3 333 remainder 1: the first part takes the extra cent.
        Assert.Equal(new[] { Eur(33.34m), Eur(33.33m), Eur(33.33m) }, Eur(100m).Split(3));
    }

    [Fact]
    public void Split_a_negative_amount_mirrors_the_positive_one()
    {
        Assert.Equal(new[] { Eur(-33.34m), Eur(-33.33m), Eur(-33.33m) }, Eur(-100m).Split(3));
    }

    [Theory]
    [InlineData("0.05", 3, new[] { "0.02", "0.02", "0.01" })] // 5 cents = 1 + 1 + 1, remainder 2
    [InlineData("0.01", 3, new[] { "0.01", "0", "0" })]
    [InlineData("0", 2, new[] { "0", "0" })]
    [InlineData("100", 1, new[] { "100" })]
    [InlineData("100", 4, new[] { "25", "25", "25", "25" })]
    [InlineData("10.00", 6, new[] { "1.67", "1.67", "1.67", "1.67", "1.66", "1.66" })] // 1000 = 6 * 166 + 4
    [InlineData("-0.07", 4, new[] { "-0.02", "-0.02", "-0.02", "-0.01" })] // 7 = 4 * 1 + 3
    public void Split_examples_in_euros(string amount, int parts, string[] expected)
    {
        var split = Eur(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Split(parts);

        Assert.Equal(expected.Select(e => Eur(decimal.Parse(e, System.Globalization.CultureInfo.InvariantCulture))), split);
    }

    [Fact]
    public void Split_in_yen_gives_whole_yen()
    {
        // 100 yen / 3 = 33 remainder 1.
        Assert.Equal(new[] { Yen(34m), Yen(33m), Yen(33m) }, Yen(100m).Split(3));
    }

    [Fact]
    public void Split_in_dinars_gives_whole_fils()
    {
        // 1 BHD = 1 000 fils; 1 000 / 3 = 333 remainder 1.
        Assert.Equal(new[] { Dinars(0.334m), Dinars(0.333m), Dinars(0.333m) }, Dinars(1m).Split(3));
    }

    [Fact]
    public void Split_parts_are_in_minor_units()
    {
        // The parts carry the currency's scale: 25.00, not 25.
        Assert.All(Eur(100m).Split(4), part => Assert.Equal("EUR 25.00", part.ToString("R", null)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Split_needs_at_least_one_part(int parts)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Eur(100m).Split(parts));
        Assert.Equal("parts", ex.ParamName);
    }

    [Fact]
    public void Split_refuses_an_amount_with_a_fraction_of_a_minor_unit()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Eur(10.005m).Split(2));
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Yen(0.5m).Split(2));
    }

    [Fact]
    public void Split_refuses_a_currency_without_minor_unit()
    {
        Assert.Throws<InvalidOperationException>(() => new Money(10m, XAU).Split(2));
    }

    [Fact]
    public void Split_works_after_rounding()
    {
        Assert.Equal(new[] { Eur(5.01m), Eur(5.00m) }, Eur(10.005m).Round().Split(2));
    }

    // ---- Allocate ----------------------------------------------------------------------------

    [Fact]
    public void Allocate_100_euros_by_45_25_15_15()
    {
        // docs/values.md: the shares are exact, nothing to distribute.
        Assert.Equal(new[] { Eur(45m), Eur(25m), Eur(15m), Eur(15m) }, Eur(100m).Allocate(45m, 25m, 15m, 15m));
    }

    [Fact]
    public void Allocate_5_cents_equally_in_three()
    {
        // 5 cents * 1/3 = 1.67 each: 1 + 1 + 1 = 3, two cents left; the fractions tie, so they
        // go to the earlier weights.
        Assert.Equal(new[] { Eur(0.02m), Eur(0.02m), Eur(0.01m) }, Eur(0.05m).Allocate(1m, 1m, 1m));
    }

    [Fact]
    public void Allocate_gives_the_leftover_to_the_largest_remainder()
    {
        // 100 cents by 1 : 2 : 4 (total 7): exact 14.29, 28.57, 57.14 -> 14 + 28 + 57 = 99; one cent
        // left goes to the largest fraction, .57 (the second): 14, 29, 57.
        Assert.Equal(new[] { Eur(0.14m), Eur(0.29m), Eur(0.57m) }, Eur(1m).Allocate(1m, 2m, 4m));
        Assert.Equal(new[] { Eur(-0.14m), Eur(-0.29m), Eur(-0.57m) }, Eur(-1m).Allocate(1m, 2m, 4m));
    }

    [Fact]
    public void Allocate_with_two_leftovers_skips_the_smallest_remainder()
    {
        // 1000 yen by 3 : 3 : 1 (total 7): exact 428.57, 428.57, 142.86 -> 428 + 428 + 142 = 998;
        // two yen left: fractions .57, .57, .86 -> the third, then the first (tie broken by order).
        Assert.Equal(new[] { Yen(429m), Yen(428m), Yen(143m) }, Yen(1000m).Allocate(3m, 3m, 1m));
    }

    [Fact]
    public void Allocate_accepts_fractional_weights()
    {
        // Weights 0.5 and 0.25 are 2 : 1 of 10.00 EUR: 6.666... and 3.333... -> 6.67 and 3.33.
        Assert.Equal(new[] { Eur(6.67m), Eur(3.33m) }, Eur(10m).Allocate(0.5m, 0.25m));
    }

    [Fact]
    public void Allocate_gives_zero_to_a_zero_weight()
    {
        Assert.Equal(new[] { Eur(5m), Eur(0m), Eur(5m) }, Eur(10m).Allocate(1m, 0m, 1m));

        // Even when there are cents left over: 1 cent by 0 : 1 : 1 -> 0, 1, 0.
        Assert.Equal(new[] { Eur(0m), Eur(0.01m), Eur(0m) }, Eur(0.01m).Allocate(0m, 1m, 1m));
    }

    [Fact]
    public void Allocate_with_one_weight_gives_everything()
    {
        Assert.Equal(new[] { Dinars(1.234m) }, Dinars(1.234m).Allocate(7m));
    }

    [Fact]
    public void Allocate_needs_at_least_one_weight()
    {
        var ex = Assert.Throws<ArgumentException>(() => Eur(100m).Allocate());
        Assert.Equal("weights", ex.ParamName);
        Assert.Throws<ArgumentException>(() => Eur(100m).Allocate(ReadOnlySpan<decimal>.Empty));
    }

    [Fact]
    public void Allocate_refuses_a_negative_weight()
    {
        var ex = Assert.Throws<ArgumentException>(() => Eur(100m).Allocate(1m, -1m, 2m));
        Assert.Equal("weights", ex.ParamName);
    }

    [Fact]
    public void Allocate_refuses_weights_that_are_all_zero()
    {
        var ex = Assert.Throws<ArgumentException>(() => Eur(100m).Allocate(0m, 0m));
        Assert.Equal("weights", ex.ParamName);
    }

    [Fact]
    public void Allocate_refuses_an_amount_with_a_fraction_of_a_minor_unit()
    {
        Assert.Throws<InvalidOperationException>(() => Eur(10.005m).Allocate(1m, 1m));
        Assert.Throws<InvalidOperationException>(() => new Money(10m, XAU).Allocate(1m, 1m));
    }

    [Fact]
    public void Allocate_in_CLF_uses_four_decimals()
    {
        // 1 CLF = 10 000 ten-thousandths; by 1 : 1 : 1 -> 3 334, 3 333, 3 333.
        var clf = new Money(1m, CLF);

        Assert.Equal(
            new[] { new Money(0.3334m, CLF), new Money(0.3333m, CLF), new Money(0.3333m, CLF) },
            clf.Allocate(1m, 1m, 1m));
    }
}
