using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Team.AddTeamMember;

public sealed class AddTeamMemberValidator : AbstractValidator<AddTeamMemberRequest>
{
    public AddTeamMemberValidator()
    {
        RuleFor(r => r).Must(r => (r.UserId is null) != (r.Email is null)).WithName("body").WithMessage("Send either 'userId' or 'email'.");
        When(r => r.Email is not null, () => RuleFor(r => r.Email).NotEmpty().MaximumLength(Emails.MaxLength));
    }
}
