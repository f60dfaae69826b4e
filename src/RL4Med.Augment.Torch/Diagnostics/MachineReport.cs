using System.Runtime.InteropServices;
using RL4Med.Augment.Build;
using TorchSharp;

namespace RL4Med.Augment.Torch.Diagnostics;

/// <summary>
/// What decides how this machine computes: the OS, the CPU and its vector extensions, torch's thread count, the
/// instruction set oneDNN picks, and whether the build's libstdc++ fix for TorchSharp was needed and applied.
/// </summary>
/// <param name="OperatingSystem">The OS description .NET reports.</param>
/// <param name="Processor">Vendor, model name and family from /proc/cpuinfo.</param>
/// <param name="VectorExtensions">The SIMD flags that decide oneDNN's kernels, in order of width.</param>
/// <param name="TorchThreads">torch's intra-op thread count.</param>
/// <param name="OneDnnIsa">The instruction set oneDNN dispatches to, and what capped it.</param>
/// <param name="LoadFix">The state of TorchSharp's GLIBCXX_3.4.32 requirement in the loaded libLibTorchSharp.so.</param>
public sealed record MachineReport(string OperatingSystem, string Processor, string VectorExtensions, int TorchThreads, string OneDnnIsa, string LoadFix)
{
    private const string LoadFixVersion = "GLIBCXX_3.4.32";
    private const string SystemLibstdcxx = "/usr/lib/x86_64-linux-gnu/libstdc++.so.6";

    // The flags oneDNN's CPU dispatch looks at, narrowest first.
    private static readonly string[] DispatchFlags =
    {
        "sse4_1", "avx", "avx2", "fma", "avx_vnni", "avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16",
        "avx512_fp16", "amx_tile", "amx_bf16", "amx_int8",
    };

    /// <summary>Reads the report of this machine (Linux: /proc/cpuinfo; elsewhere the processor fields say unknown).</summary>
    public static MachineReport Read()
    {
        var cpu = CpuInfo();
        var flags = cpu.TryGetValue("flags", out var line) ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet() : new HashSet<string>();
        var processor = cpu.TryGetValue("model name", out var model)
            ? $"{model} ({cpu.GetValueOrDefault("vendor_id", "unknown vendor")}, family {cpu.GetValueOrDefault("cpu family", "?")}, {Environment.ProcessorCount} logical cores)"
            : "unknown (no /proc/cpuinfo)";
        var extensions = string.Join(" ", DispatchFlags.Where(flags.Contains));
        return new MachineReport(RuntimeInformation.OSDescription, processor, extensions.Length == 0 ? "none found" : extensions,
            torch.get_num_threads(), OneDnnIsaFor(flags), DescribeLoadFix());
    }

    /// <summary>
    /// oneDNN's CPU dispatch: the widest instruction set the flags support, unless ONEDNN_MAX_CPU_ISA (or the older
    /// DNNL_MAX_CPU_ISA) caps it.
    /// </summary>
    public static string OneDnnIsaFor(IReadOnlySet<string> flags)
    {
        bool Has(params string[] names) => names.All(flags.Contains);
        var isa =
            Has("avx512f", "avx512dq", "avx512bw", "avx512vl", "amx_tile", "amx_bf16", "amx_int8") ? "avx512_core_amx" :
            Has("avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_bf16") ? "avx512_core_bf16" :
            Has("avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512_vnni") ? "avx512_core_vnni" :
            Has("avx512f", "avx512dq", "avx512bw", "avx512vl") ? "avx512_core" :
            Has("avx2", "avx_vnni") ? "avx2_vnni" :
            Has("avx2") ? "avx2" :
            Has("avx") ? "avx" :
            Has("sse4_1") ? "sse41" : "default";
        var cap = Environment.GetEnvironmentVariable("ONEDNN_MAX_CPU_ISA") ?? Environment.GetEnvironmentVariable("DNNL_MAX_CPU_ISA");
        return cap is null ? $"{isa} (the widest the CPU flags allow)" : $"{isa} allowed by the CPU, capped at {cap} by ONEDNN_MAX_CPU_ISA";
    }

    private static Dictionary<string, string> CpuInfo()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists("/proc/cpuinfo")) return fields;
        foreach (var line in File.ReadLines("/proc/cpuinfo"))
        {
            if (line.Length == 0) break; // the first processor is enough
            var colon = line.IndexOf(':');
            if (colon > 0) fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return fields;
    }

    private static string DescribeLoadFix()
    {
        var library = new[] { AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native") }
            .Select(folder => Path.Combine(folder, "libLibTorchSharp.so")).FirstOrDefault(File.Exists);
        if (library is null) return "libLibTorchSharp.so not found beside the program";
        var need = ElfVersionNeedPatcher.ReadVersionNeeds(File.ReadAllBytes(library)).FirstOrDefault(n => n.Version == LoadFixVersion);
        var systemHasIt = ElfVersionNeedPatcher.LibraryMentions(SystemLibstdcxx, LoadFixVersion);
        var system = systemHasIt ? $"the system libstdc++ provides {LoadFixVersion}" : $"the system libstdc++ lacks {LoadFixVersion}";
        if (need.Version is null) return $"libLibTorchSharp.so does not need {LoadFixVersion}; {system}";
        return need.Weak
            ? $"applied: libLibTorchSharp.so needs {LoadFixVersion} weakly (marked by the build); {system}"
            : $"not applied: libLibTorchSharp.so needs {LoadFixVersion}; {system}{(systemHasIt ? ", so none is needed" : ", so it cannot load")}";
    }
}
