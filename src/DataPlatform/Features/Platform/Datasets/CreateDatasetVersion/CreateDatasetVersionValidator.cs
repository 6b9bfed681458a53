using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public sealed class CreateDatasetVersionValidator : AbstractValidator<CreateDatasetVersionRequest>
{
    public CreateDatasetVersionValidator()
    {
        RuleFor(r => r.Description).NotEmpty().WithMessage("'description' is required: say what changed in this version.").ValidText(DatasetLimits.MaxDescriptionLength);
        RuleFor(r => r.File).NotNull().WithMessage("'file' is required: add the CSV or Parquet file as the last part of the form.");
        RuleFor(r => r.File!.FileName).ValidPathName().WithName("file").OverridePropertyName("file").When(r => r.File is not null);
    }
}
