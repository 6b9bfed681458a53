using FluentValidation;

namespace DataPlatform.Features.Platform.Projects.GetProject;

public sealed class GetProjectValidator : AbstractValidator<GetProjectRequest>
{
    public GetProjectValidator() => RuleFor(r => r.ProjectId).NotEmpty();
}
