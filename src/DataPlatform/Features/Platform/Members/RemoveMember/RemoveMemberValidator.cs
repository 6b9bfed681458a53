using FluentValidation;

namespace DataPlatform.Features.Platform.Members.RemoveMember;

public sealed class RemoveMemberValidator : AbstractValidator<RemoveMemberRequest>
{
    public RemoveMemberValidator()
    {
        RuleFor(r => r.ProjectId).NotEmpty();
        RuleFor(r => r.UserId).NotEmpty();
    }
}
