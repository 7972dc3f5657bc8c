using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace KpiFormulas.Tests.Conventions;

/// <summary>How one type uses another. A use found in several places carries several flags.</summary>
[Flags]
internal enum ReferenceKinds
{
    None = 0,
    BaseType = 1,
    Interface = 2,
    GenericConstraint = 4,
    Field = 8,

    /// <summary>Method, property and event signatures, and the interface methods that a method implements.</summary>
    Signature = 16,

    /// <summary>An attribute's constructor, and the types named by its arguments (typeof, enum values).</summary>
    Attribute = 32,

    /// <summary>An IL operand (type, method or field token), a local variable or a caught exception type.</summary>
    MethodBody = 64,
}

/// <summary>
/// A top-level type of an assembly together with every type nested in it, at any depth: the
/// compiler's closures (<c>&lt;&gt;c</c>, display classes) and state machines count as their outer type.
/// </summary>
/// <param name="FullName">The name as <see cref="Type.FullName"/> gives it for the definition: <c>Ns.Name`1</c>.</param>
/// <param name="Namespace">The namespace; empty for the global namespace.</param>
/// <param name="DisplayName">The name for messages: <c>Ns.Name&lt;T&gt;</c>.</param>
/// <param name="IsCompilerGenerated">Marked [CompilerGenerated] or [Microsoft.CodeAnalysis.Embedded], or named <c>&lt;...&gt;</c>.</param>
/// <param name="NestedTypes">The full names (<c>Outer+Inner</c>) of the types nested in it.</param>
internal sealed record OuterType(string FullName, string Namespace, string DisplayName, bool IsCompilerGenerated, ImmutableArray<string> NestedTypes);

/// <summary>
/// Which types of one assembly use which other types of the same assembly, read from its metadata and
/// IL with System.Reflection.Metadata (the assembly is not loaded). Uses of types of other assemblies
/// are left out. Nodes are top-level types; a use by or of a nested type is a use by or of its outer type.
/// </summary>
internal sealed class TypeDependencyGraph
{
    private readonly FrozenDictionary<string, string> outerOf;

    public TypeDependencyGraph(IEnumerable<OuterType> types, IReadOnlyDictionary<(string From, string To), ReferenceKinds> references)
    {
        Types = types.ToFrozenDictionary(t => t.FullName, StringComparer.Ordinal);
        References = references.ToFrozenDictionary();
        outerOf = Types.Values
            .SelectMany(t => t.NestedTypes.Prepend(t.FullName).Select(name => KeyValuePair.Create(name, t.FullName)))
            .ToFrozenDictionary(StringComparer.Ordinal);
        var strays = References.Keys.SelectMany(r => new[] { r.From, r.To }).Where(name => !Types.ContainsKey(name)).ToList();
        if (strays.Count > 0)
        {
            throw new ArgumentException("References name types that are not in the graph: " + string.Join(", ", strays), nameof(references));
        }
    }

    /// <summary>The top-level types, by <see cref="OuterType.FullName"/>.</summary>
    public FrozenDictionary<string, OuterType> Types { get; }

    /// <summary>Every use of one top-level type by another (never by itself), with how it is used.</summary>
    public FrozenDictionary<(string From, string To), ReferenceKinds> References { get; }

    /// <summary>The number of type definitions, nested ones included.</summary>
    public int TypeDefinitionCount => Types.Values.Sum(t => 1 + t.NestedTypes.Length);

    /// <summary>The top-level type that holds a type given by its full name (<c>Outer+Inner</c>), or null if the assembly has no such type.</summary>
    public string? OuterOf(string fullName) => outerOf.GetValueOrDefault(fullName);

    /// <summary>How <paramref name="from"/> uses <paramref name="to"/> (full names of any types, nested ones included).</summary>
    public ReferenceKinds KindsOf(string from, string to) =>
        OuterOf(from) is { } source && OuterOf(to) is { } target
            ? References.GetValueOrDefault((source, target))
            : throw new ArgumentException($"{(OuterOf(from) is null ? from : to)} is not a type of this assembly.");

    /// <summary>Reads the graph of the assembly at <paramref name="assemblyPath"/>.</summary>
    public static TypeDependencyGraph Read(string assemblyPath)
    {
        using var pe = new PEReader(File.ReadAllBytes(assemblyPath).ToImmutableArray());
        return new DependencyCollector(pe).Collect();
    }

    /// <summary>The names of the assemblies that the assembly at <paramref name="assemblyPath"/> references.</summary>
    public static IReadOnlyList<AssemblyName> ReadAssemblyReferences(string assemblyPath)
    {
        using var pe = new PEReader(File.ReadAllBytes(assemblyPath).ToImmutableArray());
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h).GetAssemblyName()).ToList();
    }
}

/// <summary>
/// What a signature, a type token or an attribute argument names: the types of the assembly being read
/// that occur anywhere in it (generic arguments, array elements...), plus, for a plain named type, its name,
/// which attribute decoding needs (System.Type, the underlying type of an enum).
/// </summary>
internal sealed class TypeUse
{
    public static readonly TypeUse Nothing = new(ImmutableArray<TypeDefinitionHandle>.Empty);

    public TypeUse(ImmutableArray<TypeDefinitionHandle> definitions, string? fullName = null, string? assembly = null, PrimitiveTypeCode? primitive = null)
    {
        Definitions = definitions;
        FullName = fullName;
        Assembly = assembly;
        Primitive = primitive;
    }

    public ImmutableArray<TypeDefinitionHandle> Definitions { get; }

    /// <summary><c>Ns.Outer+Inner</c> for a plain named type; null for a constructed one (array, generic instantiation...).</summary>
    public string? FullName { get; }

    /// <summary>The full name of the assembly of a type from another assembly; null for the assembly being read.</summary>
    public string? Assembly { get; }

    public PrimitiveTypeCode? Primitive { get; }

    public static TypeUse Of(IEnumerable<TypeUse> parts) => new(parts.SelectMany(p => p.Definitions).ToImmutableArray());
}

/// <summary>Walks one assembly's metadata and IL; also the type provider for the signature and attribute decoders.</summary>
internal sealed class DependencyCollector : ISignatureTypeProvider<TypeUse, object?>, ICustomAttributeTypeProvider<TypeUse>
{
    /// <summary>Operand type of every IL opcode, keyed by its value (0x00-0xFF, or 0xFE00-0xFEFF for the two-byte ones).</summary>
    private static readonly FrozenDictionary<int, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .Where(code => code.OpCodeType != OpCodeType.Nternal) // prefix1..7, prefixref: reserved encodings, never in a body
        .ToFrozenDictionary(code => code.Size == 1 ? code.Value & 0xFF : unchecked((ushort)code.Value), code => code.OperandType);

    private static readonly TypeUse SystemType = new(ImmutableArray<TypeDefinitionHandle>.Empty, "System.Type");

    private readonly PEReader pe;
    private readonly MetadataReader reader;
    private readonly TypeDefinitionHandle[] outermost;
    private readonly Dictionary<string, TypeDefinitionHandle> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(TypeDefinitionHandle From, TypeDefinitionHandle To), ReferenceKinds> references = [];
    private readonly HashSet<CustomAttributeHandle> attributesRead = [];
    private readonly Dictionary<string, PrimitiveTypeCode> enumTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<TypeDefinitionHandle, TypeUse> definitions = [];
    private readonly Dictionary<TypeReferenceHandle, TypeUse> typeReferences = [];

    public DependencyCollector(PEReader pe)
    {
        this.pe = pe;
        reader = pe.GetMetadataReader();
        outermost = new TypeDefinitionHandle[reader.TypeDefinitions.Count + 1];
        foreach (var handle in reader.TypeDefinitions)
        {
            var outer = handle;
            while (reader.GetTypeDefinition(outer).GetDeclaringType() is { IsNil: false } declaring)
            {
                outer = declaring;
            }

            outermost[MetadataTokens.GetRowNumber(handle)] = outer;
            byName.Add(FullNameOf(handle), handle);
        }
    }

    public TypeDependencyGraph Collect()
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            ReadType(handle);
        }

        // Attributes are read member by member above; any left over would be a use that no type is charged with.
        var missed = reader.CustomAttributes
            .Where(h => !attributesRead.Contains(h))
            .Select(h => reader.GetCustomAttribute(h).Parent.Kind)
            .Where(kind => kind is not (HandleKind.AssemblyDefinition or HandleKind.ModuleDefinition))
            .ToList();
        if (missed.Count > 0)
        {
            throw new InvalidOperationException("Custom attributes not charged to any type, on: " + string.Join(", ", missed.Distinct()));
        }

        var types = reader.TypeDefinitions
            .ToLookup(Outer)
            .Select(family => new OuterType(
                FullNameOf(family.Key),
                reader.GetString(reader.GetTypeDefinition(family.Key).Namespace),
                DisplayNameOf(family.Key),
                IsCompilerGenerated(family.Key),
                family.Where(h => h != family.Key).Select(FullNameOf).ToImmutableArray()));
        var named = references.ToDictionary(r => (FullNameOf(r.Key.From), FullNameOf(r.Key.To)), r => r.Value);
        return new TypeDependencyGraph(types, named);
    }

    // ---- What each type definition uses ---------------------------------------------------------

    private void ReadType(TypeDefinitionHandle handle)
    {
        var source = Outer(handle);
        var type = reader.GetTypeDefinition(handle);
        ReadAttributes(source, type.GetCustomAttributes());

        if (!type.BaseType.IsNil)
        {
            Add(source, Resolve(type.BaseType), ReferenceKinds.BaseType);
        }

        foreach (var implementationHandle in type.GetInterfaceImplementations())
        {
            var implementation = reader.GetInterfaceImplementation(implementationHandle);
            Add(source, Resolve(implementation.Interface), ReferenceKinds.Interface);
            ReadAttributes(source, implementation.GetCustomAttributes());
        }

        ReadGenericParameters(source, type.GetGenericParameters());

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            Add(source, field.DecodeSignature(this, null), ReferenceKinds.Field);
            ReadAttributes(source, field.GetCustomAttributes());
        }

        foreach (var methodHandle in type.GetMethods())
        {
            ReadMethod(source, reader.GetMethodDefinition(methodHandle));
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            var signature = property.DecodeSignature(this, null);
            Add(source, signature.ReturnType, ReferenceKinds.Signature);
            Add(source, TypeUse.Of(signature.ParameterTypes), ReferenceKinds.Signature);
            ReadAttributes(source, property.GetCustomAttributes());
        }

        foreach (var eventHandle in type.GetEvents())
        {
            var @event = reader.GetEventDefinition(eventHandle);
            Add(source, Resolve(@event.Type), ReferenceKinds.Signature);
            ReadAttributes(source, @event.GetCustomAttributes());
        }

        foreach (var implementationHandle in type.GetMethodImplementations())
        {
            var implementation = reader.GetMethodImplementation(implementationHandle);
            Add(source, Resolve(implementation.MethodDeclaration), ReferenceKinds.Signature);
            ReadAttributes(source, implementation.GetCustomAttributes());
        }
    }

    private void ReadMethod(TypeDefinitionHandle source, MethodDefinition method)
    {
        var signature = method.DecodeSignature(this, null);
        Add(source, signature.ReturnType, ReferenceKinds.Signature);
        Add(source, TypeUse.Of(signature.ParameterTypes), ReferenceKinds.Signature);
        ReadAttributes(source, method.GetCustomAttributes());
        foreach (var parameter in method.GetParameters())
        {
            ReadAttributes(source, reader.GetParameter(parameter).GetCustomAttributes());
        }

        ReadGenericParameters(source, method.GetGenericParameters());

        if (method.RelativeVirtualAddress != 0)
        {
            ReadBody(source, pe.GetMethodBody(method.RelativeVirtualAddress));
        }
    }

    private void ReadGenericParameters(TypeDefinitionHandle source, GenericParameterHandleCollection parameters)
    {
        foreach (var parameterHandle in parameters)
        {
            var parameter = reader.GetGenericParameter(parameterHandle);
            ReadAttributes(source, parameter.GetCustomAttributes());
            foreach (var constraintHandle in parameter.GetConstraints())
            {
                var constraint = reader.GetGenericParameterConstraint(constraintHandle);
                Add(source, Resolve(constraint.Type), ReferenceKinds.GenericConstraint);
                ReadAttributes(source, constraint.GetCustomAttributes());
            }
        }
    }

    private void ReadAttributes(TypeDefinitionHandle source, CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            attributesRead.Add(handle);
            var attribute = reader.GetCustomAttribute(handle);
            Add(source, Resolve(attribute.Constructor), ReferenceKinds.Attribute);
            var value = attribute.DecodeValue(this);
            foreach (var argument in value.FixedArguments)
            {
                ReadArgument(source, argument.Type, argument.Value);
            }

            foreach (var argument in value.NamedArguments)
            {
                ReadArgument(source, argument.Type, argument.Value);
            }
        }
    }

    private void ReadArgument(TypeDefinitionHandle source, TypeUse type, object? value)
    {
        Add(source, type, ReferenceKinds.Attribute);
        switch (value)
        {
            case TypeUse named: // typeof(...)
                Add(source, named, ReferenceKinds.Attribute);
                break;
            case ImmutableArray<CustomAttributeTypedArgument<TypeUse>> elements:
                foreach (var element in elements)
                {
                    ReadArgument(source, element.Type, element.Value);
                }

                break;
        }
    }

    private void ReadBody(TypeDefinitionHandle source, MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null);
            Add(source, TypeUse.Of(locals), ReferenceKinds.MethodBody);
        }

        foreach (var region in body.ExceptionRegions)
        {
            if (!region.CatchType.IsNil)
            {
                Add(source, Resolve(region.CatchType), ReferenceKinds.MethodBody);
            }
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            int code = il.ReadByte();
            if (code == 0xFE)
            {
                code = 0xFE00 | il.ReadByte();
            }

            if (!Operands.TryGetValue(code, out var operand))
            {
                throw new InvalidDataException($"Unknown IL opcode 0x{code:X2} at IL_{offset:x4}.");
            }

            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                    Add(source, Resolve(MetadataTokens.EntityHandle(il.ReadInt32())), ReferenceKinds.MethodBody);
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += checked(4 * targets);
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                default:
                    throw new InvalidDataException($"Opcode 0x{code:X2} at IL_{offset:x4} has an operand of unknown size ({operand}).");
            }
        }
    }

    /// <summary>The types of this assembly that a type, member or signature token names.</summary>
    private TypeUse Resolve(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return Single((TypeDefinitionHandle)handle);
            case HandleKind.TypeReference:
                return GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0);
            case HandleKind.TypeSpecification:
                return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
            case HandleKind.MethodDefinition:
                return Single(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
            case HandleKind.FieldDefinition:
                return Single(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                var parent = member.Parent.Kind == HandleKind.ModuleReference ? TypeUse.Nothing : Resolve(member.Parent);
                if (member.GetKind() == MemberReferenceKind.Field)
                {
                    return TypeUse.Of([parent, member.DecodeFieldSignature(this, null)]);
                }

                var method = member.DecodeMethodSignature(this, null);
                return TypeUse.Of(method.ParameterTypes.Prepend(method.ReturnType).Prepend(parent));
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return TypeUse.Of(specification.DecodeSignature(this, null).Prepend(Resolve(specification.Method)));
            case HandleKind.StandaloneSignature: // calli
                var callSite = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(this, null);
                return TypeUse.Of(callSite.ParameterTypes.Prepend(callSite.ReturnType));
            default:
                throw new InvalidDataException($"Unexpected {handle.Kind} token 0x{MetadataTokens.GetToken(handle):X8}.");
        }
    }

    private void Add(TypeDefinitionHandle source, TypeUse use, ReferenceKinds kind)
    {
        foreach (var definition in use.Definitions)
        {
            var target = Outer(definition);
            if (target != source)
            {
                references[(source, target)] = references.GetValueOrDefault((source, target)) | kind;
            }
        }
    }

    // ---- Names ------------------------------------------------------------------------------------

    private TypeDefinitionHandle Outer(TypeDefinitionHandle handle) => outermost[MetadataTokens.GetRowNumber(handle)];

    private static TypeUse Single(TypeDefinitionHandle handle) => new([handle]);

    private string FullNameOf(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } declaring)
        {
            return FullNameOf(declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private string DisplayNameOf(TypeDefinitionHandle handle)
    {
        var name = FullNameOf(handle);
        var tick = name.LastIndexOf('`');
        var parameters = reader.GetTypeDefinition(handle).GetGenericParameters();
        return tick < 0 || parameters.Count == 0
            ? name
            : name[..tick] + "<" + string.Join(", ", parameters.Select(p => reader.GetString(reader.GetGenericParameter(p).Name))) + ">";
    }

    private bool IsCompilerGenerated(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        return reader.GetString(type.Name).StartsWith('<')
            || type.GetCustomAttributes().Select(AttributeTypeName).Any(name =>
                name is "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or "Microsoft.CodeAnalysis.EmbeddedAttribute");
    }

    private string AttributeTypeName(CustomAttributeHandle handle)
    {
        var constructor = reader.GetCustomAttribute(handle).Constructor;
        var type = constructor.Kind == HandleKind.MethodDefinition
            ? (EntityHandle)reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()
            : reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        return type.Kind switch
        {
            HandleKind.TypeDefinition => FullNameOf((TypeDefinitionHandle)type),
            HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)type, 0).FullName ?? string.Empty,
            _ => string.Empty,
        };
    }

    // ---- ISignatureTypeProvider / ICustomAttributeTypeProvider -------------------------------------

    public TypeUse GetPrimitiveType(PrimitiveTypeCode typeCode) => new(ImmutableArray<TypeDefinitionHandle>.Empty, primitive: typeCode);

    public TypeUse GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        if (!definitions.TryGetValue(handle, out var use))
        {
            use = new TypeUse([handle], FullNameOf(handle));
            definitions.Add(handle, use);
        }

        return use;
    }

    public TypeUse GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        if (!typeReferences.TryGetValue(handle, out var use))
        {
            use = FromReference(handle);
            typeReferences.Add(handle, use);
        }

        return use;
    }

    private TypeUse FromReference(TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        if (scope.Kind == HandleKind.TypeReference)
        {
            var outer = GetTypeFromReference(reader, (TypeReferenceHandle)scope, 0);
            return Named(outer.FullName + "+" + name, outer.Assembly);
        }

        var ns = reader.GetString(reference.Namespace);
        var fullName = ns.Length == 0 ? name : ns + "." + name;
        return scope.Kind switch
        {
            HandleKind.AssemblyReference => Named(fullName, reader.GetAssemblyReference((AssemblyReferenceHandle)scope).GetAssemblyName().FullName),
            HandleKind.ModuleDefinition => Named(fullName, assembly: null),
            _ => new TypeUse(ImmutableArray<TypeDefinitionHandle>.Empty, fullName, "(module or exported type)"),
        };
    }

    public TypeUse GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public TypeUse GetSZArrayType(TypeUse elementType) => TypeUse.Of([elementType]);

    public TypeUse GetArrayType(TypeUse elementType, ArrayShape shape) => TypeUse.Of([elementType]);

    public TypeUse GetByReferenceType(TypeUse elementType) => TypeUse.Of([elementType]);

    public TypeUse GetPointerType(TypeUse elementType) => TypeUse.Of([elementType]);

    public TypeUse GetPinnedType(TypeUse elementType) => TypeUse.Of([elementType]);

    public TypeUse GetModifiedType(TypeUse modifier, TypeUse unmodifiedType, bool isRequired) => TypeUse.Of([modifier, unmodifiedType]);

    public TypeUse GetGenericInstantiation(TypeUse genericType, ImmutableArray<TypeUse> typeArguments) =>
        TypeUse.Of(typeArguments.Prepend(genericType));

    public TypeUse GetFunctionPointerType(MethodSignature<TypeUse> signature) =>
        TypeUse.Of(signature.ParameterTypes.Prepend(signature.ReturnType));

    public TypeUse GetGenericMethodParameter(object? genericContext, int index) => TypeUse.Nothing;

    public TypeUse GetGenericTypeParameter(object? genericContext, int index) => TypeUse.Nothing;

    public TypeUse GetSystemType() => SystemType;

    public bool IsSystemType(TypeUse type) => type.FullName == SystemType.FullName && type.Definitions.IsEmpty;

    /// <summary>A type named in an attribute blob: <c>Ns.Outer+Inner, Assembly, Version=...</c>, possibly generic or an array.</summary>
    public TypeUse GetTypeFromSerializedName(string name)
    {
        if (name is null)
        {
            return TypeUse.Nothing; // typeof argument left null
        }

        return FromTypeName(TypeName.Parse(name));

        TypeUse FromTypeName(TypeName typeName)
        {
            if (typeName.IsArray || typeName.IsPointer || typeName.IsByRef)
            {
                return TypeUse.Of([FromTypeName(typeName.GetElementType())]);
            }

            if (typeName.IsConstructedGenericType)
            {
                return TypeUse.Of(typeName.GetGenericArguments().Select(FromTypeName).Prepend(FromTypeName(typeName.GetGenericTypeDefinition())));
            }

            var assembly = typeName.AssemblyName;
            var local = assembly is null || assembly.Name == reader.GetString(reader.GetAssemblyDefinition().Name);
            return local && byName.TryGetValue(typeName.FullName, out var definition)
                ? new TypeUse([definition], typeName.FullName)
                : new TypeUse(ImmutableArray<TypeDefinitionHandle>.Empty, typeName.FullName, assembly?.FullName);
        }
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(TypeUse type)
    {
        if (type is { Definitions: [var definition], FullName: not null })
        {
            var value = reader.GetTypeDefinition(definition).GetFields()
                .Select(reader.GetFieldDefinition)
                .First(f => (f.Attributes & FieldAttributes.Static) == 0);
            return value.DecodeSignature(this, null).Primitive
                ?? throw new InvalidDataException($"The enum {type.FullName} has no primitive underlying type.");
        }

        // An enum of another assembly: the test process has the framework loaded, so ask reflection.
        var qualified = type.Assembly is null ? type.FullName! : type.FullName + ", " + type.Assembly;
        if (!enumTypes.TryGetValue(qualified, out var code))
        {
            code = UnderlyingCode(qualified);
            enumTypes.Add(qualified, code);
        }

        return code;
    }

    private static PrimitiveTypeCode UnderlyingCode(string qualified)
    {
        var underlying = Enum.GetUnderlyingType(Type.GetType(qualified, throwOnError: true)!);
        return Type.GetTypeCode(underlying) switch
        {
            TypeCode.SByte => PrimitiveTypeCode.SByte,
            TypeCode.Byte => PrimitiveTypeCode.Byte,
            TypeCode.Int16 => PrimitiveTypeCode.Int16,
            TypeCode.UInt16 => PrimitiveTypeCode.UInt16,
            TypeCode.Int32 => PrimitiveTypeCode.Int32,
            TypeCode.UInt32 => PrimitiveTypeCode.UInt32,
            TypeCode.Int64 => PrimitiveTypeCode.Int64,
            TypeCode.UInt64 => PrimitiveTypeCode.UInt64,
            TypeCode.Char => PrimitiveTypeCode.Char,
            TypeCode.Boolean => PrimitiveTypeCode.Boolean,
            _ => throw new InvalidDataException($"The enum {qualified} has the underlying type {underlying}."),
        };
    }

    private TypeUse Named(string fullName, string? assembly) =>
        assembly is null && byName.TryGetValue(fullName, out var definition)
            ? new TypeUse([definition], fullName)
            : new TypeUse(ImmutableArray<TypeDefinitionHandle>.Empty, fullName, assembly);
}
