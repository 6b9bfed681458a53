using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Auth.Login;

public sealed class LoginValidator : AbstractValidator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(Emails.MaxLength);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(Passwords.MaxLength);
    }
}
