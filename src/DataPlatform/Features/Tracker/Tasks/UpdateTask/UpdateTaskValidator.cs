using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Tasks.UpdateTask;

public sealed class UpdateTaskValidator : AbstractValidator<UpdateTaskRequest>
{
    public UpdateTaskValidator()
    {
        RuleFor(r => r).Must(r => r.Name is not null || r.Status is not null).WithName("body").WithMessage("Send 'name', 'status' or both.");
        When(r => r.Name is not null, () => RuleFor(r => r.Name).ValidName());
        RuleFor(r => r.Status).OneOf(ProjectVocabulary.TaskStatuses);
    }
}
