global using Xunit;

// Tests seed torch's global generator and share two CPU cores; running them one at a time keeps both predictable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
