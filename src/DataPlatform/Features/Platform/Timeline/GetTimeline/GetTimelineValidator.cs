using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

public sealed class GetTimelineValidator : AbstractValidator<GetTimelineRequest>
{
    public const int MaxLimit = 500;

    public GetTimelineValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
