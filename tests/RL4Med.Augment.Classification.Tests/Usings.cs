global using Xunit;

// Training seeds torch's global generator, and the machine has two cores: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
