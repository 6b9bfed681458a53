using System.ComponentModel.DataAnnotations;
using Mediator;

namespace DataPlatform.Features.Auth.Register;

public sealed record RegisterRequest(
    [property: Required] string? Email,
    [property: Required] string? Name,
    [property: Required] string? Password) : ICommand<RegisterResponse>;
