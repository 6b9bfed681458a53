namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// A request that the creator of its target (the named child, or the resource itself) may run as an
/// editor, where others need <see cref="IProjectScoped.RequiredRole"/> (an owner, the Tracker's manager).
/// </summary>
public interface ICreatorMayAct : IProjectScoped
{
    /// <summary>What the creator made, as the refusal names it ("dataset", "experiment").</summary>
    string CreatedThing { get; }
}
