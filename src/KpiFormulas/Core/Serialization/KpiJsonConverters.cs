using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiFormulas.Serialization;

/// <summary>Makes the converter of each closed <see cref="Threshold{TValue, TLevel}"/>, <see cref="Band{TValue, TLevel}"/> or <see cref="BandSet{TValue, TLevel}"/>.</summary>
/// <remarks>
/// The level enums live with their families, above this layer: the layer that declares the library's
/// band sets registers their closures (<see cref="JsonConverterClosures"/>), so trimmed and native AOT
/// builds do not depend on the reflection path, which serves a caller's own band sets.
/// </remarks>
internal sealed class BandJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        if (!typeToConvert.IsGenericType)
        {
            return false;
        }

        var definition = typeToConvert.GetGenericTypeDefinition();
        return definition == typeof(Threshold<,>) || definition == typeof(Band<,>) || definition == typeof(BandSet<,>);
    }

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The library's closures are registered (JsonConverterClosures); only a caller's own band sets reach MakeGenericType, under reflection-based serialization.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The closed converter type is built from the band type the serializer was asked for.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The converters' parameterless constructors are kept by the typeof below.")]
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonConverterClosures.TryCreate(typeToConvert, out var registered))
        {
            return registered;
        }

        var definition = typeToConvert.GetGenericTypeDefinition();
        var converter = definition == typeof(Threshold<,>) ? typeof(ThresholdJsonConverter<,>)
            : definition == typeof(Band<,>) ? typeof(BandJsonConverter<,>)
            : typeof(BandSetJsonConverter<,>);
        return (JsonConverter)Activator.CreateInstance(converter.MakeGenericType(typeToConvert.GetGenericArguments()))!;
    }
}

/// <summary><c>{"value":3.0,"side":"StartsUpperBand","upperLevel":"Healthy"}</c>.</summary>
/// <typeparam name="TValue">The type of the values classified.</typeparam>
/// <typeparam name="TLevel">The level enum.</typeparam>
internal sealed class ThresholdJsonConverter<TValue, TLevel> : ObjectJsonConverter<Threshold<TValue, TLevel>>
    where TValue : struct, IComparable<TValue>
    where TLevel : struct, Enum
{
    protected override string TypeName => "Threshold";

    protected override string[] Members => ["value", "side", "upperLevel"];

    protected override Threshold<TValue, TLevel> Build(JsonMembers members) =>
        new(members.Value<TValue>("value"), members.Value<ThresholdSide>("side"), members.Value<TLevel>("upperLevel"));

    protected override void WriteMembers(Utf8JsonWriter writer, Threshold<TValue, TLevel> value, JsonSerializerOptions options)
    {
        writer.WriteValue("value", value.Value, options);
        writer.WriteValue("side", value.Side, options);
        writer.WriteValue("upperLevel", value.UpperLevel, options);
    }
}

/// <summary>
/// <c>{"level":"Healthy","lower":3.0,"lowerInclusive":true,"upper":null,"upperInclusive":false}</c>: a
/// missing bound is null (unbounded) and is never inclusive.
/// </summary>
/// <typeparam name="TValue">The type of the values classified.</typeparam>
/// <typeparam name="TLevel">The level enum.</typeparam>
internal sealed class BandJsonConverter<TValue, TLevel> : ObjectJsonConverter<Band<TValue, TLevel>>
    where TValue : struct, IComparable<TValue>
    where TLevel : struct, Enum
{
    protected override string TypeName => "Band";

    protected override string[] Members => ["level", "lower", "lowerInclusive", "upper", "upperInclusive"];

    protected override string[] Derived => ["lowerInclusive", "upperInclusive"];

    protected override Band<TValue, TLevel> Build(JsonMembers members)
    {
        var lower = members.Nullable<TValue>("lower");
        var upper = members.Nullable<TValue>("upper");
        var lowerInclusive = members.Boolean("lowerInclusive");
        var upperInclusive = members.Boolean("upperInclusive");
        if (lower is { } low && upper is { } high)
        {
            var c = low.CompareTo(high);
            if (c > 0 || (c == 0 && !(lowerInclusive && upperInclusive)))
            {
                throw new JsonException("Band: 'lower' must be below 'upper' (or equal to it, both inclusive, for a single-value band).");
            }
        }

        return new Band<TValue, TLevel>(members.Value<TLevel>("level"), lower, lowerInclusive, upper, upperInclusive);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, Band<TValue, TLevel> value, JsonSerializerOptions options)
    {
        writer.WriteValue("level", value.Level, options);
        writer.WriteNullable("lower", value.Lower, options);
        writer.WriteBoolean("lowerInclusive", value.LowerInclusive);
        writer.WriteNullable("upper", value.Upper, options);
        writer.WriteBoolean("upperInclusive", value.UpperInclusive);
    }
}

/// <summary>
/// <c>{"kpiId":"ltv_to_cac","bands":[band,...]}</c>: the bands from the lowest up, each starting where
/// the previous one ends; rebuilt through the <see cref="BandSet{TValue, TLevel}"/> constructor.
/// </summary>
/// <typeparam name="TValue">The type of the values classified.</typeparam>
/// <typeparam name="TLevel">The level enum.</typeparam>
internal sealed class BandSetJsonConverter<TValue, TLevel> : ObjectJsonConverter<BandSet<TValue, TLevel>>
    where TValue : struct, IComparable<TValue>
    where TLevel : struct, Enum
{
    protected override string TypeName => "BandSet";

    protected override string[] Members => ["kpiId", "bands"];

    protected override string[] Derived => ["bands"];

    protected override BandSet<TValue, TLevel> Build(JsonMembers members)
    {
        var bands = members.Items("bands", JsonMembers.ReadValue<Band<TValue, TLevel>>);
        if (bands.Count == 0)
        {
            throw new JsonException("BandSet: 'bands' must hold at least one band.");
        }

        // Band i ends at threshold i; an inclusive upper bound means the threshold ends the lower band.
        var thresholds = new Threshold<TValue, TLevel>[bands.Count - 1];
        for (var i = 0; i < thresholds.Length; i++)
        {
            var upper = bands[i].Upper ?? throw new JsonException($"BandSet: band {i} is not the last one, so it needs an 'upper' bound.");
            thresholds[i] = new(upper, bands[i].UpperInclusive ? ThresholdSide.EndsLowerBand : ThresholdSide.StartsUpperBand, bands[i + 1].Level);
        }

        return new BandSet<TValue, TLevel>(members.String("kpiId"), bands[0].Level, thresholds);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, BandSet<TValue, TLevel> value, JsonSerializerOptions options)
    {
        writer.WriteString("kpiId", value.KpiId);
        writer.WriteItems("bands", value.Bands, options);
    }
}

/// <summary>
/// <c>{"id":"cac","family":"Acquisition",...}</c>: a catalogue entry, written whole. A definition is
/// read by its id from the catalogue, and every other member must be the catalogue's, so that a
/// stored definition never passes for another one.
/// </summary>
internal sealed class KpiDefinitionJsonConverter : ObjectJsonConverter<KpiDefinition>
{
    /// <summary>The catalogue's lookup, registered by the catalogue layer when the assembly loads (this layer cannot see it).</summary>
    internal static Func<string, KpiDefinition?>? Lookup { get; set; }

    protected override string TypeName => nameof(KpiDefinition);

    protected override string[] Members =>
        ["id", "family", "englishName", "frenchName", "formula", "unit", "resultKind", "direction", "bands", "undefinedWhen", "references", "calculator"];

    protected override string[] Derived => Members.Skip(1).ToArray();

    protected override KpiDefinition Build(JsonMembers members)
    {
        var id = members.String("id");
        return Lookup?.Invoke(id) ?? throw new JsonException($"KpiDefinition: '{id}' is not a KPI id of the catalogue.");
    }

    protected override void WriteMembers(Utf8JsonWriter writer, KpiDefinition value, JsonSerializerOptions options)
    {
        writer.WriteString("id", value.Id);
        writer.WriteValue("family", value.Family, options);
        writer.WriteString("englishName", value.EnglishName);
        writer.WriteString("frenchName", value.FrenchName);
        writer.WriteString("formula", value.Formula);
        writer.WriteString("unit", value.Unit);
        writer.WriteValue("resultKind", value.ResultKind, options);
        writer.WriteValue("direction", value.Direction, options);
        writer.WritePropertyName("bands");
        if (value.Bands is { } bands)
        {
            JsonSerializer.Serialize(writer, bands, options.GetTypeInfo(bands.GetType()));
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("undefinedWhen", value.UndefinedWhen);
        writer.WriteStrings("references", value.References);
        writer.WriteString("calculator", $"{value.CalculatorType.Name}.{value.CalculatorMethod}");
    }
}
