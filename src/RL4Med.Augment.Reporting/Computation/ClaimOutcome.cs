using System.Text.Json.Serialization;

namespace RL4Med.Augment.Reporting.Computation;

/// <summary>What the evidence says about a claim, from the interval of its deciding difference.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimOutcome>))]
public enum ClaimOutcome
{
    /// <summary>The interval lies above 0.</summary>
    Held,

    /// <summary>The interval lies below 0.</summary>
    DidNotHold,

    /// <summary>The interval includes 0.</summary>
    Undecided,

    /// <summary>The report lacks what the claim is decided on (an arm, the generator evaluation, an interval).</summary>
    NotJudged,
}
