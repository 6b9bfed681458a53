namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <param name="SkippedMembers">Emails of exported members who have no account here (everyone else keeps their role).</param>
public sealed record ImportProjectResponse(Guid ProjectId, ProjectItem Project, IReadOnlyList<string> SkippedMembers);
