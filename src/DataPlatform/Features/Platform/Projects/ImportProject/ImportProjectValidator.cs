using FluentValidation;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

public sealed class ImportProjectValidator : AbstractValidator<ImportProjectRequest>
{
    public ImportProjectValidator() => RuleFor(r => r.File).NotNull().WithName("file").WithMessage("'file' is required: the ZIP of GET /api/projects/{id}/export.");
}
