using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Tasks.CreateTask;

public sealed class CreateTaskValidator : AbstractValidator<CreateTaskRequest>
{
    public CreateTaskValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Status).OneOf(ProjectVocabulary.TaskStatuses);
    }
}
