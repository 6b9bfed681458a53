using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Auth.Register;

public sealed class RegisterHandler(
    DatabaseSession session, Database database,
    Passwords passwords,
    TokenIssuer tokens,
    Clock clock,
    IOptions<DataPlatformOptions> options,
    ILogger<RegisterHandler> logger) : ICommandHandler<RegisterRequest, RegisterResponse>
{
    public async ValueTask<RegisterResponse> Handle(RegisterRequest request, CancellationToken cancellationToken)
    {
        var email = Emails.Normalize(request.Email!);
        var name = Names.Normalize(request.Name!);
        // Hashing is deliberately slow: do it before taking the write lock.
        var passwordHash = passwords.Hash(request.Password!);

        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        // One registration at a time: the email and namespace checks below stay true until commit.
        await database.LockAsync(connection, transaction, "users", cancellationToken);
        if (!options.Value.Auth.AllowRegistration
            && await connection.ExecuteScalarAsync<long>(new CommandDefinition(RegisterSql.CountUsers, transaction: transaction, cancellationToken: cancellationToken)) > 0)
        {
            throw new ForbiddenException("Registration is disabled on this server; ask an administrator for an account.");
        }

        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(RegisterSql.EmailTaken, new { Email = email }, transaction, cancellationToken: cancellationToken)) > 0)
        {
            throw new ConflictException("A user with this email is already registered.");
        }

        var slug = Slugs.FromText(email[..email.IndexOf('@', StringComparison.Ordinal)], "user");
        var taken = await connection.QueryAsync<string>(new CommandDefinition(
            RegisterSql.NamespacesLike, new { Slug = slug, Pattern = slug + "-%" }, transaction, cancellationToken: cancellationToken));
        var user = new AuthUser(Guid.CreateVersion7(), email, name, Slugs.FirstFree(slug, taken.ToHashSet(StringComparer.Ordinal)), clock.UtcNow());
        await connection.ExecuteAsync(new CommandDefinition(
            RegisterSql.Insert,
            new { user.Id, user.Email, user.Name, user.Namespace, PasswordHash = passwordHash, user.CreatedAt },
            transaction,
            cancellationToken: cancellationToken));
        logger.LogInformation("Registered user {UserId} with namespace {Namespace}", user.Id, user.Namespace);
        var token = tokens.Issue(user.Id, user.Email);
        return new RegisterResponse(user, token.Token, token.ExpiresAt);
    }
}
