namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// A training step met a NaN or infinite loss or gradient norm before applying its update. Thrown by
/// <see cref="NonFiniteValueException.ThrowIfNotFinite"/> inside a step, caught by <see cref="NonFiniteStepRetry"/>.
/// </summary>
public sealed class NonFiniteValueException : Exception
{
    /// <summary>The error for <paramref name="quantity"/> (e.g. "loss") having the value <paramref name="value"/>.</summary>
    public NonFiniteValueException(string quantity, double value) : base($"the {quantity} is {value}")
    {
        Quantity = quantity;
        Value = value;
    }

    /// <summary>What was not finite: "loss" or "gradient norm".</summary>
    public string Quantity { get; }

    /// <summary>The value seen.</summary>
    public double Value { get; }

    /// <summary>Throws when <paramref name="value"/> is NaN or infinite; call before the optimizer step.</summary>
    public static void ThrowIfNotFinite(string quantity, double value)
    {
        if (!double.IsFinite(value)) throw new NonFiniteValueException(quantity, value);
    }
}
