using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetReport;

public sealed class GetDatasetReportValidator : AbstractValidator<GetDatasetReportRequest>
{
    public GetDatasetReportValidator()
    {
        RuleFor(r => r.Version).ValidVersionNumber();
        RuleFor(r => r.ColumnOffset).GreaterThanOrEqualTo(0).WithMessage("'column_offset' must be 0 or more.");
    }
}
