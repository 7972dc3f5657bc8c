using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Serialization;

/// <summary>JSON for <see cref="Currency"/>: the ISO code as a string, <c>"EUR"</c>.</summary>
internal sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromCode(JsonText.ReadString(ref reader, "Currency"));

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Code);

    // A dictionary key arrives as a PropertyName token, not a String token: read its text directly
    // (going through Read would reject every key as "not a JSON string").
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromCode(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Code);

    private static Currency FromCode(string text) =>
        Currency.TryParse(text, CultureInfo.InvariantCulture, out var currency)
            ? currency
            : throw new JsonException($"'{text}' is not an active ISO 4217 currency code.");
}

/// <summary>
/// JSON for <see cref="Money"/>: <c>{"amount":1550.00,"currency":"EUR"}</c> (the amount as an exact
/// JSON number); also reads the invariant text form <c>"EUR 1550.00"</c>.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            return Money.TryParse(text, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new JsonException($"'{text}' is not an amount of money; expected {{\"amount\":1550.00,\"currency\":\"EUR\"}} or \"EUR 1550.00\".");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money must be a JSON object {\"amount\":1550.00,\"currency\":\"EUR\"} or a string \"EUR 1550.00\".");
        }

        // The writer names the members through the naming policy, so the reader accepts those names
        // as well as the plain ones (always ignoring case), or it could not read what it wrote.
        var amountName = JsonText.Name(options, "amount");
        var currencyName = JsonText.Name(options, "currency");
        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Unexpected JSON in Money.");
            }

            var name = reader.GetString();
            reader.Read();
            if (JsonText.IsName(name, "amount", amountName))
            {
                if (amount is not null)
                {
                    throw new JsonException("'amount' appears twice in Money.");
                }

                amount = reader.TokenType switch
                {
                    JsonTokenType.Number => reader.GetDecimal(),
                    JsonTokenType.String when decimal.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fromText) => fromText,
                    _ => throw new JsonException("Money 'amount' must be a number."),
                };
            }
            else if (JsonText.IsName(name, "currency", currencyName))
            {
                if (currency is not null)
                {
                    throw new JsonException("'currency' appears twice in Money.");
                }

                var code = JsonText.ReadString(ref reader, "Money 'currency'");
                currency = Currency.TryParse(code, CultureInfo.InvariantCulture, out var found)
                    ? found
                    : throw new JsonException($"Money 'currency': '{code}' is not an active ISO 4217 currency code.");
            }
            else
            {
                throw new JsonException($"'{name}' is not a member of Money (amount, currency).");
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException("Money needs both 'amount' and 'currency'.");
        }

        return new Money(amount.Value, currency.Value);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonText.Name(options, "amount"), value.Amount);
        writer.WriteString(JsonText.Name(options, "currency"), value.Currency.Code);
        writer.WriteEndObject();
    }
}

/// <summary>JSON for <see cref="Rate"/>: the fraction as a number, <c>0.25</c> for 25 %.</summary>
internal sealed class RateJsonConverter : JsonConverter<Rate>
{
    public override Rate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? Rate.FromFraction(reader.GetDecimal())
            : throw new JsonException("A Rate must be a JSON number holding the fraction (0.25 for 25 %).");

    public override void Write(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Fraction);

    // As a dictionary key, the same number as text (invariant, every digit).
    public override Rate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        decimal.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var key)
            ? Rate.FromFraction(key)
            : throw new JsonException($"'{reader.GetString()}' is not a number usable as a Rate key.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Fraction.ToString(CultureInfo.InvariantCulture));
}

/// <summary>JSON for <see cref="PercentagePoints"/>: the number of points, <c>5</c> for +5 points.</summary>
internal sealed class PercentagePointsJsonConverter : JsonConverter<PercentagePoints>
{
    public override PercentagePoints Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? FromPointsText(reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan))
            : throw new JsonException("PercentagePoints must be a JSON number of points (5 for +5 points).");

    // The points are written from the fraction by moving its decimal point, not by multiplying:
    // a difference of two rates near decimal's range has more points than a decimal holds.
    public override void Write(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options) =>
        writer.WriteRawValue(Formatting.InvariantShifted(value.Fraction, 2));

    // Read back the same way: the number's decimal point moved two places left, so every number
    // written above reads back, even one whose points do not fit a decimal.
    private static PercentagePoints FromPointsText(string number)
    {
        var exponentAt = number.AsSpan().IndexOfAny('e', 'E');
        var mantissa = exponentAt < 0 ? number : number[..exponentAt];
        var exponent = 0L;
        if (exponentAt >= 0 && !long.TryParse(number.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            throw new JsonException($"'{number}' is not a number of percentage points a PercentagePoints can hold.");
        }

        var fractionText = string.Concat(mantissa, "e", (exponent - 2).ToString(CultureInfo.InvariantCulture));
        return decimal.TryParse(fractionText, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction)
            ? PercentagePoints.FromFraction(fraction)
            : throw new JsonException($"'{number}' is not a number of percentage points a PercentagePoints can hold.");
    }

    // As a dictionary key, the same number as text (invariant, every digit).
    public override PercentagePoints ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() is { Length: > 0 } key && (key[0] == '-' || char.IsAsciiDigit(key[0])) && !key.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? FromPointsText(key)
            : throw new JsonException($"'{reader.GetString()}' is not a number usable as a PercentagePoints key.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, PercentagePoints value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Formatting.InvariantShifted(value.Fraction, 2));
}

/// <summary>JSON for <see cref="Ratio"/>: x of "x : 1" as a number, <c>3.0</c>.</summary>
internal sealed class RatioJsonConverter : JsonConverter<Ratio>
{
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? new Ratio(reader.GetDecimal())
            : throw new JsonException("A Ratio must be a JSON number (3.0 for 3 : 1).");

    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);

    // As a dictionary key, the same number as text (invariant, every digit).
    public override Ratio ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        decimal.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var key)
            ? new Ratio(key)
            : throw new JsonException($"'{reader.GetString()}' is not a number usable as a Ratio key.");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// JSON for <see cref="Period"/>: its ISO text form as a string (<c>"2026-03"</c>,
/// <c>"2026-03-01/P30D"</c>); also reads <c>{"start":"2026-03-01","end":"2026-03-31"}</c> (exclusive end).
/// As a dictionary key (counts or revenue by month) it is the same text: <c>{"2026-03":12}</c>.
/// </summary>
internal sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return FromText(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A Period must be a string such as \"2026-03\" or an object {\"start\":...,\"end\":...}.");
        }

        DateOnly? start = null;
        DateOnly? end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "start", StringComparison.OrdinalIgnoreCase))
            {
                start = ReadDate(ref reader, "start");
            }
            else if (string.Equals(name, "end", StringComparison.OrdinalIgnoreCase))
            {
                end = ReadDate(ref reader, "end");
            }
            else
            {
                throw new JsonException($"'{name}' is not a member of a Period object (start, end).");
            }
        }

        if (start is null || end is null)
        {
            throw new JsonException("A Period object needs both 'start' and 'end' (exclusive).");
        }

        if (start.Value >= end.Value)
        {
            throw new JsonException($"A period needs its start before its end: {start.Value:yyyy-MM-dd} is not before {end.Value:yyyy-MM-dd}.");
        }

        return new Period(start.Value, end.Value);
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    // Without these two, System.Text.Json refuses Period as a dictionary key (NotSupportedException),
    // and a dictionary of counts by period cannot be written at all.
    public override Period ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromText(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static Period FromText(string text) =>
        Period.TryParse(text, CultureInfo.InvariantCulture, out var period)
            ? period
            : throw new JsonException($"'{text}' is not a period; expected 2026, 2026-Q1, 2026-03, 2026-W05 or 2026-03-01/P30D.");

    private static DateOnly ReadDate(ref Utf8JsonReader reader, string name)
    {
        var text = JsonText.ReadString(ref reader, $"Period '{name}'");
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"Period '{name}': '{text}' is not a date of the form yyyy-MM-dd.");
    }
}

internal static class JsonText
{
    internal static string ReadString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"{what} must be a JSON string.");

    internal static string Name(JsonSerializerOptions options, string name) =>
        options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    /// <summary>True when a member name read is <paramref name="name"/> or its policy-converted form, ignoring case.</summary>
    internal static bool IsName(string? read, string name, string converted) =>
        string.Equals(read, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(read, converted, StringComparison.OrdinalIgnoreCase);
}
