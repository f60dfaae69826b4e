using RL4Med.Augment.Build;

namespace RL4Med.Augment.Torch.Tests;

/// <summary>The build step that lets TorchSharp 0.107 load on Debian 12 (see build/TorchSharpLoadFix.targets).</summary>
public class ElfVersionNeedPatcherTests
{
    private const string Version = "GLIBCXX_3.4.32";
    private static readonly string OutputCopy = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
    private static readonly string SystemLibstdcxx = "/usr/lib/x86_64-linux-gnu/libstdc++.so.6";

    private static string PackageCopy()
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
    }

    [Fact]
    public void OutputCopyNeedsTheGcc13VersionWeaklyExactlyWhenTheSystemLacksIt()
    {
        bool systemHasIt = ElfVersionNeedPatcher.LibraryMentions(SystemLibstdcxx, Version);
        var need = ElfVersionNeedPatcher.ReadVersionNeeds(File.ReadAllBytes(OutputCopy)).Single(n => n.Version == Version);
        Assert.Equal("libstdc++.so.6", need.File);
        Assert.Equal(!systemHasIt, need.Weak);
    }

    [Fact]
    public void PackageCopyIsNeverPatchedAndPatchingChangesOnlyTheFlag()
    {
        byte[] original = File.ReadAllBytes(PackageCopy());
        Assert.False(ElfVersionNeedPatcher.ReadVersionNeeds(original).Single(n => n.Version == Version).Weak);

        byte[] patched = (byte[])original.Clone();
        var marked = ElfVersionNeedPatcher.MarkWeak(patched, new[] { Version }, isProvided: _ => false);

        Assert.Equal(new[] { Version }, marked);
        Assert.Equal(1, original.Zip(patched).Count(p => p.First != p.Second)); // one byte of vna_flags
        Assert.True(ElfVersionNeedPatcher.ReadVersionNeeds(patched).Single(n => n.Version == Version).Weak);
        Assert.Empty(ElfVersionNeedPatcher.MarkWeak(patched, new[] { Version }, _ => false)); // idempotent
        Assert.Empty(ElfVersionNeedPatcher.MarkWeak((byte[])original.Clone(), new[] { Version }, _ => true)); // no-op where provided
    }

    [Fact]
    public void NonElfInputIsRefused() =>
        Assert.Throws<InvalidDataException>(() => ElfVersionNeedPatcher.ReadVersionNeeds(new byte[100]));
}
