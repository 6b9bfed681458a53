using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// Makes validation messages name fields as the client sent them: the JSON or query name
/// (<c>sort_field</c>, <c>projectName</c>), never the C# property name.
/// </summary>
public static class WireNames
{
    public static void UseInValidationMessages() =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Of(member);

    public static string Of(MemberInfo member) =>
        member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? member.GetCustomAttribute<FromQueryAttribute>()?.Name
        ?? member.GetCustomAttribute<FromRouteAttribute>()?.Name
        ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
}
