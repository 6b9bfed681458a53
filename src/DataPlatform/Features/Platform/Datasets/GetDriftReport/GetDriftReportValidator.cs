using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.GetDriftReport;

public sealed class GetDriftReportValidator : AbstractValidator<GetDriftReportRequest>
{
    public GetDriftReportValidator()
    {
        RuleFor(r => r.V1).NotNull().WithMessage("'v1' is required: the base version number.").GreaterThanOrEqualTo(0).WithName("v1");
        RuleFor(r => r.V2).NotNull().WithMessage("'v2' is required: the version number to compare with v1.").GreaterThanOrEqualTo(0).WithName("v2");
    }
}
