using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Auth.ListApiKeys;

public sealed class ListApiKeysValidator : AbstractValidator<ListApiKeysRequest>
{
    public const int MaxLimit = 100;

    public ListApiKeysValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
