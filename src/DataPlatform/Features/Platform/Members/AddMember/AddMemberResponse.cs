using System.Text.Json.Serialization;

namespace DataPlatform.Features.Platform.Members.AddMember;

public sealed record AddMemberResponse(MemberItem Member)
{
    /// <summary>True when the user was not a member before (201), false when only the role changed (200).</summary>
    [JsonIgnore]
    public bool Added { get; init; }
}
