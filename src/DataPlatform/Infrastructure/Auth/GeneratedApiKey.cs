namespace DataPlatform.Infrastructure.Auth;

public sealed record GeneratedApiKey(string Key, string Prefix, string Hash);
