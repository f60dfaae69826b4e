global using Xunit;

// Tests seed torch's global generator and time throughput; running them one at a time keeps both meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
