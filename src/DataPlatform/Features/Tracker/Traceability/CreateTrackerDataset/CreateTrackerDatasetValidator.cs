using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDataset;

public sealed class CreateTrackerDatasetValidator : AbstractValidator<CreateTrackerDatasetRequest>
{
    public CreateTrackerDatasetValidator()
    {
        RuleFor(r => r.Name).ValidPathName();
        RuleFor(r => r.Source).NotEmpty().ValidText(TrackerRules.MaxSourceLength);
        RuleFor(r => r.Description).NotEmpty().ValidText(TrackerRules.MaxDescriptionLength);
        RuleFor(r => r.Records).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(r => r.AcquisitionDate).NotNull();
        RuleFor(r => r.Phase).NotEmpty().OneOf(ProjectVocabulary.Phases);
    }
}
