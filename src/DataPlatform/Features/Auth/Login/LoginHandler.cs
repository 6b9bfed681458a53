using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Auth.Login;

public sealed class LoginHandler(
    DatabaseSession session, Passwords passwords, TokenIssuer tokens, LoginThrottle throttle, IHttpContextAccessor http, ILogger<LoginHandler> logger)
    : ICommandHandler<LoginRequest, LoginResponse>
{
    public async ValueTask<LoginResponse> Handle(LoginRequest request, CancellationToken cancellationToken)
    {
        var email = Emails.Normalize(request.Email!);
        var client = AuthSetup.ClientKey(http.HttpContext?.Connection.RemoteIpAddress);
        using var attempt = throttle.BeginAttempt(client, email);
        var connection = await session.ConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserWithHash>(new CommandDefinition(
            LoginSql.FindByEmail, new { Email = email }, cancellationToken: cancellationToken));
        var check = passwords.Verify(row?.PasswordHash, request.Password!);
        if (row is null || check == PasswordCheck.Failed)
        {
            throttle.RecordFailure(client, email);
            logger.LogInformation("Failed login");
            throw new UnauthorizedException("Invalid email or password.");
        }

        if (check == PasswordCheck.ValidButRehash)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                LoginSql.UpdateHash, new { PasswordHash = passwords.Hash(request.Password!), row.Id }, await session.TransactionAsync(cancellationToken), cancellationToken: cancellationToken));
        }

        var user = new AuthUser(row.Id, row.Email, row.Name, row.Namespace, row.CreatedAt);
        var token = tokens.Issue(user.Id, user.Email);
        return new LoginResponse(token.Token, token.ExpiresAt, user);
    }

    private sealed record UserWithHash(Guid Id, string Email, string Name, string Namespace, DateTime CreatedAt, string PasswordHash);
}
