using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiFormulas.Serialization;

/// <summary>
/// JSON for the library's enums: the member's name as a string (<c>"HigherIsBetter"</c>), under every
/// option set. Reading takes the exact name only: a number, a numeric string, another case or a
/// combination of names is refused, so an unknown value is never read as some defined one.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromName(reader.GetString()!)
            : throw new JsonException($"A {typeof(TEnum).Name} must be a JSON string, one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromName(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(NameOf(value));

    internal static TEnum FromName(string text)
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Enum.GetName(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}; expected one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    // An undefined value (a cast of 42) has no name: writing its number would be read back as nothing.
    private static string NameOf(TEnum value) =>
        Enum.GetName(value) ?? throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}, so it has no JSON form.");
}
