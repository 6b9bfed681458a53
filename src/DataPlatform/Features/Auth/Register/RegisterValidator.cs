using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Auth.Register;

public sealed class RegisterValidator : AbstractValidator<RegisterRequest>
{
    public RegisterValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(Emails.MaxLength)
            .Must(email => email is null || Emails.IsValid(Emails.Normalize(email))).WithMessage("'{PropertyName}' is not a valid email address.")
            .Must(email => email is null || !Names.HasControlCharacters(email)).WithMessage("'{PropertyName}' must not contain control characters.");
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Password).NotEmpty().Length(Passwords.MinLength, Passwords.MaxLength);
    }
}
