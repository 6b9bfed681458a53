using System.ComponentModel.DataAnnotations;
using Mediator;

namespace DataPlatform.Features.Auth.Login;

public sealed record LoginRequest([property: Required] string? Email, [property: Required] string? Password) : ICommand<LoginResponse>;
