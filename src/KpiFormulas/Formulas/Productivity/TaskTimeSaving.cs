using System;
using System.Globalization;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// One line of a time-saved table (« temps gagné »): a task, how long it took before and after the
/// tool, and how often it is done in the period. Sum a table with
/// <see cref="Productivity.TotalTimeSaved(ReadOnlySpan{TaskTimeSaving})"/>.
/// </summary>
/// <remarks>
/// The constructor validates the line, so a table built from these can only hold valid lines.
/// <c>default(TaskTimeSaving)</c> is an unnamed task that saves nothing.
/// </remarks>
/// <example>
/// Three tasks of a week:
/// <code>
/// TaskTimeSaving[] week =
/// [
///     new("Comptes-rendus réunion", TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8),
///     new("Emails de suivi client", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25),
///     new("Rédaction de proposition commerciale", TimeSpan.FromHours(4), TimeSpan.FromHours(2), 2),
/// ];
/// Productivity.TotalTimeSaved(week); // 12:55:00 (13 h rounded)
/// </code>
/// </example>
[JsonConverter(typeof(TaskTimeSavingJsonConverter))]
public readonly record struct TaskTimeSaving
{
    private readonly string? name;

    /// <summary>Creates a line of the table.</summary>
    /// <param name="name">The task (« Comptes-rendus réunion »); not null.</param>
    /// <param name="timeBefore">How long one repetition took before the tool; not negative.</param>
    /// <param name="timeAfter">How long one repetition takes with the tool; not negative (may exceed <paramref name="timeBefore"/>).</param>
    /// <param name="repetitions">How many times the task is done in the period; not negative, may be fractional (an average).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration or the repetitions are negative.</exception>
    public TaskTimeSaving(string name, TimeSpan timeBefore, TimeSpan timeAfter, decimal repetitions)
    {
        Preconditions.NotNull(name);
        Preconditions.NotNegative(timeBefore);
        Preconditions.NotNegative(timeAfter);
        Preconditions.NotNegative(repetitions);
        this.name = name;
        TimeBefore = timeBefore;
        TimeAfter = timeAfter;
        Repetitions = repetitions;
    }

    /// <summary>The task; empty for <c>default</c>.</summary>
    public string Name => name ?? string.Empty;

    /// <summary>How long one repetition took before the tool.</summary>
    public TimeSpan TimeBefore { get; }

    /// <summary>How long one repetition takes with the tool.</summary>
    public TimeSpan TimeAfter { get; }

    /// <summary>How many times the task is done in the period.</summary>
    public decimal Repetitions { get; }

    /// <summary>
    /// The time this task saves in the period, (before − after) × repetitions, to the tick
    /// (see <see cref="Productivity.TimeSaved(TimeSpan, TimeSpan, decimal)"/>); negative when the task got slower.
    /// </summary>
    /// <exception cref="OverflowException">The result is beyond the range of <see cref="TimeSpan"/>.</exception>
    public TimeSpan TimeSaved => Productivity.TimeSaved(TimeBefore, TimeAfter, Repetitions);

    /// <summary>The line as text, such as <c>Emails de suivi client: 00:10:00 -> 00:03:00 x 25</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: {TimeBefore} -> {TimeAfter} x {Repetitions}");

    /// <summary>The exact saving in ticks, before rounding to a whole tick.</summary>
    internal decimal ExactTicksSaved => (decimal)(TimeBefore.Ticks - TimeAfter.Ticks) * Repetitions;
}
