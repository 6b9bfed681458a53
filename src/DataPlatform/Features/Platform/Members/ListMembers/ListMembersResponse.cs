namespace DataPlatform.Features.Platform.Members.ListMembers;

public sealed record ListMembersResponse(IReadOnlyList<MemberItem> Items, long Total, int Limit, int Offset);
