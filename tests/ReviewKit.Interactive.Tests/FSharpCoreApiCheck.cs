using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ReviewKit.Interactive.Tests;

/// <summary>
/// Lists the FSharp.Core types and members an assembly uses and checks each against another FSharp.Core: read from
/// metadata, nothing is loaded or run. Members are matched by declaring type, name and signature, as the runtime
/// binds them; a member declared on a base type within FSharp.Core is found there.
/// </summary>
internal sealed class FSharpCoreApiCheck
{
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _membersByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _baseTypeByType = new(StringComparer.Ordinal);

    private FSharpCoreApiCheck()
    {
    }

    /// <summary>Reads the types and members that an FSharp.Core assembly defines.</summary>
    public static FSharpCoreApiCheck Of(string fsharpCorePath)
    {
        var check = new FSharpCoreApiCheck();
        using var file = new PEReader(File.OpenRead(fsharpCorePath));
        var reader = file.GetMetadataReader();
        var names = new SignatureNames(reader);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var typeName = names.Of(handle);
            check._types.Add(typeName);
            check._baseTypeByType[typeName] = type.BaseType.IsNil ? null : names.GenericDefinitionOf(type.BaseType);
            var members = check._membersByType[typeName] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in type.GetMethods().Select(reader.GetMethodDefinition))
            {
                members.Add(Describe(reader.GetString(method.Name), method.DecodeSignature(names, null)));
            }

            foreach (var field in type.GetFields().Select(reader.GetFieldDefinition))
            {
                members.Add($"{reader.GetString(field.Name)}: {field.DecodeSignature(names, null)}");
            }
        }

        return check;
    }

    /// <summary>The FSharp.Core types and members <paramref name="assemblyPath"/> uses that this FSharp.Core lacks.</summary>
    public IReadOnlyList<string> Missing(string assemblyPath)
    {
        using var file = new PEReader(File.OpenRead(assemblyPath));
        var reader = file.GetMetadataReader();
        var names = new SignatureNames(reader);
        var missing = new List<string>();

        foreach (var handle in reader.TypeReferences.Where(handle => names.IsFromFSharpCore(handle)))
        {
            var typeName = names.Of(handle);
            if (!_types.Contains(typeName))
            {
                missing.Add($"type {typeName}");
            }
        }

        foreach (var member in reader.MemberReferences.Select(reader.GetMemberReference))
        {
            var declaringType = member.Parent.Kind switch
            {
                HandleKind.TypeReference when names.IsFromFSharpCore((TypeReferenceHandle)member.Parent) => names.Of((TypeReferenceHandle)member.Parent),
                HandleKind.TypeSpecification when names.FSharpCoreGenericDefinition((TypeSpecificationHandle)member.Parent) is { } definition => definition,
                _ => null,
            };
            if (declaringType is null)
            {
                continue;
            }

            var name = reader.GetString(member.Name);
            var description = member.GetKind() == MemberReferenceKind.Method
                ? Describe(name, member.DecodeMethodSignature(names, null))
                : $"{name}: {member.DecodeFieldSignature(names, null)}";
            if (!Declares(declaringType, description))
            {
                missing.Add($"{declaringType}::{description}");
            }
        }

        return missing.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private bool Declares(string? typeName, string member)
    {
        for (; typeName is not null && _membersByType.TryGetValue(typeName, out var members); typeName = _baseTypeByType[typeName])
        {
            if (members.Contains(member))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(string name, MethodSignature<string> signature) =>
        $"{name}`{signature.GenericParameterCount}({string.Join(", ", signature.ParameterTypes)}): {signature.ReturnType}";

    /// <summary>Writes the types of signatures as text, the same way for a definition and for a reference.</summary>
    private sealed class SignatureNames(MetadataReader reader) : ISignatureTypeProvider<string, object?>
    {
        public bool IsFromFSharpCore(TypeReferenceHandle handle)
        {
            var scope = reader.GetTypeReference(handle).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            return scope.Kind == HandleKind.AssemblyReference
                && reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == "FSharp.Core";
        }

        public string? FSharpCoreGenericDefinition(TypeSpecificationHandle handle)
        {
            var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return null;
            }

            blob.ReadSignatureTypeCode(); // class or value type
            var definition = blob.ReadTypeHandle();
            return definition.Kind == HandleKind.TypeReference && IsFromFSharpCore((TypeReferenceHandle)definition)
                ? Of((TypeReferenceHandle)definition)
                : null;
        }

        public string GenericDefinitionOf(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => Of((TypeDefinitionHandle)handle),
            HandleKind.TypeReference => Of((TypeReferenceHandle)handle),
            _ => SpecificationDefinition((TypeSpecificationHandle)handle),
        };

        public string Of(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil ? Qualified(reader.GetString(type.Namespace), name) : $"{Of(declaring)}+{name}";
        }

        public string Of(TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{Of((TypeReferenceHandle)type.ResolutionScope)}+{name}"
                : Qualified(reader.GetString(type.Namespace), name);
        }

        public string GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => Of(handle);

        public string GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => Of(handle);

        public string GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(", ", typeArguments)}>";

        public string GetGenericMethodParameter(object? genericContext, int index) => $"!!{index}";

        public string GetGenericTypeParameter(object? genericContext, int index) => $"!{index}";

        public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => $"method {signature.ReturnType}({string.Join(", ", signature.ParameterTypes)})";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";

        private string SpecificationDefinition(TypeSpecificationHandle handle)
        {
            var blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
            blob.ReadSignatureTypeCode();
            blob.ReadSignatureTypeCode();
            return GenericDefinitionOf(blob.ReadTypeHandle());
        }

        private static string Qualified(string @namespace, string name) => @namespace.Length == 0 ? name : $"{@namespace}.{name}";
    }
}
