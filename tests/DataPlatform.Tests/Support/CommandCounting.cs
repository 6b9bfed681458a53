using System.Data.Common;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace DataPlatform.Tests.Support;

/// <summary>
/// The service on SQLite with every SQL statement it runs counted (SQLite's statement trace on each
/// connection it opens), except connection settings (<c>PRAGMA</c>) and transaction control (<c>BEGIN</c>,
/// <c>COMMIT</c>, <c>ROLLBACK</c>): the commands a request's work costs.
/// </summary>
public sealed class CommandCountingApp : TestApp
{
    private long _commands;

    /// <summary>Statements run so far; read it before and after one request (nothing else runs meanwhile).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    public override TestApp SecondInstance() => throw new NotSupportedException("A command-counting app runs alone.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(Database));
            services.Remove(original);
            services.AddSingleton<Database>(provider => new Counting((Database)original.ImplementationFactory!(provider), this));
        });
    }

    private static readonly string[] NotCounted = ["PRAGMA", "BEGIN", "COMMIT", "ROLLBACK"];

    private void Count(object userData, string sql)
    {
        var text = sql.TrimStart();
        if (!NotCounted.Any(keyword => text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref _commands);
        }
    }

    /// <summary>The app's database, with the statement trace set on every connection it opens.</summary>
    private sealed class Counting(Database inner, CommandCountingApp app) : Database
    {
        public override string Provider => inner.Provider;

        public override string Location => inner.Location;

        public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = await inner.OpenAsync(cancellationToken);
            raw.sqlite3_trace(((SqliteConnection)connection).Handle, new strdelegate_trace(app.Count), null);
            return connection;
        }

        public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
            inner.LockAsync(connection, transaction, resource, cancellationToken);

        public override bool IsForeignKeyViolation(Exception exception) => inner.IsForeignKeyViolation(exception);

        public override bool IsStorageFull(Exception exception) => inner.IsStorageFull(exception);

        public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => inner.PrepareAsync(connection, cancellationToken);
    }
}
