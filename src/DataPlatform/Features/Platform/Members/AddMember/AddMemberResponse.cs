namespace DataPlatform.Features.Platform.Members.AddMember;

public sealed record AddMemberResponse(MemberItem Member);
