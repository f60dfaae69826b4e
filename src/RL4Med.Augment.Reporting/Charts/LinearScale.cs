namespace RL4Med.Augment.Reporting.Charts;

/// <summary>
/// Maps data values linearly onto pixels: <see cref="DomainStart"/> lands on <see cref="RangeStart"/> and
/// <see cref="DomainEnd"/> on <see cref="RangeEnd"/>. A range that runs backwards (bottom to top) serves a
/// vertical axis, whose pixels grow downwards.
/// </summary>
internal sealed record LinearScale
{
    /// <summary>A scale from [<paramref name="domainStart"/>, <paramref name="domainEnd"/>] onto [<paramref name="rangeStart"/>, <paramref name="rangeEnd"/>].</summary>
    /// <exception cref="ArgumentException">The domain is empty or not finite.</exception>
    public LinearScale(double domainStart, double domainEnd, double rangeStart, double rangeEnd)
    {
        if (!double.IsFinite(domainStart) || !double.IsFinite(domainEnd) || domainStart == domainEnd)
            throw new ArgumentException($"A scale needs two different finite domain ends, not {domainStart} and {domainEnd}.");
        (DomainStart, DomainEnd, RangeStart, RangeEnd) = (domainStart, domainEnd, rangeStart, rangeEnd);
    }

    /// <summary>The value drawn at <see cref="RangeStart"/>.</summary>
    public double DomainStart { get; }

    /// <summary>The value drawn at <see cref="RangeEnd"/>.</summary>
    public double DomainEnd { get; }

    /// <summary>The pixel of <see cref="DomainStart"/>.</summary>
    public double RangeStart { get; }

    /// <summary>The pixel of <see cref="DomainEnd"/>.</summary>
    public double RangeEnd { get; }

    /// <summary>The pixel of <paramref name="value"/>; values outside the domain land outside the range.</summary>
    public double Map(double value) => RangeStart + (value - DomainStart) / (DomainEnd - DomainStart) * (RangeEnd - RangeStart);
}
