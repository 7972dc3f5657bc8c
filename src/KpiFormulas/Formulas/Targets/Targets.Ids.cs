namespace KpiFormulas;

/// <content>The ids that the targets tools put on their results: they are not catalogue entries.</content>
public static partial class KpiIds
{
    /// <summary>A before/after change (the Targets API), not a catalogue entry.</summary>
    public const string Change = "change";

    /// <summary>Net ROI, (gains − costs) / costs: the percent form of ROI, beside the catalogue's ratio form.</summary>
    public const string NetRoi = "net_roi";

    /// <summary>A baseline over the 30 days before acting (the Targets API), not a catalogue entry.</summary>
    public const string Baseline = "baseline";

    /// <summary>The relative gap of a weekly drift check (the Targets API), not a catalogue entry.</summary>
    public const string Drift = "drift";

    /// <summary>Whether a rate measured on counts is off its target beyond noise (the Targets API), not a catalogue entry.</summary>
    public const string RateDrift = "rate_drift";

    /// <summary>Progress to a target (the Targets API), not a catalogue entry.</summary>
    public const string TargetProgress = "target_progress";
}
