using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.DownloadDataset;

public sealed class DownloadDatasetValidator : AbstractValidator<DownloadDatasetRequest>
{
    public DownloadDatasetValidator()
    {
        RuleFor(r => r.Format).OneOf(DownloadFormats.All.Keys);
        RuleFor(r => r.Version).ValidVersionNumber();
        RuleFor(r => r.ExcelSafe).Must((request, excelSafe) => excelSafe != true || request.Format is null or DownloadFormats.Csv)
            .WithMessage("excel_safe applies to CSV downloads only: XLSX cells are always values, never formulas.");
    }
}
