global using Xunit;

// Training seeds torch's global generator; tests running side by side would draw from each other's stream.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
