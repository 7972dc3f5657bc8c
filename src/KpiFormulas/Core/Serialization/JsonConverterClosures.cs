using System;
using System.Collections.Concurrent;
using System.Text.Json.Serialization;

namespace KpiFormulas.Serialization;

/// <summary>
/// The closed converters of the library's generic types (<c>KpiResult&lt;FunnelStep&gt;</c>,
/// <c>BandSet&lt;Ratio, LtvToCacHealth&gt;</c>...), registered by the layer that can name them, so
/// that a converter factory of this layer finds them without <c>MakeGenericType</c>, which native AOT
/// cannot serve for value types it did not compile.
/// </summary>
internal static class JsonConverterClosures
{
    private static readonly ConcurrentDictionary<Type, Func<JsonConverter>> Factories = new();

    internal static void Register(Type type, Func<JsonConverter> create) => Factories[type] = create;

    internal static bool TryCreate(Type type, out JsonConverter converter)
    {
        if (Factories.TryGetValue(type, out var create))
        {
            converter = create();
            return true;
        }

        converter = null!;
        return false;
    }
}
