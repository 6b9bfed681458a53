using DataPlatform.Features.Tracker.Projects.CreateTrackerProject;
using DataPlatform.Features.Tracker.Projects.DeleteTrackerProject;
using DataPlatform.Features.Tracker.Projects.GetTrackerProject;
using DataPlatform.Features.Tracker.Projects.ListTrackerProjects;
using DataPlatform.Features.Tracker.Projects.UpdateTrackerProject;
using DataPlatform.Features.Tracker.Tasks.CreateTask;
using DataPlatform.Features.Tracker.Tasks.DeleteTask;
using DataPlatform.Features.Tracker.Tasks.UpdateTask;
using DataPlatform.Features.Tracker.Team.AddTeamMember;
using DataPlatform.Features.Tracker.Team.RemoveTeamMember;
using DataPlatform.Features.Tracker.Traceability.CreateTrackerDataset;
using DataPlatform.Features.Tracker.Traceability.CreateTrackerDecision;
using DataPlatform.Features.Tracker.Traceability.CreateTrackerExperiment;
using DataPlatform.Features.Tracker.Traceability.DeleteTrackerDataset;
using DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;
using DataPlatform.Features.Tracker.Traceability.DeleteTrackerExperiment;
using DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;
using DataPlatform.Features.Tracker.Traceability.ListTrackerDecisions;
using DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;
using DataPlatform.Infrastructure.Http;

namespace DataPlatform.Features.Tracker;

/// <summary>Every route of the Tracker compatibility surface (<c>/projects</c>), in one readable list.</summary>
public static class TrackerEndpoints
{
    public static void MapTracker(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/projects").WithGroupName(OpenApiSetup.Tracker).RequireCaller().WithTags("Projects");
        projects.MapListTrackerProjects();
        projects.MapCreateTrackerProject();
        projects.MapGetTrackerProject();
        projects.MapUpdateTrackerProject();
        projects.MapDeleteTrackerProject();

        var tasks = app.MapGroup("/projects/{projectId:guid}/tasks").WithGroupName(OpenApiSetup.Tracker).RequireCaller().WithTags("Tasks");
        tasks.MapCreateTask();
        tasks.MapUpdateTask();
        tasks.MapDeleteTask();

        var team = app.MapGroup("/projects/{projectId:guid}/team").WithGroupName(OpenApiSetup.Tracker).RequireCaller().WithTags("Team");
        team.MapAddTeamMember();
        team.MapRemoveTeamMember();

        var datasets = app.MapGroup("/projects/{projectId:guid}/datasets").WithGroupName(OpenApiSetup.Tracker).RequireCaller().WithTags("Datasets");
        datasets.MapListTrackerDatasets();
        datasets.MapCreateTrackerDataset();
        datasets.MapDeleteTrackerDataset();

        var experiments = app.MapGroup("/projects/{projectId:guid}/experiments").WithGroupName(OpenApiSetup.Tracker).RequireCaller().WithTags("Experiments");
        experiments.MapListTrackerExperiments();
        experiments.MapCreateTrackerExperiment();
        experiments.MapDeleteTrackerExperiment();

        var decisions = app.MapGroup("/projects/{projectId:guid}/decisions").WithGroupName(OpenApiSetup.Tracker).RequireCaller().WithTags("Decisions");
        decisions.MapListTrackerDecisions();
        decisions.MapCreateTrackerDecision();
        decisions.MapDeleteTrackerDecision();
    }
}
