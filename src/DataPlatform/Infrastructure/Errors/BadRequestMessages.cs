using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataPlatform.Infrastructure.Errors;

/// <summary>
/// Turns the framework's binding and JSON errors into messages that name the field as the client
/// sent it and the kind of value expected, without .NET type names.
/// </summary>
public static partial class BadRequestMessages
{
    /// <summary>For "Failed to bind parameter "int? Limit" from "ten"." (query string and route values).</summary>
    public static string? DescribeBindingFailure(string frameworkMessage, HttpRequest request)
    {
        var match = BindingFailure().Match(frameworkMessage);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value;
        var name = request.Query.FirstOrDefault(q => q.Value.Contains(value)).Key
            ?? request.RouteValues.FirstOrDefault(r => string.Equals(r.Value?.ToString(), value, StringComparison.Ordinal)).Key
            ?? match.Groups["name"].Value;
        return $"'{name}' must be {Expected(match.Groups["type"].Value) ?? "a value of the documented type"}; got '{value}'.";
    }

    public static string DescribeJson(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        const string conversion = "The JSON value could not be converted to ";
        if (message.StartsWith(conversion, StringComparison.Ordinal))
        {
            if (exception.Path is null or "$")
            {
                return "The JSON body must be an object.";
            }

            // For records the framework names the record, not the field's type.
            var field = exception.Path.TrimStart('$').TrimStart('.');
            return Expected(message[conversion.Length..].TrimEnd('.')) is { } expected
                ? $"'{field}' must be {expected}."
                : $"'{field}' has a value of the wrong type; the schemas at /docs say what it takes.";
        }

        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            return $"Duplicate property '{duplicate.Groups["name"].Value}' in the JSON body.";
        }

        var where = exception.LineNumber is { } line ? $" (line {line + 1}, column {exception.BytePositionInLine + 1})" : "";
        return $"Malformed JSON body: {Plain(TypeName().Replace(message, ""))}{where}.";
    }

    /// <summary>The JSON reader's message in a client's terms: what is wrong, without advice about .NET reader options.</summary>
    private static string Plain(string message) => message switch
    {
        _ when message.Contains("trailing comma", StringComparison.Ordinal) => "a comma before the end of an object or array, with nothing after it",
        _ when message.StartsWith("Expected depth to be zero", StringComparison.Ordinal) => "the body ends before every object and array in it is closed",
        _ when message.Contains("is invalid after a single JSON value", StringComparison.Ordinal) => "there is more after the JSON value: send one object",
        _ when message.StartsWith("'/' is an invalid start", StringComparison.Ordinal) => "comments are not JSON",
        _ when message.Contains("is an invalid start of a property name", StringComparison.Ordinal) => "property names must be strings in double quotes",
        _ when message.Contains("is an invalid start of a value", StringComparison.Ordinal) => $"{message[..message.IndexOf(" is ", StringComparison.Ordinal)]} cannot start a value (strings need double quotes)",
        _ => ReaderAdvice().Replace(message, "").TrimEnd('.', ' '),
    };

    /// <summary>What a .NET type name in a framework message means to a client, or null for types that are not plain values.</summary>
    private static string? Expected(string dotnetType) => NullableWrapper().Replace(dotnetType, "$1").TrimEnd('?').Replace("System.", "", StringComparison.Ordinal) switch
    {
        "Int16" or "Int32" or "Int64" or "short" or "int" or "long" => "an integer",
        "Single" or "Double" or "Decimal" or "float" or "double" or "decimal" => "a number",
        "Boolean" or "bool" => "true or false",
        "Guid" => "a UUID",
        "DateTime" or "DateTimeOffset" => "an ISO 8601 date-time",
        "String" or "string" => "a string",
        var other when other.StartsWith("Collections.Generic.", StringComparison.Ordinal) || other.EndsWith("[]", StringComparison.Ordinal) => "an array",
        _ => null,
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"^(?:System\.)?Nullable(?:<|`1\[)(.+?)(?:>|\])$")]
    private static partial Regex NullableWrapper();

    [GeneratedRegex("""Duplicate property '(?<name>[^']*)'""")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(""" (?:during deserialization )?of type '[^']*'""")]
    private static partial Regex TypeName();

    /// <summary>Sentences that speak to a .NET developer (reader options, modes, the reader's own position).</summary>
    [GeneratedRegex(@"\s*(Change the reader options\.|which is not supported in this mode|LineNumber: \d+ \| BytePositionInLine: \d+\.?)")]
    private static partial Regex ReaderAdvice();
}
