using System.ComponentModel.DataAnnotations;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Auth.CreateApiKey;

/// <param name="Name">What the key is for, e.g. "CI pipeline".</param>
/// <param name="ExpiresAt">Optional expiry in the future; without it the key works until revoked.</param>
public sealed record CreateApiKeyRequest([property: Required] string? Name, DateTimeOffset? ExpiresAt = null) : ICommand<CreateApiKeyResponse>, IPasswordSessionOnly;
