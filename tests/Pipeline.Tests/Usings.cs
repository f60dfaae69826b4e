global using Xunit;

// Commands change the process-wide console and current folder: run the tests of this project one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
