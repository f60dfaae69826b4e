global using Xunit;

// Tests seed generators and compare weights bit for bit; running them one at a time keeps the shared cores free.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
