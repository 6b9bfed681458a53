using System.Data.Common;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace DataPlatform.Tests.Support;

/// <summary>
/// The service on SQLite with every SQL statement it runs counted (SQLite's profile callback: once per statement, when
/// it finishes, whatever cascades it sets off; on each connection the service opens), except connection settings (<c>PRAGMA</c>) and transaction control (<c>BEGIN</c>,
/// <c>COMMIT</c>, <c>ROLLBACK</c>): the commands a request's work costs; and every row those commands
/// insert, update or delete (SQLite's update hook), cascades included.
/// </summary>
public sealed class CommandCountingApp : TestApp
{
    private long _commands;
    private long _rows;
    private readonly List<string> _statements = [];

    /// <summary>Statements run so far; read it before and after one request (nothing else runs meanwhile).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>The counted statements so far, for a failure message: <c>Statements.Skip(before)</c>.</summary>
    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    /// <summary>Rows inserted, updated or deleted so far.</summary>
    public long Rows => Interlocked.Read(ref _rows);

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

    private void Count(object userData, string sql, long nanoseconds)
    {
        var text = sql.TrimStart();
        if (!NotCounted.Any(keyword => text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref _commands);
            lock (_statements)
            {
                _statements.Add(string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
            }
        }
    }

    private void Row(object userData, int type, string database, string table, long rowId) => Interlocked.Increment(ref _rows);

    /// <summary>The app's database, with the profile callback and the update hook set on every connection it opens.</summary>
    private sealed class Counting(Database inner, CommandCountingApp app) : Database
    {
        public override string Provider => inner.Provider;

        public override string Location => inner.Location;

        public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = await inner.OpenAsync(cancellationToken);
            var handle = ((SqliteConnection)connection).Handle;
            raw.sqlite3_profile(handle, new strdelegate_profile(app.Count), null);
            raw.sqlite3_update_hook(handle, new strdelegate_update(app.Row), null);
            return connection;
        }

        public override Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken cancellationToken) =>
            inner.LockAsync(connection, transaction, resource, cancellationToken);

        public override bool LocksResources => inner.LocksResources;

        public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
            inner.BeginSnapshotAsync(connection, cancellationToken);

        public override bool IsForeignKeyViolation(Exception exception) => inner.IsForeignKeyViolation(exception);

        public override bool IsStorageFull(Exception exception) => inner.IsStorageFull(exception);

        public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => inner.PrepareAsync(connection, cancellationToken);

        public override ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
