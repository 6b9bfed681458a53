using Microsoft.IdentityModel.JsonWebTokens;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>The authenticated caller of the current request.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public Guid Id =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id)
            ? id
            : throw new UnauthorizedException("Authentication required.");
}
