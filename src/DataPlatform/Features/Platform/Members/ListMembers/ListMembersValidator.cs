using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Members.ListMembers;

public sealed class ListMembersValidator : AbstractValidator<ListMembersRequest>
{
    public const int MaxLimit = 100;

    public ListMembersValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
