using RL4Med.Augment.Rewards.Evaluation;

namespace RL4Med.Augment.Rewards.Tests.Evaluation;

public class SymmetricEigenTests
{
    [Fact]
    public void FindsTheEigenvaluesOfASmallMatrix()
    {
        var (values, _) = SymmetricEigen.Decompose(new double[,] { { 2, 1 }, { 1, 2 } });

        Assert.Equal(new[] { 1.0, 3.0 }, values.Order().Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void VectorsAndValuesRebuildTheMatrix()
    {
        var random = new Random(5);
        const int n = 24;
        var matrix = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
                matrix[i, j] = matrix[j, i] = random.NextDouble() - 0.5;

        var (values, vectors) = SymmetricEigen.Decompose(matrix);

        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double rebuilt = 0, dot = 0;
                for (int k = 0; k < n; k++)
                {
                    rebuilt += vectors[i, k] * values[k] * vectors[j, k];
                    dot += vectors[k, i] * vectors[k, j];
                }
                Assert.Equal(matrix[i, j], rebuilt, 10);
                Assert.Equal(i == j ? 1.0 : 0.0, dot, 10);
            }
    }
}
