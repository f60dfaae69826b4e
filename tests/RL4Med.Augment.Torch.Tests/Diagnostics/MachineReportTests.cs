using RL4Med.Augment.Build;
using RL4Med.Augment.Torch.Diagnostics;
using TorchSharp;

namespace RL4Med.Augment.Torch.Tests.Diagnostics;

public class MachineReportTests
{
    [Theory]
    [InlineData("sse4_1 avx avx2 fma", "avx2")]
    [InlineData("sse4_1 avx avx2 fma avx_vnni", "avx2_vnni")]
    [InlineData("avx2 avx512f avx512dq avx512bw avx512vl", "avx512_core")]
    [InlineData("avx2 avx512f avx512dq avx512bw avx512vl avx512_vnni avx512_bf16", "avx512_core_bf16")] // AMD EPYC family 26
    [InlineData("avx2 avx512f avx512dq avx512bw avx512vl avx512_bf16 amx_tile amx_bf16 amx_int8", "avx512_core_amx")]
    public void OneDNNs_instruction_set_is_the_widest_the_flags_allow(string flags, string isa)
    {
        Environment.SetEnvironmentVariable("ONEDNN_MAX_CPU_ISA", null);
        Assert.StartsWith(isa + " ", MachineReport.OneDnnIsaFor(flags.Split(' ').ToHashSet()));
    }

    [Fact]
    public void Reports_this_machine_its_thread_count_and_the_state_of_the_load_fix()
    {
        var report = MachineReport.Read();

        Assert.Equal(torch.get_num_threads(), report.TorchThreads);
        Assert.Contains(Environment.ProcessorCount + " logical cores", report.Processor);
        var systemHasIt = ElfVersionNeedPatcher.LibraryMentions("/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "GLIBCXX_3.4.32");
        Assert.StartsWith(systemHasIt ? "not applied" : "applied", report.LoadFix);
    }
}
