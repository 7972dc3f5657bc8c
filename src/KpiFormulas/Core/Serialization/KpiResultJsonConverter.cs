using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KpiFormulas.Serialization;

/// <summary>
/// Makes the converter of each <see cref="KpiResult{T}"/>: a result crosses a service boundary
/// whether it is defined or not, as <c>{"kpiId":"cac","value":...}</c> or
/// <c>{"kpiId":"cac","reason":"ZeroDenominator","explanation":"..."}</c>.
/// </summary>
internal sealed class KpiResultJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(KpiResult<>);

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The library's closures are created directly or registered (JsonConverterClosures); only a caller's own value types reach MakeGenericType, under reflection-based serialization.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The closed converter type is built from the result type the serializer was asked for.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The converter's parameterless constructor is kept by the typeof below.")]
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        // The value types of this layer are named, and the others registered by the layer that declares
        // them (KpiJsonContext), so that native AOT builds have their code; reflection serves the rest.
        var value = typeToConvert.GetGenericArguments()[0];
        return value == typeof(Money) ? new KpiResultJsonConverter<Money>()
            : value == typeof(Rate) ? new KpiResultJsonConverter<Rate>()
            : value == typeof(Ratio) ? new KpiResultJsonConverter<Ratio>()
            : value == typeof(PercentagePoints) ? new KpiResultJsonConverter<PercentagePoints>()
            : value == typeof(decimal) ? new KpiResultJsonConverter<decimal>()
            : value == typeof(long) ? new KpiResultJsonConverter<long>()
            : value == typeof(TimeSpan) ? new KpiResultJsonConverter<TimeSpan>()
            : JsonConverterClosures.TryCreate(typeToConvert, out var registered) ? registered
            : (JsonConverter)Activator.CreateInstance(typeof(KpiResultJsonConverter<>).MakeGenericType(value))!;
    }
}

/// <summary>The JSON form of one <see cref="KpiResult{T}"/>: its id, then its value or its reason and explanation.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
internal sealed class KpiResultJsonConverter<T> : JsonConverter<KpiResult<T>>
    where T : struct
{
    private const string KpiIdName = "kpiId";
    private const string ValueName = "value";
    private const string ReasonName = "reason";
    private const string ExplanationName = "explanation";

    public override KpiResult<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A KPI result is a JSON object with 'kpiId' and either 'value' or 'reason'.");
        }

        string? kpiId = null;
        string? explanation = null;
        UndefinedReason? reason = null;
        var hasValue = false;
        T value = default;
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var seen = new HashSet<string>(options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                // A repeated member would otherwise let the last one win silently.
                throw new JsonException($"'{name}' appears twice in a KPI result.");
            }

            reader.Read();
            if (string.Equals(name, KpiIdName, comparison))
            {
                kpiId = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("'kpiId' must be a string.");
            }
            else if (string.Equals(name, ValueName, comparison))
            {
                value = JsonSerializer.Deserialize(ref reader, ValueTypeInfo(options));
                hasValue = true;
            }
            else if (string.Equals(name, ReasonName, comparison))
            {
                reason = ReadReason(ref reader);
            }
            else if (string.Equals(name, ExplanationName, comparison))
            {
                explanation = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("'explanation' must be a string.");
            }
            else
            {
                throw new JsonException($"'{name}' is not a member of a KPI result (kpiId, value, reason, explanation).");
            }
        }

        if (kpiId is null)
        {
            throw new JsonException("A KPI result needs its 'kpiId'.");
        }

        if (hasValue == reason.HasValue)
        {
            throw new JsonException("A KPI result has either a 'value' (defined) or a 'reason' (undefined), never both nor neither.");
        }

        if (hasValue && explanation is not null)
        {
            throw new JsonException("A defined KPI result has no 'explanation'.");
        }

        return hasValue ? KpiResult.Defined(kpiId, value) : KpiResult.Undefined<T>(kpiId, reason!.Value, explanation ?? string.Empty);
    }

    public override void Write(Utf8JsonWriter writer, KpiResult<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(KpiIdName, value.KpiId);
        if (value.TryGetValue(out var defined))
        {
            writer.WritePropertyName(ValueName);
            JsonSerializer.Serialize(writer, defined, ValueTypeInfo(options));
        }
        else
        {
            writer.WriteString(ReasonName, value.Reason!.Value.ToString());
            writer.WriteString(ExplanationName, value.Explanation);
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<T> ValueTypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static UndefinedReason ReadReason(ref Utf8JsonReader reader)
    {
        // Names only: a number, or a numeric string that Enum.TryParse would accept, is refused, so an
        // unknown reason is never read as some defined one.
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is null || text.Length == 0 || !char.IsAsciiLetter(text[0])
            || !Enum.TryParse<UndefinedReason>(text, ignoreCase: false, out var reason) || !Enum.IsDefined(reason))
        {
            throw new JsonException($"'reason' must be the name of an UndefinedReason ({string.Join(", ", Enum.GetNames<UndefinedReason>())}).");
        }

        return reason;
    }
}
