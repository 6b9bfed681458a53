namespace DataPlatform.Features.Platform.Members.RemoveMember;

public sealed record RemoveMemberResponse(bool Ok);
