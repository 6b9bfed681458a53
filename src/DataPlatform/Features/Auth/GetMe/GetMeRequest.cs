using Mediator;

namespace DataPlatform.Features.Auth.GetMe;

/// <summary>Has no input: the caller is the subject.</summary>
public sealed record GetMeRequest : IQuery<GetMeResponse>;
