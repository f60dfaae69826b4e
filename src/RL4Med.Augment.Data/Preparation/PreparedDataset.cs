using RL4Med.Augment.Data.Importers;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Preparation;

/// <summary>What prepare-data produced: the import counts, the manifest, its subgroup counts and where they were written.</summary>
public sealed record PreparedDataset(ImportResult Import, DatasetManifest Manifest, SubgroupCounts Counts, string CountsPath);
