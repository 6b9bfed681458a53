using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Members.AddMember;

public sealed class AddMemberValidator : AbstractValidator<AddMemberRequest>
{
    public AddMemberValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(Emails.MaxLength);
        RuleFor(r => r.Role).OneOf(ProjectRoles.WireNames);
    }
}
