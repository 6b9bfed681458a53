using System.Text.Json.Serialization;

namespace DataPlatform.Infrastructure.Errors;

[JsonSerializable(typeof(ErrorResponse))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext;
