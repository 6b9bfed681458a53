namespace DataPlatform.Profiling.Tests;

/// <summary>
/// Tests that measure the bytes a profile allocates read a process-wide counter
/// (<see cref="GC.GetTotalAllocatedBytes"/>): no other test may run beside them.
/// </summary>
[CollectionDefinition(nameof(AllocationMeasurements), DisableParallelization = true)]
public sealed class AllocationMeasurements;
