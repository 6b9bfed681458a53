namespace DataPlatform.Infrastructure.Auth;

public enum PasswordCheck
{
    Failed,
    Valid,
    ValidButRehash,
}
