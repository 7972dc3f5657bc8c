using System;
using System.Numerics;
using KpiFormulas.Internal;

namespace KpiFormulas;

public readonly partial struct Money
    : IAdditionOperators<Money, Money, Money>,
      ISubtractionOperators<Money, Money, Money>,
      IUnaryNegationOperators<Money, Money>,
      IUnaryPlusOperators<Money, Money>,
      IMultiplyOperators<Money, decimal, Money>,
      IMultiplyOperators<Money, Rate, Money>,
      IDivisionOperators<Money, decimal, Money>,
      IDivisionOperators<Money, Money, decimal>
{
    /// <summary>Adds two amounts of one currency, exactly.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum, in the common currency.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right)
    {
        Preconditions.SameCurrency(left.Currency, right.Currency, nameof(right));
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Subtracts two amounts of one currency, exactly.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference, in the common currency.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right)
    {
        Preconditions.SameCurrency(left.Currency, right.Currency, nameof(right));
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>The opposite amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with its sign changed.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>The amount itself.</summary>
    /// <param name="value">The amount.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a number, exactly (no rounding).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product, in the amount's currency.</returns>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right) => new(left.Amount * right, left.Currency);

    /// <summary>Multiplies an amount by a number, exactly (no rounding).</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product, in the amount's currency.</returns>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal left, Money right) => new(left * right.Amount, right.Currency);

    /// <summary>Applies a rate to an amount (25 % of 200 EUR is 50 EUR).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The rate.</param>
    /// <returns>The amount times the rate's fraction, in the amount's currency.</returns>
    public static Money operator *(Money left, Rate right) => new(left.Amount * right.Fraction, left.Currency);

    /// <summary>Applies a rate to an amount (25 % of 200 EUR is 50 EUR).</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The amount times the rate's fraction, in the amount's currency.</returns>
    public static Money operator *(Rate left, Money right) => new(left.Fraction * right.Amount, right.Currency);

    /// <summary>Divides an amount by a number, keeping decimal's full precision (no rounding to cents).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient, in the amount's currency.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Money operator /(Money left, decimal right)
    {
        if (right == 0m)
        {
            throw new DivideByZeroException($"Cannot divide {left.ToString("R", null)} by zero (parameter 'right').");
        }

        return new Money(left.Amount / right, left.Currency);
    }

    /// <summary>Divides two amounts of one currency: a plain number (1 550 EUR / 200 EUR = 7.75).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient as a number without currency.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Money left, Money right)
    {
        Preconditions.SameCurrency(left.Currency, right.Currency, nameof(right));
        if (right.Amount == 0m)
        {
            throw new DivideByZeroException($"Cannot divide {left.ToString("R", null)} by a zero amount (parameter 'right').");
        }

        return left.Amount / right.Amount;
    }

    /// <summary>Equality: same currency and same amount value.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when the currencies or the amounts differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => CompareAmounts(left, right) < 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => CompareAmounts(left, right) > 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => CompareAmounts(left, right) <= 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => CompareAmounts(left, right) >= 0;

    /// <summary>Adds two amounts of one currency (the named form of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts two amounts of one currency (the named form of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a number (the named form of <c>*</c>).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    public static Money Multiply(Money left, decimal right) => left * right;

    /// <summary>Divides an amount by a number (the named form of <c>/</c>).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Money Divide(Money left, decimal right) => left / right;

    /// <summary>The opposite amount (the named form of unary <c>-</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>The amount itself (the named form of unary <c>+</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Money Plus(Money value) => value;

    private static int CompareAmounts(Money left, Money right)
    {
        Preconditions.SameCurrency(left.Currency, right.Currency, nameof(right));
        return left.Amount.CompareTo(right.Amount);
    }
}
