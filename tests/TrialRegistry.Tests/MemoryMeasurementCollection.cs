namespace TrialRegistry.Tests;

/// <summary>
/// Tests that measure the process's heap (GC.GetTotalMemory) run alone: other tests allocating in
/// parallel would count against them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurements";
}
