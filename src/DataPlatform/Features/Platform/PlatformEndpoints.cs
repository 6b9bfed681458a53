using DataPlatform.Features.Platform.Datasets.AnalyzeDataset;
using DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;
using DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;
using DataPlatform.Features.Platform.Datasets.DeleteDataset;
using DataPlatform.Features.Platform.Datasets.DownloadDataset;
using DataPlatform.Features.Platform.Datasets.GetDataset;
using DataPlatform.Features.Platform.Datasets.GetDatasetColumns;
using DataPlatform.Features.Platform.Datasets.GetDatasetLineage;
using DataPlatform.Features.Platform.Datasets.GetDatasetQuality;
using DataPlatform.Features.Platform.Datasets.GetDatasetReport;
using DataPlatform.Features.Platform.Datasets.GetDatasetRows;
using DataPlatform.Features.Platform.Datasets.GetDriftReport;
using DataPlatform.Features.Platform.Datasets.GetDatasetVersion;
using DataPlatform.Features.Platform.Datasets.ListDatasetVersions;
using DataPlatform.Features.Platform.Datasets.ListDatasets;
using DataPlatform.Features.Platform.Datasets.UploadDataset;
using DataPlatform.Features.Platform.Deployments.CreateDeployment;
using DataPlatform.Features.Platform.Deployments.DeleteDeployment;
using DataPlatform.Features.Platform.Deployments.GetDeployment;
using DataPlatform.Features.Platform.Deployments.ListDeployments;
using DataPlatform.Features.Platform.Deployments.UpdateDeployment;
using DataPlatform.Features.Platform.Experiments.CreateExperiment;
using DataPlatform.Features.Platform.Experiments.DeleteExperiment;
using DataPlatform.Features.Platform.Experiments.GetExperiment;
using DataPlatform.Features.Platform.Experiments.ListExperiments;
using DataPlatform.Features.Platform.Experiments.UpdateExperiment;
using DataPlatform.Features.Platform.Members.AddMember;
using DataPlatform.Features.Platform.Members.ListMembers;
using DataPlatform.Features.Platform.Members.RemoveMember;
using DataPlatform.Features.Platform.Models.CreateModel;
using DataPlatform.Features.Platform.Models.DeleteModel;
using DataPlatform.Features.Platform.Models.DownloadModel;
using DataPlatform.Features.Platform.Models.GetModel;
using DataPlatform.Features.Platform.Models.GetModelLineage;
using DataPlatform.Features.Platform.Models.ListModels;
using DataPlatform.Features.Platform.Models.UpdateModel;
using DataPlatform.Features.Platform.Projects.CreateProject;
using DataPlatform.Features.Platform.Projects.DeleteProject;
using DataPlatform.Features.Platform.Projects.ExportProject;
using DataPlatform.Features.Platform.Projects.GetProject;
using DataPlatform.Features.Platform.Projects.ImportProject;
using DataPlatform.Features.Platform.Projects.ListProjects;
using DataPlatform.Features.Platform.Projects.UpdateProject;
using DataPlatform.Features.Platform.Timeline.GetTimeline;
using DataPlatform.Infrastructure.Http;

namespace DataPlatform.Features.Platform;

/// <summary>Every route of the native <c>/api</c> surface except auth, in one readable list.</summary>
public static class PlatformEndpoints
{
    public static void MapPlatform(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithGroupName(OpenApiSetup.Platform).RequireCaller();

        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapListProjects();
        projects.MapCreateProject();
        projects.MapGetProject();
        projects.MapUpdateProject();
        projects.MapDeleteProject();
        projects.MapExportProject();
        projects.MapImportProject();

        var members = api.MapGroup("/projects/{project_id:guid}/members").WithTags("Members");
        members.MapListMembers();
        members.MapAddMember();
        members.MapRemoveMember();

        var timeline = api.MapGroup("/projects/{project_id:guid}/timeline").WithTags("Timeline");
        timeline.MapGetTimeline();

        var datasets = api.MapGroup("/datasets").WithTags("Datasets");
        datasets.MapUploadDataset();
        datasets.MapListDatasets();
        datasets.MapGetDataset();
        datasets.MapGetDatasetColumns();
        datasets.MapDownloadDataset();
        datasets.MapAnalyzeDataset();
        datasets.MapGetDatasetQuality();
        datasets.MapGetDatasetReport();
        datasets.MapGetDatasetRows();
        datasets.MapGetDriftReport();
        datasets.MapGetDatasetLineage();
        datasets.MapDeleteDataset();
        datasets.MapListDatasetVersions();
        datasets.MapCreateDatasetVersion();
        datasets.MapCompareDatasetVersions();

        var datasetVersions = api.MapGroup("/dataset-versions").WithTags("Datasets");
        datasetVersions.MapGetDatasetVersion();

        var experiments = api.MapGroup("/experiments").WithTags("Experiments");
        experiments.MapListExperiments();
        experiments.MapCreateExperiment();
        experiments.MapGetExperiment();
        experiments.MapUpdateExperiment();
        experiments.MapDeleteExperiment();

        var models = api.MapGroup("/models").WithTags("Models");
        models.MapListModels();
        models.MapCreateModel();
        models.MapGetModel();
        models.MapUpdateModel();
        models.MapDeleteModel();
        models.MapGetModelLineage();
        models.MapDownloadModel();

        var deployments = api.MapGroup("/deployments").WithTags("Deployments");
        deployments.MapListDeployments();
        deployments.MapCreateDeployment();
        deployments.MapGetDeployment();
        deployments.MapUpdateDeployment();
        deployments.MapDeleteDeployment();
    }
}
