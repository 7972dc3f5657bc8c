namespace KpiFormulas;

/// <summary>Levels of the LTV/CAC ratio (document 004).</summary>
public enum LtvToCacHealth
{
    /// <summary>Below 1 : 1: each new customer loses money ("alerte rouge").</summary>
    LosingMoney = 0,

    /// <summary>Exactly 1 : 1: break-even, no margin to grow ("à l'équilibre").</summary>
    BreakEven = 1,

    /// <summary>Above 1 : 1 and below 3 : 1: profitable but below the healthy mark (the documents do not name it).</summary>
    BelowHealthy = 2,

    /// <summary>3 : 1 or more: a healthy, profitable model ("excellent").</summary>
    Healthy = 3,
}

/// <summary>Levels of the real adoption rate of a tool (document 003, metric 2).</summary>
public enum AdoptionLevel
{
    /// <summary>Below 30 %: a training or buy-in problem.</summary>
    Problem = 0,

    /// <summary>30 % to 60 % inclusive: normal at the start of a rollout.</summary>
    NormalAtStart = 1,

    /// <summary>Above 60 %: excellent.</summary>
    Excellent = 2,
}

/// <summary>Levels of the cost per hour saved, in euros per hour (document 003, metric 3).</summary>
public enum CostPerHourSavedLevel
{
    /// <summary>Below 10 €/h: excellent ROI.</summary>
    Excellent = 0,

    /// <summary>10 €/h to 20 €/h inclusive: profitable.</summary>
    Profitable = 1,

    /// <summary>Above 20 €/h: revisit the tool or its use.</summary>
    Revisit = 2,
}

/// <summary>Levels of the payback period, in months (document 003, metric 4).</summary>
public enum PaybackLevel
{
    /// <summary>Below 2 months: excellent.</summary>
    Excellent = 0,

    /// <summary>2 to 6 months inclusive: good.</summary>
    Good = 1,

    /// <summary>Above 6 months: challenge the tool or the use case.</summary>
    Challenge = 2,
}

/// <summary>Levels of the time saved per person per month, in hours (document 003, metric 1).</summary>
public enum TimeSavedLevel
{
    /// <summary>Below 5 h a month: not yet profitable.</summary>
    BelowProfitable = 0,

    /// <summary>5 h a month or more: the tool already pays ("IA déjà rentable").</summary>
    Profitable = 1,

    /// <summary>10 h a month or more: high ("moyenne haute").</summary>
    High = 2,

    /// <summary>20 h a month or more: top 10 %.</summary>
    Top10Percent = 3,
}

/// <summary>Levels of a project ROI against the success threshold of document 001 (≥ 1.5 : 1).</summary>
public enum ProjectRoiLevel
{
    /// <summary>Below 1.5 : 1: the project misses the success threshold.</summary>
    BelowTarget = 0,

    /// <summary>1.5 : 1 or more: a successful project.</summary>
    Successful = 1,
}
