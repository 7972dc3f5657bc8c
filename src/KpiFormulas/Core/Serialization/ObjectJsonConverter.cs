using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KpiFormulas.Serialization;

/// <summary>
/// The one way the library's composite types cross JSON: an object with a fixed list of members, the
/// same names under every option set (the naming policy does not rename them), each required.
/// Reading is strict: an unknown, repeated or missing member, a wrong JSON type or a value the type
/// refuses is a <see cref="JsonException"/> naming the type and the member, never a silently wrong
/// object. Members that a type computes from the others (rates, totals, levels) are checked against
/// what the others give, so a payload cannot carry a rate that its counts contradict.
/// </summary>
/// <typeparam name="T">The type converted.</typeparam>
internal abstract class ObjectJsonConverter<T> : JsonConverter<T>
{
    /// <summary>The type's name in messages.</summary>
    protected abstract string TypeName { get; }

    /// <summary>Every member, in the order written.</summary>
    protected abstract string[] Members { get; }

    /// <summary>The members computed from the others: read, then compared with the value rebuilt.</summary>
    protected virtual string[] Derived => [];

    /// <summary>Rebuilds the value from its defining members.</summary>
    protected abstract T Build(JsonMembers members);

    /// <summary>Writes every member, in the order of <see cref="Members"/>.</summary>
    protected abstract void WriteMembers(Utf8JsonWriter writer, T value, JsonSerializerOptions options);

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {TypeName} must be a JSON object with {string.Join(", ", Members)}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var members = JsonMembers.Of(document.RootElement, TypeName, Members, options);
        T value;
        try
        {
            value = Build(members);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"{TypeName}: {e.Message}", e);
        }

        if (Derived.Length > 0)
        {
            var rebuilt = JsonSerializer.SerializeToElement(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            foreach (var name in Derived)
            {
                var expected = rebuilt.GetProperty(name);
                var read = members.Element(name);
                if (!JsonElement.DeepEquals(expected, read))
                {
                    throw new JsonException($"{TypeName} '{name}' is {read.GetRawText()}, but the other members make it {expected.GetRawText()}.");
                }
            }
        }

        return value;
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteMembers(writer, value, options);
        writer.WriteEndObject();
    }
}

/// <summary>The members of one JSON object read by an <see cref="ObjectJsonConverter{T}"/>, with typed, strict accessors.</summary>
internal sealed class JsonMembers
{
    private readonly Dictionary<string, JsonElement> elements;
    private readonly string typeName;
    private readonly JsonSerializerOptions options;

    private JsonMembers(Dictionary<string, JsonElement> elements, string typeName, JsonSerializerOptions options)
    {
        this.elements = elements;
        this.typeName = typeName;
        this.options = options;
    }

    internal static JsonMembers Of(JsonElement element, string typeName, string[] names, JsonSerializerOptions options)
    {
        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = Array.Find(names, n => string.Equals(n, property.Name, comparison))
                ?? throw new JsonException($"'{property.Name}' is not a member of a {typeName} ({string.Join(", ", names)}).");
            if (!found.TryAdd(name, property.Value))
            {
                throw new JsonException($"'{name}' appears twice in a {typeName}.");
            }
        }

        foreach (var name in names)
        {
            if (!found.ContainsKey(name))
            {
                throw new JsonException($"A {typeName} needs '{name}'.");
            }
        }

        return new JsonMembers(found, typeName, options);
    }

    internal JsonElement Element(string name) => elements[name];

    internal long Int64(string name) => ReadInt64(elements[name], Where(name));

    internal int Int32(string name)
    {
        var element = elements[name];
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"{Where(name)} must be a whole JSON number within a 32-bit integer.");
    }

    internal decimal Decimal(string name) => ReadDecimal(elements[name], Where(name));

    internal bool Boolean(string name) =>
        elements[name].ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new JsonException($"{Where(name)} must be true or false."),
        };

    internal string String(string name) => ReadString(elements[name], Where(name));

    /// <summary>A member of a library type, read by that type's converter (from the options, so that a
    /// source-generated context serves it too).</summary>
    internal TValue Value<TValue>(string name) => ReadValue<TValue>(elements[name], Where(name), options);

    /// <summary>A member that may be JSON null.</summary>
    internal TValue? Nullable<TValue>(string name)
        where TValue : struct =>
        elements[name].ValueKind == JsonValueKind.Null ? null : Value<TValue>(name);

    internal List<TItem> Items<TItem>(string name, Func<JsonElement, string, JsonSerializerOptions, TItem> read)
    {
        var element = elements[name];
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{Where(name)} must be a JSON array.");
        }

        var items = new List<TItem>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items.Add(read(item, $"{Where(name)}[{index}]", options));
            index++;
        }

        return items;
    }

    internal static long ReadInt64(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value)
            ? value
            : throw new JsonException($"{where} must be a whole JSON number within a 64-bit integer.");

    internal static long ReadInt64(JsonElement element, string where, JsonSerializerOptions options) => ReadInt64(element, where);

    internal static ulong ReadUInt64(JsonElement element, string where, JsonSerializerOptions options) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out var value)
            ? value
            : throw new JsonException($"{where} must be a whole JSON number from 0 to {ulong.MaxValue}.");

    internal static byte ReadByte(JsonElement element, string where, JsonSerializerOptions options) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetByte(out var value)
            ? value
            : throw new JsonException($"{where} must be a whole JSON number from 0 to 255.");

    internal static decimal ReadDecimal(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value)
            ? value
            : throw new JsonException($"{where} must be a JSON number within the range of decimal.");

    internal static decimal ReadDecimal(JsonElement element, string where, JsonSerializerOptions options) => ReadDecimal(element, where);

    internal static string ReadString(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new JsonException($"{where} must be a JSON string.");

    internal static string ReadString(JsonElement element, string where, JsonSerializerOptions options) => ReadString(element, where);

    internal static TValue ReadValue<TValue>(JsonElement element, string where, JsonSerializerOptions options)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            throw new JsonException($"{where} must not be null.");
        }

        try
        {
            return element.Deserialize((JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue)))!;
        }
        catch (JsonException e)
        {
            throw new JsonException($"{where}: {e.Message}", e);
        }
    }

    private string Where(string name) => $"{typeName} '{name}'";
}

/// <summary>Writes the members of an <see cref="ObjectJsonConverter{T}"/>: decimals and integers as exact JSON numbers, library types through their own converters.</summary>
internal static class JsonMemberWriter
{
    internal static void WriteValue<TValue>(this Utf8JsonWriter writer, string name, TValue value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue)));
    }

    internal static void WriteNullable<TValue>(this Utf8JsonWriter writer, string name, TValue? value, JsonSerializerOptions options)
        where TValue : struct
    {
        if (value is { } present)
        {
            writer.WriteValue(name, present, options);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteItems<TItem>(this Utf8JsonWriter writer, string name, IEnumerable<TItem> items, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        var info = (JsonTypeInfo<TItem>)options.GetTypeInfo(typeof(TItem));
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }

    internal static void WriteNumbers(this Utf8JsonWriter writer, string name, IEnumerable<long> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }

    internal static void WriteNumbers(this Utf8JsonWriter writer, string name, IEnumerable<ulong> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }

    internal static void WriteNumbers(this Utf8JsonWriter writer, string name, IEnumerable<decimal> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }

    internal static void WriteNumbers(this Utf8JsonWriter writer, string name, IEnumerable<byte> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }

    internal static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
