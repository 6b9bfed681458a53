using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

public sealed class UploadDatasetValidator : AbstractValidator<UploadDatasetRequest>
{
    public UploadDatasetValidator()
    {
        RuleFor(r => r.Name).ValidPathName();
        RuleFor(r => r.Description).ValidText(DatasetLimits.MaxDescriptionLength);
        RuleFor(r => r.File).NotNull().WithMessage("'file' is required: add the CSV or Parquet file as the last part of the form.");
        RuleFor(r => r.File!.FileName).ValidPathName().WithName("file").OverridePropertyName("file").When(r => r.File is not null);
    }
}
