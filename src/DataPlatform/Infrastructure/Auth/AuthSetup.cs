using System.Threading.RateLimiting;
using DataPlatform.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>
/// Bearer authentication for JWTs and API keys, and the rate limit on register and login.
/// </summary>
public static class AuthSetup
{
    /// <summary>The scheme every endpoint authenticates with; it forwards to the JWT or the API key handler.</summary>
    public const string BearerScheme = "Bearer";
    public const string JwtScheme = "Jwt";
    public const string CredentialsRateLimitPolicy = "credentials";

    public static IServiceCollection AddPlatformAuth(this IServiceCollection services)
    {
        services.AddSingleton<JwtSigningKey>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<ValidatedTokens>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();

        services
            .AddAuthentication(BearerScheme)
            .AddPolicyScheme(BearerScheme, BearerScheme, policy => policy.ForwardDefaultSelector = context =>
                BearerToken.From(context.Request) is { } token && ApiKeys.LooksLikeApiKey(token)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(JwtScheme, _ => { });

        services.AddOptions<JwtBearerOptions>(JwtScheme)
            .Configure<JwtSigningKey, IOptions<DataPlatformOptions>, ValidatedTokens>((jwt, key, options, validated) =>
            {
                var auth = options.Value.Auth;
                jwt.MapInboundClaims = false;
                jwt.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        if (BearerToken.From(context.Request) is { } token && validated.Find(token) is { } principal)
                        {
                            context.Principal = principal;
                            context.Success();
                        }

                        return Task.CompletedTask;
                    },
                    OnTokenValidated = context =>
                    {
                        if (context.SecurityToken is JsonWebToken token)
                        {
                            validated.Add(token.EncodedToken, context.Principal!, token.ValidTo);
                        }

                        return Task.CompletedTask;
                    },
                };
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer,
                    ValidAudience = auth.Audience,
                    IssuerSigningKey = key.Key,
                    ValidAlgorithms = [TokenIssuer.Algorithm],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = JwtRegisteredClaimNames.Email,
                };
            });

        services.AddAuthorization();
        services.AddRateLimiter(ConfigureRateLimiter);
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DataPlatformOptions>>((limiter, options) =>
        {
            var auth = options.Value.Auth;
            limiter.AddPolicy(CredentialsRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = auth.RateLimitPermits,
                    Window = TimeSpan.FromSeconds(auth.RateLimitWindowSeconds),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>
    /// The client a request counts against: its IPv4 address, or its IPv6 /64 network, since one
    /// IPv6 host is usually given a whole /64 and could otherwise rotate addresses.
    /// </summary>
    public static string ClientKey(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    private static void ConfigureRateLimiter(RateLimiterOptions limiter)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new ValueTask(ErrorWriter.WriteAsync(
                context.HttpContext,
                StatusCodes.Status429TooManyRequests,
                $"Too many attempts from this client; retry in {seconds} seconds.",
                cancellationToken));
        };
    }
}
