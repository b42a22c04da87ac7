using System.Reflection;

namespace ReviewKit.Tests.Shared;

/// <summary>
/// Describes an assembly's public surface as text, one type a line and its members indented, so that a test can
/// compare it with an approved snapshot and a change to the API is always deliberate.
/// </summary>
internal static class PublicApi
{
    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {type.FullName}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(member => member is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(member))
                .Select(DescribeMember)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members.Select(member => "  " + member));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ when type.GetMethod("<Clone>$") is not null => "record",
        _ => "class",
    };

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name is "<Clone>$" or "EqualityContract" or "Equals" or "GetHashCode" or "op_Equality" or "op_Inequality" or "Deconstruct" or "value__"
        || (member is MethodInfo { Name: "ToString" } method && method.DeclaringType?.GetMethod("<Clone>$") is not null && method.GetCustomAttributes().Any(attribute => attribute.GetType().Name == "CompilerGeneratedAttribute"));

    private static string DescribeMember(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => $"ctor({Parameters(constructor)})",
        MethodInfo method => $"{(method.IsStatic ? "static " : "")}{TypeName(method.ReturnType)} {method.Name}({Parameters(method)})",
        PropertyInfo property => $"{(property.GetMethod?.IsStatic == true ? "static " : "")}{TypeName(property.PropertyType)} {property.Name} {{ {(property.CanRead ? "get; " : "")}{Setter(property)}}}",
        FieldInfo field => $"{field.Name}",
        _ => member.Name,
    };

    private static string Setter(PropertyInfo property) => property.SetMethod switch
    {
        { IsPublic: true } setter when setter.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.Name == "IsExternalInit") => "init; ",
        { IsPublic: true } => "set; ",
        _ => "",
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(parameter => $"{TypeName(parameter.ParameterType)} {parameter.Name}"));

    private static string TypeName(Type type) => type switch
    {
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>",
        _ => type.Name,
    };

    /// <summary>The approved snapshot next to a test project, with LF line ends; empty when there is none yet.</summary>
    public static string Approved(string path) => File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
}
