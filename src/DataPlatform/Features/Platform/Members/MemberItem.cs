using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Features.Platform.Members;

/// <param name="CreatedAt">When the user joined the project.</param>
public sealed record MemberItem(Guid UserId, string Email, string Name, ProjectRole Role, DateTime CreatedAt);
