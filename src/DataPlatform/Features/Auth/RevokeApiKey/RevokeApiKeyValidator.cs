using FluentValidation;

namespace DataPlatform.Features.Auth.RevokeApiKey;

public sealed class RevokeApiKeyValidator : AbstractValidator<RevokeApiKeyRequest>
{
    public RevokeApiKeyValidator() => RuleFor(r => r.Id).NotEmpty();
}
