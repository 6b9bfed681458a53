using DataPlatform.Features.Auth.CreateApiKey;
using DataPlatform.Features.Auth.GetMe;
using DataPlatform.Features.Auth.ListApiKeys;
using DataPlatform.Features.Auth.Login;
using DataPlatform.Features.Auth.Register;
using DataPlatform.Features.Auth.RevokeApiKey;
using DataPlatform.Infrastructure.Http;

namespace DataPlatform.Features.Auth;

public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth").WithGroupName(OpenApiSetup.Platform);
        group.MapRegister();
        group.MapLogin();
        group.MapGetMe();
        group.MapCreateApiKey();
        group.MapListApiKeys();
        group.MapRevokeApiKey();
    }
}
