using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// The result of a KPI whose value may not exist for valid input: either a value, or the reason it
/// is undefined together with the KPI id. This is the library's one policy for undefined results
/// (zero denominators, no baseline, an investment never paid back): never NaN, never Infinity,
/// never a silent zero, and never an exception until the caller asks for a value that is not there.
/// </summary>
/// <typeparam name="T">The type of the value (<see cref="Money"/>, <see cref="Rate"/>, <see cref="Ratio"/>...).</typeparam>
/// <remarks>
/// Read it with <see cref="TryGetValue(out T)"/>, <see cref="GetValueOrDefault(T)"/>, <see cref="Match{TResult}(Func{T, TResult}, Func{UndefinedReason, string, TResult})"/>
/// or <see cref="Value"/> (which throws <see cref="UndefinedKpiException"/> when undefined).
/// <c>default(KpiResult&lt;T&gt;)</c> is undefined with <see cref="UndefinedReason.NotComputed"/>.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(KpiResultJsonConverterFactory))]
public readonly struct KpiResult<T> : IEquatable<KpiResult<T>>, IFormattable
    where T : struct
{
    private readonly T value;
    private readonly string? kpiId;
    private readonly string? explanation;
    private readonly UndefinedReason reason;

    internal KpiResult(string kpiId, T value)
    {
        this.kpiId = kpiId;
        this.value = value;
        IsDefined = true;
        reason = UndefinedReason.NotComputed;
        explanation = null;
    }

    internal KpiResult(string kpiId, UndefinedReason reason, string explanation)
    {
        this.kpiId = kpiId;
        value = default;
        IsDefined = false;
        this.reason = reason;
        this.explanation = explanation;
    }

    /// <summary>True when the KPI has a value.</summary>
    public bool IsDefined { get; }

    /// <summary>The catalogue id of the KPI that produced this result (empty for <c>default</c>).</summary>
    public string KpiId => kpiId ?? string.Empty;

    /// <summary>The value.</summary>
    /// <exception cref="UndefinedKpiException">The KPI is undefined; the exception carries the id and the reason.</exception>
    public T Value => IsDefined ? value : throw new UndefinedKpiException(KpiId, reason, Explanation);

    /// <summary>Why the KPI is undefined, or <see langword="null"/> when it has a value.</summary>
    public UndefinedReason? Reason => IsDefined ? null : reason;

    /// <summary>A sentence saying which input made the KPI undefined; empty when it has a value.</summary>
    public string Explanation => IsDefined ? string.Empty : explanation ?? "the result was never computed.";

    /// <summary>Gets the value when the KPI is defined.</summary>
    /// <param name="result">The value, or <c>default</c> when undefined.</param>
    /// <returns>True when the KPI is defined.</returns>
    public bool TryGetValue(out T result)
    {
        result = value;
        return IsDefined;
    }

    /// <summary>The value, or <paramref name="fallback"/> when the KPI is undefined.</summary>
    /// <param name="fallback">What to use when undefined; chosen by the caller, never by the library.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => IsDefined ? value : fallback;

    /// <summary>Applies one of two functions depending on whether the KPI is defined.</summary>
    /// <typeparam name="TResult">The type returned.</typeparam>
    /// <param name="defined">Called with the value.</param>
    /// <param name="undefined">Called with the reason and the explanation.</param>
    /// <returns>What the chosen function returned.</returns>
    public TResult Match<TResult>(Func<T, TResult> defined, Func<UndefinedReason, string, TResult> undefined)
    {
        Preconditions.NotNull(defined);
        Preconditions.NotNull(undefined);
        return IsDefined ? defined(value) : undefined(reason, Explanation);
    }

    /// <summary>Transforms the value when defined, and keeps the id and reason when not.</summary>
    /// <typeparam name="TResult">The type of the new value.</typeparam>
    /// <param name="selector">The transformation.</param>
    /// <returns>The transformed result.</returns>
    public KpiResult<TResult> Select<TResult>(Func<T, TResult> selector)
        where TResult : struct
    {
        Preconditions.NotNull(selector);
        return IsDefined
            ? new KpiResult<TResult>(KpiId, selector(value))
            : new KpiResult<TResult>(KpiId, reason, Explanation);
    }

    /// <inheritdoc />
    public bool Equals(KpiResult<T> other) =>
        IsDefined == other.IsDefined
        && string.Equals(KpiId, other.KpiId, StringComparison.Ordinal)
        && (IsDefined ? EqualityComparer<T>.Default.Equals(value, other.value) : reason == other.reason);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KpiResult<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        IsDefined ? HashCode.Combine(KpiId, value) : HashCode.Combine(KpiId, reason);

    /// <summary>
    /// The display form in the current culture: what <c>Console.WriteLine(result)</c> prints (see
    /// <see cref="ToString(string, IFormatProvider)"/>).
    /// </summary>
    /// <returns>The value's display form, or <c>undefined (reason): explanation</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the result. When undefined: <c>undefined (reason): explanation</c>, whatever the format.
    /// When defined, the value's own format, and with no format its display form, rounded the way a
    /// person reads it while <see cref="Value"/> keeps every digit:
    /// <list type="bullet">
    /// <item>the library's value types (<see cref="Money"/>, <see cref="Rate"/>, <see cref="Ratio"/>...)
    /// as their own <c>ToString()</c>: <c>€300.00</c>, <c>2.5%</c>, <c>3.2:1</c>;</item>
    /// <item>a <see cref="decimal"/> (a score, a number of months or units) with at most two
    /// decimals, trailing zeros dropped and the culture's grouping: <c>0.97</c>, <c>42</c>,
    /// <c>1,234.5</c>;</item>
    /// <item>a <see cref="TimeSpan"/> in its two largest units, rounded to the smaller one: <c>45 d 12 h</c>,
    /// <c>2 h 5 min</c>, <c>12 min 21 s</c>, and below a minute in seconds with one decimal at most
    /// (<c>7.5 s</c>);</item>
    /// <item>any other value through its own formatting.</item>
    /// </list>
    /// </summary>
    /// <param name="format">The value's format (<c>"C0"</c> for an amount, <c>"P2"</c> for a rate,
    /// <c>"0.0"</c> for a number...), or null for the display form.</param>
    /// <param name="formatProvider">The culture (the current culture when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a format of the value's type.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!IsDefined)
        {
            return $"undefined ({reason}): {Explanation}";
        }

        var provider = formatProvider ?? CultureInfo.CurrentCulture;
        return value switch
        {
            decimal number when string.IsNullOrEmpty(format) => number.ToString("#,0.##", provider),
            TimeSpan duration when string.IsNullOrEmpty(format) => DurationText.Format(duration, provider),
            IFormattable formattable => formattable.ToString(format, provider),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when both are defined with equal values and ids, or both undefined for the same reason and id.</returns>
    public static bool operator ==(KpiResult<T> left, KpiResult<T> right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>The negation of <c>==</c>.</returns>
    public static bool operator !=(KpiResult<T> left, KpiResult<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="KpiResult{T}"/> values (for KPIs of your own built on the library's policy).</summary>
public static class KpiResult
{
    /// <summary>Creates a defined result.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="kpiId">The catalogue id of the KPI.</param>
    /// <param name="value">The value.</param>
    /// <returns>A result that holds <paramref name="value"/>.</returns>
    public static KpiResult<T> Defined<T>(string kpiId, T value)
        where T : struct => new(kpiId ?? string.Empty, value);

    /// <summary>Creates an undefined result.</summary>
    /// <typeparam name="T">The type the value would have had.</typeparam>
    /// <param name="kpiId">The catalogue id of the KPI.</param>
    /// <param name="reason">Why it is undefined.</param>
    /// <param name="explanation">A sentence saying which input made it undefined.</param>
    /// <returns>An undefined result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public static KpiResult<T> Undefined<T>(string kpiId, UndefinedReason reason, string explanation)
        where T : struct => new(kpiId ?? string.Empty, Preconditions.Defined(reason), explanation ?? string.Empty);
}
