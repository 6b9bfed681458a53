using Microsoft.Extensions.Options;

namespace DataPlatform.Infrastructure.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "DataPlatform";

    /// <summary>PostgreSQL when <c>ConnectionStrings:DataPlatform</c> or <c>DataPlatform:Database</c> is set, else SQLite.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        DapperSetup.Configure();
        services.AddSingleton<Database>(provider =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = provider.GetRequiredService<IOptions<DataPlatformOptions>>().Value.Database;
            }

            return string.IsNullOrWhiteSpace(connectionString)
                ? new SqliteDatabase(provider.GetRequiredService<DataDirectory>().DatabasePath)
                : new PostgresDatabase(connectionString);
        });
        services.AddSingleton<Migrator>();
        return services;
    }
}
