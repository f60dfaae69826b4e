namespace RL4Med.Augment.Rewards.Evaluation;

/// <summary>
/// Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations, in double precision: simple,
/// unconditionally stable, and fast enough for feature covariances of a few hundred dimensions.
/// </summary>
internal static class SymmetricEigen
{
    private const int MaxSweeps = 100;

    /// <summary>Eigenvalues and eigenvectors (the columns of <c>Vectors</c>) with <c>A = V diag(values) Vᵀ</c>.</summary>
    public static (double[] Values, double[,] Vectors) Decompose(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n) throw new ArgumentException("the matrix must be square");
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (int i = 0; i < n; i++) v[i, i] = 1;

        double scale = 0;
        foreach (double x in a) scale += x * x;
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double off = 0;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                    off += a[p, q] * a[p, q];
            if (off <= 1e-30 * scale) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++)
                    if (a[p, q] != 0) Rotate(a, v, p, q);
        }
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i, i];
        return (values, v);
    }

    // One Jacobi rotation in the (p, q) plane that zeroes a[p, q]: A <- Jᵀ A J, V <- V J.
    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        int n = a.GetLength(0);
        double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        double t = (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
        for (int k = 0; k < n; k++)
        {
            double kp = a[k, p], kq = a[k, q];
            a[k, p] = c * kp - s * kq;
            a[k, q] = s * kp + c * kq;
        }
        for (int k = 0; k < n; k++)
        {
            double pk = a[p, k], qk = a[q, k];
            a[p, k] = c * pk - s * qk;
            a[q, k] = s * pk + c * qk;
        }
        for (int k = 0; k < n; k++)
        {
            double kp = v[k, p], kq = v[k, q];
            v[k, p] = c * kp - s * kq;
            v[k, q] = s * kp + c * kq;
        }
    }
}
