using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace KpiFormulas.Internal;

/// <summary>
/// The one place where argument rules are checked and argument exceptions are thrown, so that every
/// exception names its parameter and states its rule in the same words everywhere.
/// </summary>
/// <remarks>
/// <para>Each check takes the value, then the parameter's name: the compiler fills the name in
/// (<see cref="CallerArgumentExpressionAttribute"/>) when the caller passes the parameter itself, and the
/// caller gives it (<c>nameof</c>) otherwise. The exception carries the name in
/// <see cref="ArgumentException.ParamName"/>, and .NET appends it (and the actual value of an
/// <see cref="ArgumentOutOfRangeException"/>) to the message, so the messages state only the rule.</para>
/// <para>The checks are small enough to be inlined; the throws live in the <c>Throw*</c> methods, which
/// the JIT does not inline, so that a check inside a loop costs a compare and a branch and leaves no
/// exception-building code in the loop (the habit of the runtime's <c>ThrowHelper</c>).</para>
/// <para>A message that must name a second parameter or a row uses a composite format with its arguments
/// (<see cref="ThrowArgument(string, string, ReadOnlySpan{object?})"/> and its siblings), formatted only
/// when the exception is thrown.</para>
/// </remarks>
internal static class Preconditions
{
    internal const string MustNotBeNegative = "The value must not be negative.";
    internal const string MustBePositive = "The value must be greater than zero.";
    internal const string MustBeProportion = "The value must be a proportion between 0 and 1 inclusive.";
    internal const string AmountMustNotBeNegative = "The amount must not be negative.";
    internal const string DurationMustNotBeNegative = "The duration must not be negative.";
    internal const string MustNotBeBlank = "The value must not be empty or consist only of white-space characters.";
    internal const string MustBeCalendarUnit = "The unit must be a calendar unit: IsoWeek, Month, Quarter or Year.";

    // ---- null ------------------------------------------------------------------------------------

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null; returns it otherwise.</summary>
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> with a rule of its own (an element of a list, a selector's result).</summary>
    internal static T NotNull<T>([NotNull] T? value, string paramName, string message)
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName, message);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null, <see cref="ArgumentException"/> when it is empty or white space; returns it otherwise.</summary>
    internal static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, MustNotBeBlank);
        }

        return value;
    }

    // ---- signs -----------------------------------------------------------------------------------

    internal static void NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, MustNotBeNegative);
        }
    }

    internal static void NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0L)
        {
            ThrowOutOfRange(paramName, value, MustNotBeNegative);
        }
    }

    internal static void NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            ThrowOutOfRange(paramName, value, MustNotBeNegative);
        }
    }

    internal static void NotNegative(Money amount, [CallerArgumentExpression(nameof(amount))] string? paramName = null)
    {
        if (amount.Amount < 0m)
        {
            ThrowOutOfRange(paramName, amount, AmountMustNotBeNegative);
        }
    }

    internal static void NotNegative(TimeSpan duration, [CallerArgumentExpression(nameof(duration))] string? paramName = null)
    {
        if (duration < TimeSpan.Zero)
        {
            ThrowOutOfRange(paramName, duration, DurationMustNotBeNegative);
        }
    }

    internal static void Positive(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0)
        {
            ThrowOutOfRange(paramName, value, MustBePositive);
        }
    }

    internal static void Positive(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0L)
        {
            ThrowOutOfRange(paramName, value, MustBePositive);
        }
    }

    internal static void Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0m)
        {
            ThrowOutOfRange(paramName, value, MustBePositive);
        }
    }

    // ---- ranges ----------------------------------------------------------------------------------

    internal static void InRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowOutOfRange(paramName, value, "The value must be between {0} and {1} inclusive.", minInclusive, maxInclusive);
        }
    }

    internal static void InRange(long value, long minInclusive, long maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowOutOfRange(paramName, value, "The value must be between {0} and {1} inclusive.", minInclusive, maxInclusive);
        }
    }

    internal static void InRange(decimal value, decimal minInclusive, decimal maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowOutOfRange(paramName, value, "The value must be between {0} and {1} inclusive.", minInclusive, maxInclusive);
        }
    }

    /// <summary>Throws when <paramref name="index"/> is not a position in a collection of <paramref name="count"/> elements.</summary>
    internal static void Index(int index, int count, [CallerArgumentExpression(nameof(index))] string? paramName = null)
    {
        if (unchecked((uint)index >= (uint)count))
        {
            ThrowOutOfRange(paramName, index, "The index must be at least 0 and below the count, {0}.", count);
        }
    }

    /// <summary>Throws when a rate is not a proportion (0 % to 100 %): a share of a whole, a conversion rate.</summary>
    internal static void Proportion(Rate rate, [CallerArgumentExpression(nameof(rate))] string? paramName = null)
    {
        if (!rate.IsProportion)
        {
            ThrowOutOfRange(paramName, rate, MustBeProportion);
        }
    }

    /// <summary>Throws when a part exceeds its whole, naming the whole's parameter and value in the message.</summary>
    internal static void NotAbove(long value, long limit, string paramName, string limitName)
    {
        if (value > limit)
        {
            ThrowOutOfRange(paramName, value, "The value must not exceed '{0}' ({1}).", limitName, limit);
        }
    }

    /// <summary>Throws when a part of a duration exceeds its whole, naming the whole's parameter and value in the message.</summary>
    internal static void NotAbove(TimeSpan value, TimeSpan limit, string paramName, string limitName)
    {
        if (value > limit)
        {
            ThrowOutOfRange(paramName, value, "The value must not exceed '{0}' ({1}).", limitName, limit);
        }
    }

    /// <summary>
    /// Throws when an enum value is not one of its type's named values (<c>(Direction)42</c>); returns it
    /// otherwise. The one check of every public enum argument, so that an undefined value is refused the
    /// same way everywhere instead of being read as whichever case a method tests last.
    /// </summary>
    internal static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowOutOfRange(paramName, value, "The value must be a defined {0} value.", typeof(TEnum).Name);
        }

        return value;
    }

    /// <summary>Throws when a unit is not a calendar unit (a run of <see cref="PeriodUnit.Days"/> has no natural start) or not defined.</summary>
    internal static void CalendarUnit(PeriodUnit unit, [CallerArgumentExpression(nameof(unit))] string? paramName = null)
    {
        if (unit is not (PeriodUnit.IsoWeek or PeriodUnit.Month or PeriodUnit.Quarter or PeriodUnit.Year))
        {
            ThrowOutOfRange(paramName, unit, MustBeCalendarUnit);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    internal static void ArgumentInRange<T>(bool condition, T actualValue, string paramName, string message)
    {
        if (!condition)
        {
            ThrowOutOfRange(paramName, actualValue, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    internal static void Argument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message);
        }
    }

    // ---- columns ---------------------------------------------------------------------------------

    /// <summary>Throws when a span is not as long as the first one, naming both in the message.</summary>
    internal static void SameLength(int firstLength, int length, string firstName, string paramName)
    {
        if (firstLength != length)
        {
            ThrowArgument(paramName, "The spans must have the same length; '{0}' has {1} elements, this one {2}.", firstName, firstLength, length);
        }
    }

    /// <summary>Throws for the first row whose index is outside [0, <paramref name="count"/>), in one vectorized search.</summary>
    internal static void Indexes(ReadOnlySpan<int> indexes, int count, string paramName)
    {
        var bad = count == 0 ? (indexes.IsEmpty ? -1 : 0) : indexes.IndexOfAnyExceptInRange(0, count - 1);
        if (bad >= 0)
        {
            ThrowIndexOutOfRange(paramName, bad, indexes[bad], count);
        }
    }

    /// <summary>Throws for the first row whose byte index is outside [0, <paramref name="count"/>), in one vectorized search.</summary>
    internal static void Indexes(ReadOnlySpan<byte> indexes, int count, string paramName)
    {
        var bad = count > byte.MaxValue ? -1 : indexes.IndexOfAnyInRange((byte)count, byte.MaxValue);
        if (bad >= 0)
        {
            ThrowIndexOutOfRange(paramName, bad, indexes[bad], count);
        }
    }

    /// <summary>Throws when a span is shorter than <paramref name="minimumLength"/> (a destination for one result per input).</summary>
    internal static void LongEnough(int length, int minimumLength, string paramName)
    {
        if (length < minimumLength)
        {
            ThrowArgument(paramName, "The span must hold at least {0} elements, one per input; it holds {1}.", minimumLength, length);
        }
    }

    // ---- currencies ------------------------------------------------------------------------------

    /// <summary>Throws <see cref="CurrencyMismatchException"/> when <paramref name="actual"/> is not <paramref name="expected"/>.</summary>
    internal static void SameCurrency(Currency expected, Currency actual, string paramName)
    {
        if (expected != actual)
        {
            ThrowCurrencyMismatch(expected, actual, paramName);
        }
    }

    /// <summary>Throws <see cref="CurrencyMismatchException"/> when <paramref name="actual"/> is not in the currency of <paramref name="expected"/>.</summary>
    internal static void SameCurrency(Money expected, Money actual, string paramName) =>
        SameCurrency(expected.Currency, actual.Currency, paramName);

    // ---- states handed to FromState factories ----------------------------------------------------

    /// <summary>Throws <see cref="ArgumentException"/> when a member of the state is missing; returns it otherwise.</summary>
    internal static T StateMember<T>([NotNull] T? value, string member, string paramName)
        where T : class
    {
        if (value is null)
        {
            ThrowArgument(paramName, "The state must have its '{0}'.", member);
        }

        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a list of the state is missing or does not have <paramref name="length"/> entries; returns its copy.</summary>
    internal static T[] StateList<T>(IReadOnlyList<T>? list, int length, string member, string paramName)
    {
        if (list is null)
        {
            ThrowArgument(paramName, "The state must have its '{0}'.", member);
        }

        if (list.Count != length)
        {
            ThrowArgument(paramName, "The state's '{0}' must have {1} entries; it has {2}.", member, length, list.Count);
        }

        var copy = new T[length];
        for (var i = 0; i < length; i++)
        {
            copy[i] = list[i];
        }

        return copy;
    }

    internal static void StateInRange(long value, long minInclusive, long maxInclusive, string member, string paramName)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgument(paramName, "The state's '{0}' must be between {1} and {2} inclusive; it is {3}.", member, minInclusive, maxInclusive, value);
        }
    }

    internal static void StateNotNegative(long value, string member, string paramName)
    {
        if (value < 0L)
        {
            ThrowArgument(paramName, "The state's '{0}' must not be negative; it is {1}.", member, value);
        }
    }

    internal static void StateNotNegative(decimal value, string member, string paramName)
    {
        if (value < 0m)
        {
            ThrowArgument(paramName, "The state's '{0}' must not be negative; it is {1}.", member, value);
        }
    }

    internal static void StateNotNegative(ReadOnlySpan<long> values, string member, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0L)
            {
                ThrowArgument(paramName, "The state's '{0}[{1}]' must not be negative; it is {2}.", member, i, values[i]);
            }
        }
    }

    internal static void StateNotNegative(ReadOnlySpan<decimal> values, string member, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0m)
            {
                ThrowArgument(paramName, "The state's '{0}[{1}]' must not be negative; it is {2}.", member, i, values[i]);
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the state's parts do not add up to its whole.</summary>
    internal static void StateSumIs(ReadOnlySpan<long> parts, long whole, string partsMember, string wholeMember, string paramName)
    {
        long sum = 0;
        foreach (var part in parts)
        {
            sum = checked(sum + part);
        }

        if (sum != whole)
        {
            ThrowArgument(paramName, "The state's '{0}' must add up to its '{1}' ({2}); they add up to {3}.", partsMember, wholeMember, whole, sum);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the state's broken rule when <paramref name="condition"/> is false.</summary>
    internal static void StateRule(bool condition, string paramName, string message, params ReadOnlySpan<object?> messageArgs)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message, messageArgs);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a list of the state does not have <paramref name="length"/> entries (a product of two counts, which may not fit an <see cref="int"/>); returns its copy.</summary>
    internal static T[] StateList<T>(IReadOnlyList<T>? list, long length, string member, string paramName)
    {
        if (list is null)
        {
            ThrowArgument(paramName, "The state must have its '{0}'.", member);
        }

        if (list.Count != length)
        {
            ThrowArgument(paramName, "The state's '{0}' must have {1} entries; it has {2}.", member, length, list.Count);
        }

        return StateList(list, list.Count, member, paramName);
    }

    /// <summary>
    /// Builds the empty accumulator a state describes with its own constructor, so that the state's
    /// shape (a window of periods, stage names) is checked by the same rules; a shape the constructor
    /// refuses is refused as a state, with the constructor's rule in the message.
    /// </summary>
    internal static T StateShape<T>(Func<T> create, string paramName)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            ThrowArgument(paramName, "The state's shape is refused: {0}", e.Message);
            return default;
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a part of the state has an amount without any row (no order, no spend row): such an amount would be lost by the next merge.</summary>
    internal static void StateNoAmountWithoutRows(decimal amount, long rows, string amountMember, string rowsMember, string paramName)
    {
        if (rows == 0L && amount != 0m)
        {
            ThrowArgument(paramName, "The state's '{0}' must be 0 when its '{1}' is 0; it is {2}.", amountMember, rowsMember, amount);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for the first part of the state that has an amount without any row.</summary>
    internal static void StateNoAmountWithoutRows(ReadOnlySpan<decimal> amounts, ReadOnlySpan<long> rows, string amountsMember, string rowsMember, string paramName)
    {
        for (var i = 0; i < amounts.Length; i++)
        {
            if (rows[i] == 0L && amounts[i] != 0m)
            {
                ThrowArgument(paramName, "The state's '{0}[{1}]' must be 0 when its '{2}[{1}]' is 0; it is {3}.", amountsMember, i, rowsMember, amounts[i]);
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for the first part of the state that has a minor-unit amount without any row.</summary>
    internal static void StateNoAmountWithoutRows(ReadOnlySpan<long> amounts, ReadOnlySpan<long> rows, string amountsMember, string rowsMember, string paramName)
    {
        for (var i = 0; i < amounts.Length; i++)
        {
            if (rows[i] == 0L && amounts[i] != 0L)
            {
                ThrowArgument(paramName, "The state's '{0}[{1}]' must be 0 when its '{2}[{1}]' is 0; it is {3}.", amountsMember, i, rowsMember, amounts[i]);
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the counts of the state add up beyond <see cref="long.MaxValue"/> (the result could not count them); returns their sum.</summary>
    internal static long StateSumFits(ReadOnlySpan<long> counts, string member, string paramName)
    {
        long sum = 0;
        foreach (var count in counts)
        {
            if (count > long.MaxValue - sum)
            {
                ThrowArgument(paramName, "The state's '{0}' must add up to at most {1}; they add up to more.", member, long.MaxValue);
            }

            sum += count;
        }

        return sum;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when the state's decimal parts (non-negative totals per key)
    /// do not add up to its whole (the grand total of the same <paramref name="rows"/> rows).
    /// </summary>
    /// <remarks>
    /// Every total is the plain <c>decimal</c> loop over its rows, which is exact until a sum needs more
    /// than decimal's 96 bits at its scale; from then on each addition (of a row, or of a merged part)
    /// may round by half a unit in the last place of its result, at most 6.4 × 10^-29 of the result's
    /// magnitude. The whole and the parts each take at most one addition per row and one per merge
    /// (at most 2 × <paramref name="rows"/>), and this check one per part: a difference within that many
    /// such roundings of the larger side is decimal's own rounding, anything more is a state that lost or
    /// invented money.
    /// </remarks>
    internal static void StateDecimalSumIs(ReadOnlySpan<decimal> parts, decimal whole, long rows, string partsMember, string wholeMember, string paramName)
    {
        var sum = 0m;
        foreach (var part in parts)
        {
            if (part > decimal.MaxValue - sum)
            {
                ThrowArgument(paramName, "The state's '{0}' must add up to its '{1}' ({2}); they add up to more than decimal's range.", partsMember, wholeMember, whole);
            }

            sum += part;
        }

        if (sum == whole)
        {
            return;
        }

        var larger = Math.Max(sum, whole);
        var roundings = (4m * rows) + parts.Length + 1m;
        var tolerance = larger * 1e-28m * roundings;
        if (Math.Abs(sum - whole) > tolerance)
        {
            ThrowArgument(paramName, "The state's '{0}' must add up to its '{1}' ({2}); they add up to {3}.", partsMember, wholeMember, whole, sum);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when an accumulator is merged into itself: its rows would count twice.</summary>
    internal static void NotSame<T>(T self, T other, string paramName)
        where T : class
    {
        if (ReferenceEquals(self, other))
        {
            ThrowArgument(paramName, "An accumulator must not be merged into itself: its rows would count twice. Merge a copy (FromState(State)) if that is what you mean.");
        }
    }

    // ---- throws ----------------------------------------------------------------------------------
    // Every Throw* method throws directly: the JIT never inlines a method that only throws, and it
    // then knows the call does not return, so the branch to it is laid out away from the loop.

    /// <summary>Throws <see cref="ArgumentException"/>; with <paramref name="messageArgs"/>, <paramref name="message"/> is their composite format.</summary>
    [DoesNotReturn]
    internal static void ThrowArgument(string? paramName, string message, params ReadOnlySpan<object?> messageArgs) =>
        throw new ArgumentException(Format(message, messageArgs), paramName);

    /// <summary>Throws <see cref="ArgumentNullException"/> with .NET's message.</summary>
    [DoesNotReturn]
    internal static void ThrowArgumentNull(string? paramName) =>
        throw new ArgumentNullException(paramName);

    /// <summary>Throws <see cref="ArgumentNullException"/>; with <paramref name="messageArgs"/>, <paramref name="message"/> is their composite format.</summary>
    [DoesNotReturn]
    internal static void ThrowArgumentNull(string? paramName, string message, params ReadOnlySpan<object?> messageArgs) =>
        throw new ArgumentNullException(paramName, Format(message, messageArgs));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> carrying the actual value; with <paramref name="messageArgs"/>, <paramref name="message"/> is their composite format.</summary>
    [DoesNotReturn]
    internal static void ThrowOutOfRange(string? paramName, object? actualValue, string message, params ReadOnlySpan<object?> messageArgs) =>
        throw new ArgumentOutOfRangeException(paramName, actualValue, Format(message, messageArgs));

    /// <summary>Throws <see cref="CurrencyMismatchException"/>, whose message names both currencies.</summary>
    [DoesNotReturn]
    internal static void ThrowCurrencyMismatch(Currency expected, Currency actual, string? paramName) =>
        throw new CurrencyMismatchException(expected, actual, paramName);

    /// <summary>
    /// Throws for a row whose index (a key, a customer, a user, an entity, a stage) is outside
    /// [0, <paramref name="count"/>), the count given when the accumulator was created.
    /// </summary>
    [DoesNotReturn]
    internal static void ThrowIndexOutOfRange(string paramName, int row, long index, int count) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            index,
            count == 0
                ? Format("Row {0}: The index must be below the count given when the accumulator was created, which is 0.", [row])
                : Format("Row {0}: The index must be between 0 and {1}, below the count given when the accumulator was created.", [row, count - 1]));

    /// <summary>Throws for a row whose amount is negative.</summary>
    [DoesNotReturn]
    internal static void ThrowNegativeAmount(string paramName, int row, object amount) =>
        throw new ArgumentOutOfRangeException(paramName, amount, Format("Row {0}: The amount must not be negative; subtract refunds and credit notes explicitly.", [row]));

    /// <summary>Throws for a row dated outside the days <paramref name="firstDay"/> to <paramref name="lastDay"/> (day numbers).</summary>
    [DoesNotReturn]
    internal static void ThrowDayOutside(string paramName, int row, int dayNumber, int firstDay, int lastDay) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            dayNumber,
            Format("Row {0}: The date must be within the accumulator's periods, {1} to {2}; it is {3}.", [row, DayText(firstDay), DayText(lastDay), DayText(dayNumber)]));

    private static string Format(string message, ReadOnlySpan<object?> messageArgs) =>
        messageArgs.IsEmpty ? message : string.Format(CultureInfo.InvariantCulture, message, messageArgs);

    private static string DayText(int dayNumber) =>
        dayNumber >= 0 && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"day number {dayNumber}");
}
