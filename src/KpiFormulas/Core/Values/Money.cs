using System;
using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// An exact amount of money in one ISO 4217 currency: a <see cref="decimal"/> amount and a
/// <see cref="KpiFormulas.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic keeps the full precision of <see cref="decimal"/> and never rounds by itself:
/// rounding to the currency's minor unit is explicit (<see cref="Round()"/>), and formatting rounds
/// for display only. <c>+</c>, <c>-</c> and the comparison operators work within one currency and
/// throw <see cref="CurrencyMismatchException"/> (naming both codes) otherwise. Overflow throws
/// <see cref="OverflowException"/>; nothing wraps.</para>
/// <para>Equality compares the currency and the amount's value (1.5 EUR equals 1.50 EUR).
/// <see cref="CompareTo(Money)"/> is a total order for sorting (by currency code, then amount); the
/// operators <c>&lt;</c>, <c>&gt;</c>... refuse to compare two currencies.</para>
/// <para>Text: see <see cref="ToString(string, IFormatProvider)"/>. JSON:
/// <c>{"amount":1550.00,"currency":"EUR"}</c>; the reader also accepts the invariant text form
/// <c>"EUR 1550.00"</c>.</para>
/// <para><c>default(Money)</c> is 0 XXX ("no currency"): adding it to euros throws, which catches
/// amounts that were never set.</para>
/// </remarks>
/// <example>
/// <code>
/// var saving = new Money(50m * 35m, Currency.EUR) - new Money(200m, Currency.EUR); // 1 550 EUR
/// saving.ToString("C", CultureInfo.GetCultureInfo("fr-FR"));                       // "1 550,00 €"
/// </code>
/// </example>
[DebuggerDisplay("{ToString(\"R\", null),nq}")]
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money
    : IEquatable<Money>,
      IComparable<Money>,
      IComparable,
      IEqualityOperators<Money, Money, bool>,
      IComparisonOperators<Money, Money, bool>
{
    /// <summary>Creates an amount in a currency.</summary>
    /// <param name="amount">The amount, kept exactly (no rounding).</param>
    /// <param name="currency">The ISO 4217 currency.</param>
    public Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Creates an amount in the currency of an ISO 4217 code.</summary>
    /// <param name="amount">The amount, kept exactly.</param>
    /// <param name="currencyCode">A three-letter ISO 4217 code such as "EUR".</param>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not an active ISO code.</exception>
    public Money(decimal amount, string currencyCode)
        : this(amount, new Currency(currencyCode))
    {
    }

    /// <summary>The exact amount.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of the amount.</summary>
    public Currency Currency { get; }

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>0 in <paramref name="currency"/>.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>An amount in euros.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount in EUR.</returns>
    public static Money Euros(decimal amount) => new(amount, Currency.EUR);

    /// <summary>An amount in US dollars.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount in USD.</returns>
    public static Money UsDollars(decimal amount) => new(amount, Currency.USD);

    /// <summary>An amount given in minor units (cents for EUR), as stored by many billing systems.</summary>
    /// <param name="minorUnits">The number of minor units.</param>
    /// <param name="currency">The currency; it must have a minor unit.</param>
    /// <returns>The amount, <c>minorUnits / 10^MinorUnits</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> has no minor unit in ISO 4217.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        if (!currency.HasMinorUnits)
        {
            Preconditions.ThrowArgument(nameof(currency), "The currency must have a minor unit in ISO 4217; {0} has none: give the number of decimals explicitly.", currency.Code);
        }

        var magnitude = minorUnits < 0 ? (ulong)(-(minorUnits + 1)) + 1UL : (ulong)minorUnits;

        // The two 32-bit halves are reinterpreted bit for bit: the build checks overflow, so the
        // narrowing casts must be unchecked or any half at or above 2^31 would throw.
        var low = unchecked((int)(uint)magnitude);
        var mid = unchecked((int)(uint)(magnitude >> 32));
        var amount = new decimal(low, mid, 0, minorUnits < 0, (byte)currency.MinorUnits);
        return new Money(amount, currency);
    }

    /// <summary>The amount in minor units (cents for EUR), after rounding with the default rule.</summary>
    /// <returns>The number of minor units.</returns>
    /// <exception cref="InvalidOperationException">The currency has no minor unit in ISO 4217.</exception>
    /// <exception cref="OverflowException">The amount does not fit in a <see cref="long"/> of minor units.</exception>
    public long ToMinorUnits()
    {
        RequireMinorUnits();
        return decimal.ToInt64(Round().Amount * Pow10(Currency.MinorUnits));
    }

    /// <summary>The larger of two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>The smaller of two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>The absolute value.</summary>
    /// <returns>The amount without its sign, in the same currency.</returns>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <inheritdoc />
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>
    /// A total order for sorting: by currency code, then by amount. Use the operators to compare
    /// amounts of one currency; they throw for two currencies.
    /// </summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Money other)
    {
        var byCurrency = Currency.CompareTo(other.Currency);
        return byCurrency != 0 ? byCurrency : Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj)
    {
        if (obj is Money other)
        {
            return CompareTo(other);
        }

        Preconditions.Argument(obj is null, nameof(obj), "The value must be a Money.");
        return 1;
    }

    /// <summary>Deconstructs into amount and currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public void Deconstruct(out decimal amount, out Currency currency)
    {
        amount = Amount;
        currency = Currency;
    }

    internal static decimal Pow10(int digits) => digits switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        4 => 10000m,
        _ => DecimalMath.PowInteger(10m, digits),
    };

    private void RequireMinorUnits()
    {
        if (!Currency.HasMinorUnits)
        {
            throw new InvalidOperationException($"{Currency.Code} has no minor unit in ISO 4217; give the number of decimals explicitly.");
        }
    }
}
