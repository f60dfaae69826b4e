#nullable enable
// Marks chosen symbol-version requirements of an ELF64 shared library as weak (VER_FLG_WEAK),
// so the dynamic loader warns instead of refusing to load when the system library lacks them.
// TorchSharp 0.107's libLibTorchSharp.so needs GLIBCXX_3.4.32 (GCC 13) for one symbol that is
// never relocated; Debian 12 ships GLIBCXX_3.4.30. The build runs the task below as an inline task;
// tests compile the patcher alone with ELF_PATCHER_ONLY.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RL4Med.Augment.Build
{
    public static class ElfVersionNeedPatcher
    {
        private const uint ShtGnuVerneed = 0x6ffffffe;
        private const ushort VerFlagWeak = 0x2;

        /// <summary>Version names that <paramref name="library"/> requires, with their weak flag.</summary>
        public static IReadOnlyList<(string File, string Version, bool Weak)> ReadVersionNeeds(byte[] library)
        {
            var needs = new List<(string, string, bool)>();
            Walk(library, (file, version, flagsOffset) =>
                needs.Add((file, version, (BitConverter.ToUInt16(library, flagsOffset) & VerFlagWeak) != 0)));
            return needs;
        }

        /// <summary>
        /// Sets VER_FLG_WEAK on every requirement of <paramref name="library"/> named in
        /// <paramref name="versions"/> that <paramref name="isProvided"/> says the system lacks.
        /// Returns the names it marked; an empty list means the bytes are unchanged.
        /// </summary>
        public static IReadOnlyList<string> MarkWeak(byte[] library, ICollection<string> versions, Func<string, bool> isProvided)
        {
            var marked = new List<string>();
            Walk(library, (file, version, flagsOffset) =>
            {
                if (!versions.Contains(version) || isProvided(version)) return;
                ushort flags = BitConverter.ToUInt16(library, flagsOffset);
                if ((flags & VerFlagWeak) != 0) return;
                BitConverter.GetBytes((ushort)(flags | VerFlagWeak)).CopyTo(library, flagsOffset);
                marked.Add(version);
            });
            return marked;
        }

        /// <summary>True when the file at <paramref name="libraryPath"/> defines version <paramref name="version"/>.</summary>
        public static bool LibraryMentions(string libraryPath, string version)
        {
            if (!File.Exists(libraryPath)) return false;
            byte[] haystack = File.ReadAllBytes(libraryPath);
            byte[] needle = Encoding.ASCII.GetBytes(version + "\0");
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                int j = 0;
                while (j < needle.Length && haystack[i + j] == needle[j]) j++;
                if (j == needle.Length && (i == 0 || haystack[i - 1] == 0)) return true;
            }
            return false;
        }

        private static void Walk(byte[] elf, Action<string, string, int> visit)
        {
            if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
                throw new InvalidDataException("not an ELF file");
            if (elf[4] != 2 || elf[5] != 1)
                throw new InvalidDataException("only little-endian ELF64 is supported");
            long shoff = BitConverter.ToInt64(elf, 0x28);
            int shentsize = BitConverter.ToUInt16(elf, 0x3A);
            int shnum = BitConverter.ToUInt16(elf, 0x3C);
            for (int s = 0; s < shnum; s++)
            {
                int sh = checked((int)(shoff + (long)s * shentsize));
                if (BitConverter.ToUInt32(elf, sh + 4) != ShtGnuVerneed) continue;
                int offset = checked((int)BitConverter.ToInt64(elf, sh + 24));
                int link = (int)BitConverter.ToUInt32(elf, sh + 40);
                int count = (int)BitConverter.ToUInt32(elf, sh + 44);
                int strtab = checked((int)BitConverter.ToInt64(elf, checked((int)(shoff + (long)link * shentsize)) + 24));
                int vn = offset;
                for (int n = 0; n < count; n++)
                {
                    int auxCount = BitConverter.ToUInt16(elf, vn + 2);
                    string file = CString(elf, strtab + (int)BitConverter.ToUInt32(elf, vn + 4));
                    int vna = vn + (int)BitConverter.ToUInt32(elf, vn + 8);
                    for (int a = 0; a < auxCount; a++)
                    {
                        visit(file, CString(elf, strtab + (int)BitConverter.ToUInt32(elf, vna + 8)), vna + 4);
                        vna += (int)BitConverter.ToUInt32(elf, vna + 12);
                    }
                    vn += (int)BitConverter.ToUInt32(elf, vn + 12);
                }
            }
        }

        private static string CString(byte[] bytes, int start)
        {
            int end = start;
            while (bytes[end] != 0) end++;
            return Encoding.ASCII.GetString(bytes, start, end - start);
        }
    }

#if !ELF_PATCHER_ONLY
    /// <summary>MSBuild task: weakens the listed version needs of one copied native library, in place, atomically.</summary>
    public class MarkElfVersionNeedsWeak : Microsoft.Build.Utilities.Task
    {
        private static readonly string[] SystemLibstdcxx =
        {
            "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
            "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6",
        };

        [Microsoft.Build.Framework.Required] public string Library { get; set; } = "";
        [Microsoft.Build.Framework.Required] public string Versions { get; set; } = "";

        public override bool Execute()
        {
            string? system = Array.Find(SystemLibstdcxx, File.Exists);
            if (system == null)
            {
                Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, "No system libstdc++ found; leaving " + Library + " as it is.");
                return true;
            }
            byte[] bytes = File.ReadAllBytes(Library);
            var wanted = new HashSet<string>(Versions.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries));
            var marked = ElfVersionNeedPatcher.MarkWeak(bytes, wanted, v => ElfVersionNeedPatcher.LibraryMentions(system, v));
            if (marked.Count == 0) return true;
            // Write beside and rename: never modify a file that may be hard-linked to the NuGet cache.
            string temp = Library + ".patching";
            File.WriteAllBytes(temp, bytes);
            File.Replace(temp, Library, null);
            Log.LogMessage(Microsoft.Build.Framework.MessageImportance.High,
                "Marked " + string.Join(", ", marked) + " weak in " + Library + " (system libstdc++ lacks it).");
            return true;
        }
    }
#endif
}
