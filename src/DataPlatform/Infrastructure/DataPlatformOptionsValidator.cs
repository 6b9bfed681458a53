using Microsoft.Extensions.Options;

namespace DataPlatform.Infrastructure;

/// <summary>Refuses to start on settings that could only fail later, naming each bad key.</summary>
public sealed class DataPlatformOptionsValidator : IValidateOptions<DataPlatformOptions>
{
    public ValidateOptionsResult Validate(string? name, DataPlatformOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            problems.Add("DataPlatform:DataDirectory must not be empty.");
        }

        if (options.MaxDatasetUploadBytes < 1)
        {
            problems.Add("DataPlatform:MaxDatasetUploadBytes (or MAX_DATASET_UPLOAD_BYTES) must be at least 1.");
        }

        if (options.MaxJsonBodyBytes < 1024)
        {
            problems.Add("DataPlatform:MaxJsonBodyBytes must be at least 1024.");
        }

        var auth = options.Auth;
        if (string.IsNullOrWhiteSpace(auth.Issuer) || string.IsNullOrWhiteSpace(auth.Audience))
        {
            problems.Add("DataPlatform:Auth:Issuer and DataPlatform:Auth:Audience must not be empty.");
        }

        if (auth.TokenLifetimeMinutes < 1)
        {
            problems.Add("DataPlatform:Auth:TokenLifetimeMinutes must be at least 1.");
        }

        if (auth.RateLimitPermits < 1 || auth.RateLimitWindowSeconds < 1)
        {
            problems.Add("DataPlatform:Auth:RateLimitPermits and DataPlatform:Auth:RateLimitWindowSeconds must be at least 1.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
