using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using KpiFormulas.Serialization;

namespace KpiFormulas.Catalog;

/// <summary>Lets the JSON converter of <see cref="KpiDefinition"/>, in the core layer, look definitions up in the catalogue.</summary>
internal static class CatalogJsonRegistration
{
    // The core layer cannot use the catalogue, yet a definition read from JSON must be the catalogue's own
    // instance. Registering the lookup when the assembly loads costs one delegate and builds nothing: the
    // catalogue is built on the first lookup.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only stores a delegate; nothing runs until a definition is read.")]
    internal static void Register() =>
        KpiDefinitionJsonConverter.Lookup = static id => KpiCatalog.TryGet(id, out var definition) ? definition : null;
}
