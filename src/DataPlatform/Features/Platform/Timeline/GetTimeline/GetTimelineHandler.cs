using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

public sealed class GetTimelineHandler(DatabaseSession session) : IQueryHandler<GetTimelineRequest, GetTimelineResponse>
{
    public async ValueTask<GetTimelineResponse> Handle(GetTimelineRequest request, CancellationToken cancellationToken)
    {
        var parameters = new { request.ProjectId, Limit = request.Limit ?? GetTimelineValidator.MaxLimit, Offset = request.Offset ?? 0 };
        var connection = await session.ConnectionAsync(cancellationToken);
        var (rows, total) = await Pages.ReadAsync<TimelineEventRow>(
            connection, GetTimelineSql.Page, GetTimelineSql.Count, parameters, parameters.Limit, parameters.Offset, cancellationToken);
        var events = rows.Select(row =>
        {
            var details = TimelineJson.Read(row.Details);
            return new TimelineEventItem(row.Id, row.Type, row.Action, row.Name, row.OccurredAt, row.ActorId, details?.UserId, details?.Email, details?.Role,
                details?.DatasetId, details?.Version, details?.Rows, details?.Columns, details?.ExperimentId, details?.Status, details?.TargetColumn,
                details?.ProblemType, details?.BestModelType, details?.Duration, details?.ModelId, details?.Stage, details?.IsActive);
        }).ToList();
        return new GetTimelineResponse(request.ProjectId, events, total, parameters.Limit, parameters.Offset);
    }
}
