using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Auth.CreateApiKey;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyValidator(TimeProvider time)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.ExpiresAt)
            .Must(expiresAt => expiresAt is null || expiresAt > time.GetUtcNow()).WithMessage("'{PropertyName}' must be in the future.");
    }
}
