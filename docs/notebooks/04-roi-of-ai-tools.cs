#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # The ROI of AI tools, metric by metric
// Berthier Rénovation, a 14-person renovation company near Tours, trained three people on AI
// assistants on 15 January 2026 and three more on 12 February. Two months later the accountant asks
// the question every small company asks of such tools: « Concrètement, ça nous rapporte quoi ? ». This
// notebook answers it with twelve metrics of the ROI of AI tools, working through one example of each
// **metric by metric** with KpiFormulas and printing each exact value beside the rounded
// figure usually quoted (« 3h », « 33% », « 1 mois »...). A last table lists every figure
// that is rounded or truncated.
//
// Two small data sets ship beside the notebook, in `docs/notebooks/data/`:
// `04-weekly-uses.csv` (business uses of the tools per person and ISO week, 2026-W04 to W13) and
// `04-nps-answers.csv` (the 0-to-10 answers of two customer surveys, before and after). Both were
// generated once by a small seeded script (Python's `random.Random` with fixed seeds); only the CSV
// files are committed. The pilot group's week of the adoption example (Sophie 12 uses, Thomas 2,
// Julie 0) is written into the uses file as week 2026-W06, and the survey answers are drawn so that
// their scores are the NPS 32 and 48 of the satisfaction example.
//
// Run it with `dotnet run docs/notebooks/04-roi-of-ai-tools.cs` from the repository root.

// %%
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KpiFormulas;
using KpiFormulas.Formulas;
using KpiFormulas.Catalog;
using KpiFormulas.Charts;

var fr = CultureInfo.GetCultureInfo("fr-FR");
var inv = CultureInfo.InvariantCulture;

// Display helpers: money and rates are formatted by the library (French culture, as the company
// reads them), durations as "12 h 55 min", undefined results with their reason.
string Euros(Money amount) => amount.ToString("C", fr);
string Percent(Rate rate, int decimals = 2) => rate.ToString("P" + decimals.ToString(inv), fr);
string Signed(Rate rate, int decimals = 2) => (rate.Fraction > 0m ? "+" : "") + Percent(rate, decimals);
string Points(PercentagePoints points) => points.ToString("G1", fr);
string Number(decimal value, string format = "0.####") => value.ToString(format, fr);
string Undefined(UndefinedReason reason, string why) => $"undefined ({reason}): {why}";
string Time(TimeSpan time)
{
    var sign = time < TimeSpan.Zero ? "-" : "";
    time = time.Duration();
    var text = string.Create(inv, $"{sign}{(long)time.TotalHours} h {time.Minutes:00} min");
    var seconds = (decimal)(time.Ticks % TimeSpan.TicksPerMinute) / TimeSpan.TicksPerSecond;
    return seconds == 0m ? text : text + " " + seconds.ToString("0.##", fr) + " s";
}

// Prints aligned columns: the first left-aligned, then numbers (amounts, durations) right-aligned and text left-aligned.
void Table(string[] headers, IEnumerable<string[]> rows)
{
    var all = rows.Prepend(headers).ToList();
    var widths = headers.Select((_, i) => all.Max(row => row[i].Length)).ToArray();
    static bool Numeric(string cell) => cell is "" or "-" || char.IsDigit(cell[0]) || (cell.Length > 1 && cell[0] is '+' or '-' && char.IsDigit(cell[1]));
    var right = headers.Select((_, i) => i > 0 && all.Skip(1).All(row => Numeric(row[i]))).ToArray();
    string Line(string[] row) => string.Join("  ", row.Select((cell, i) => right[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();
    Console.WriteLine(Line(headers));
    Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
    foreach (var row in all.Skip(1))
    {
        Console.WriteLine(Line(row));
    }
}

// The figures as usually quoted are kept for the last table (which are rounded, which truncated).
var printedFigures = new List<(string Metric, string Printed, decimal PrintedValue, decimal Exact)>();

// %% [markdown]
// ## The metrics in the library's catalogue
// Every metric of this case is a catalogue entry with its French and English names and its
// direction (which way is good news); dashboards read their labels and arrows from here.

// %%
string[] metricsOfThisCase =
[
    "cac_from_lead_cost",
    "cost_per_qualified_lead",
    "time_per_lead",
    "conversion_rate",
    "quote_to_order_rate",
    "response_rate",
    "open_rate",
    "revenue",
    "additional_revenue_from_capacity",
    "average_response_time",
    "usage_frequency",
    "adoption_rate",
    "inactive_users",
    "time_saved",
    "cost_per_hour_saved",
    "value_of_time_saved",
    "net_monthly_saving",
    "payback_period",
    "errors_avoided",
    "errors_avoided_value",
    "nps",
    "complaint_rate",
    "mental_load_change",
    "capacity_increase",
    "time_reinvestment_mix",
    "roi_monthly",
];
Table(
    ["id", "nom (fr)", "name (en)", "better"],
    KpiCatalog.All
        .Where(kpi => metricsOfThisCase.Contains(kpi.Id))
        .Select(kpi => new[] { kpi.Id, kpi.FrenchName, kpi.EnglishName, kpi.Direction == Direction.HigherIsBetter ? "higher ↑" : "lower ↓" }));

// %% [markdown]
// Before the metrics, a warning on under-use: a tool at 50 € a month that nobody uses wastes
// 600 € a year (« 600€/an gaspillés »). Converting a monthly figure to a yearly one is
// `Period.PerYear` of a month.

// %%
Console.WriteLine($"50 € a month is {Euros(Period.Month(2026, 3).PerYear(Money.Euros(50m)))} a year (« 600€/an gaspillés »)");

// %% [markdown]
// ## Category A, month 1: the four fundamental metrics
// ### Metric 1: time saved (« temps gagné »)
// **Formula:** time saved = (time before − time after) × repetitions, per task, summed over the
// tasks. It is the easiest metric to measure and the easiest to turn into euros. `TaskTimeSaving`
// holds one line of a table of tasks; `Productivity.TotalTimeSaved` sums the table exactly and
// rounds once, to the tick.

// %%
TaskTimeSaving[] tasks =
[
    new("Comptes-rendus réunion", TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8),
    new("Emails de suivi client", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25),
    new("Rédaction de proposition commerciale", TimeSpan.FromHours(4), TimeSpan.FromHours(2), 2),
];
string[] printedPerTask = ["6h", "3h", "4h"];
var weeklyTotal = Productivity.TotalTimeSaved(tasks);

Table(
    ["task (per week)", "before", "after", "times", "saved, exact", "quoted"],
    tasks.Select((task, i) => new[] { task.Name, Time(task.TimeBefore), Time(task.TimeAfter), Number(task.Repetitions), Time(task.TimeSaved), printedPerTask[i] })
        .Append(["Total", "", "", "", Time(weeklyTotal), "13h"]));

printedFigures.Add(("M1 emails de suivi client, hours a week", "3h", 3m, (decimal)tasks[1].TimeSaved.Ticks / TimeSpan.TicksPerHour));
printedFigures.Add(("M1 total time saved, hours a week", "13h", 13m, (decimal)weeklyTotal.Ticks / TimeSpan.TicksPerHour));

// %%
Notebook.Show(
    Chart.Bars(
        "Time saved per task and week (metric 1)",
        "Hours saved a week",
        [("Comptes-rendus", 6m), ("Emails de suivi", (decimal)tasks[1].TimeSaved.Ticks / TimeSpan.TicksPerHour), ("Propositions", 4m)],
        new ValueFormat("0.## h", fr)),
    "time-saved-per-task");

// %% [markdown]
// **Thresholds, per person and per month.** The library's profitability thresholds (from 5 h a
// month per person the AI already pays, « IA déjà rentable »; from 10 h « moyenne haute »; from
// 20 h the top 10 %) are per *month*, while the table is per *week*. The library converts with one
// convention: a month is the mean Gregorian
// month, 30.436875 days, so **4.348125 weeks** (not 4). `PerMonth` of a week does it for durations
// (any ISO week: a week is 7 days); `ClassifyTimeSavedPerPersonPerMonth` then applies the bands
// (`TimeSavedLevel`), lower bounds inclusive.

// %%
var aWeek = Period.IsoWeek(2026, 10);
var monthlyPerPerson = aWeek.PerMonth(weeklyTotal);
Console.WriteLine($"12 h 55 min a week         = {Time(monthlyPerPerson)} a month (× {Number(Period.Month(2026, 3).Weeks, "0.######")})");
Console.WriteLine($"a naive 4-week month gives   {Time(weeklyTotal * 4)}: {Signed(Change.Between(monthlyPerPerson, weeklyTotal * 4).Relative.Value, 1)} against the mean month");
Console.WriteLine($"a rounded « 13h » would be   {Time(aWeek.PerMonth(TimeSpan.FromHours(13)))} a month");
Console.WriteLine($"level:                       {Productivity.ClassifyTimeSavedPerPersonPerMonth(monthlyPerPerson)}");
Console.WriteLine();
Console.WriteLine("Bands (hours per person per month):");
foreach (var band in Productivity.TimeSavedHoursPerPersonPerMonthBands.Describe())
{
    Console.WriteLine($"  {band}");
}

// %% [markdown]
// A team's time is first brought to one person and one month, whatever period it was measured
// over. The team of five that saves 50 h in March (the figure metrics 3 and 4 use) saves 10 h per
// person: exactly on the « moyenne haute » threshold. With nobody to share it among, the figure
// does not exist, and the library says so instead of dividing by zero.

// %%
var march = Period.Month(2026, 3);
Table(
    ["time saved", "measured over", "people", "per person per month", "level"],
    new (TimeSpan Time, Period Over, long People)[]
    {
        (TimeSpan.FromHours(50), march, 5),
        (TimeSpan.FromMinutes(1_497), march, 5),
        (TimeSpan.FromHours(25), march, 5),
        (TimeSpan.FromHours(100), march, 5),
        (weeklyTotal, Period.IsoWeek(2026, 6), 1),
    }.Select(example =>
    {
        var perPerson = Productivity.TimeSavedPerPersonPerMonth(example.Time, example.Over, example.People).Value;
        return new[] { Time(example.Time), example.Over.ToString(), example.People.ToString(inv), Time(perPerson), Productivity.ClassifyTimeSavedPerPersonPerMonth(perPerson).ToString() };
    }));
Console.WriteLine();
Console.WriteLine($"50 h shared among 0 people: {Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(50), march, 0).Match(Time, Undefined)}");

// %% [markdown]
// ### Metric 2: real adoption rate (« taux d'adoption réel »)
// **Formula:** adoption = active users / trained users, where an *active* user has at least 3
// business uses a week. It measures who really uses the tools, not who says so. Benchmarks: below
// 30 % a training or buy-in problem, 30 % to 60 % normal at the start, above 60 % excellent
// (`AdoptionLevel`). The weekly operational dashboard also raises an alert for every *inactive*
// user (no use at all in the week).
//
// The example's week is week 2026-W06 of `04-weekly-uses.csv`, the pilot group trained on 15/01:

// %%
var uses = File.ReadLines("docs/notebooks/data/04-weekly-uses.csv")
    .Skip(1)
    .Select(line => line.Split(','))
    .Select(f => (Week: Period.Parse(f[0], inv), Person: f[1], Team: f[2], TrainedOn: DateOnly.ParseExact(f[3], "yyyy-MM-dd", inv), Uses: int.Parse(f[4], inv)))
    .ToList();
Console.WriteLine($"{uses.Count} rows, {uses.Select(u => u.Person).Distinct().Count()} people, weeks {uses.Min(u => u.Week)} to {uses.Max(u => u.Week)}");
Console.WriteLine();

var documentWeek = uses.Where(u => u.Week == Period.IsoWeek(2026, 6)).ToList();
Table(
    ["collaborateur", "team", "trained on", "uses/week", "status", "active"],
    documentWeek.Select(u => new[] { u.Person, u.Team, u.TrainedOn.ToString("dd/MM", inv), u.Uses.ToString(inv), Engagement.ClassifyUser(u.Uses).ToString(), Engagement.IsActiveUser(u.Uses) ? "yes" : "no" }));

var documentAdoption = Engagement.AdoptionRate([.. documentWeek.Select(u => u.Uses)]).Value;
Console.WriteLine();
Console.WriteLine($"adoption rate: {Percent(documentAdoption, 4)} (quoted: « 33% »), level {Engagement.ClassifyAdoption(documentAdoption)}");
Console.WriteLine($"inactive-user alerts: {string.Join(", ", Engagement.InactiveUsers(documentWeek, u => u.Uses).Select(u => u.Person))}");
Console.WriteLine($"uses per user that week: {Number(Engagement.UsageFrequency(documentWeek.Sum(u => u.Uses), documentWeek.Count).Value, "0.00")}");
printedFigures.Add(("M2 adoption rate", "33%", 33m, documentAdoption.Percent));

// %% [markdown]
// Week after week, with the second group (trained on 12/02) counted from its first full week. The
// pilot group's low adopters were coached in W09: Thomas and Julie come back, while Karim, in the
// second group, drops out.

// %%
var weeks = uses.Select(u => u.Week).Distinct().Order().ToList();
var adoptionByWeek = new List<(Period Week, Rate Adoption)>();
Table(
    ["week", "trained", "active", "adoption", "level", "uses/user", "inactive alerts"],
    weeks.Select(week =>
    {
        var rows = uses.Where(u => u.Week == week).ToList();
        var adoption = Engagement.AdoptionRate([.. rows.Select(u => u.Uses)]).Value;
        adoptionByWeek.Add((week, adoption));
        var inactive = Engagement.InactiveUsers(rows, u => u.Uses).Select(u => u.Person).ToList();
        return new[]
        {
            week.ToString(), rows.Count.ToString(inv), rows.Count(u => Engagement.IsActiveUser(u.Uses)).ToString(inv), Percent(adoption, 1),
            Engagement.ClassifyAdoption(adoption).ToString(), Number(Engagement.UsageFrequency(rows.Sum(u => u.Uses), rows.Count).Value, "0.0"),
            inactive.Count == 0 ? "-" : string.Join(", ", inactive),
        };
    }));
Console.WriteLine();
Console.WriteLine($"nobody trained yet: {Engagement.AdoptionRate(0, 0).Match(r => Percent(r), Undefined)}");
Console.WriteLine($"no row at all:      {Engagement.AdoptionRate(ReadOnlySpan<int>.Empty).Match(r => Percent(r), Undefined)}");

// %%
Notebook.Show(
    Chart.Lines(
        "Real adoption rate per week (active = 3 business uses or more)",
        "Week",
        "Adoption rate",
        [.. adoptionByWeek.Select(w => w.Week.ToString()[5..])],
        [new LineSeries("Adoption rate", [.. adoptionByWeek.Select(w => (decimal?)w.Adoption.Fraction)])],
        new ToleranceBand($"Normal at start ({Percent(Rate.FromFraction(0.3m), 0)} to {Percent(Rate.FromFraction(0.6m), 0)})", [.. adoptionByWeek.Select(_ => 0.3m)], [.. adoptionByWeek.Select(_ => 0.6m)]),
        new ValueFormat("P1", fr, tickPattern: "P0")),
    "adoption");

// %% [markdown]
// ### Metric 3: cost per hour saved (« coût par heure gagnée »)
// **Formula:** cost per hour saved = total tool cost / hours saved, the accountants' favourite:
// what each freed hour costs. The example: 200 € a month (licences and amortised
// training) for 50 h saved. Bands in €/h: below 10 excellent, 10 to 20 profitable, above 20 revisit
// the tool or its use (`CostPerHourSavedLevel`). Compare the 4 € with the hourly cost
// of the alternatives, which the library exposes as constants.

// %%
var monthlyCost = Money.Euros(200m);
var hoursSavedPerMonth = TimeSpan.FromHours(50);
var costPerHour = ReturnOnInvestment.CostPerHourSaved(monthlyCost, hoursSavedPerMonth).Value;
Console.WriteLine($"200 € / 50 h = {Euros(costPerHour)} per hour saved (quoted: « 4€ »), level {ReturnOnInvestment.ClassifyCostPerHourSaved(costPerHour)}");
Console.WriteLine();
Table(
    ["solution", "cost / h", "× the AI's", "level as a cost per hour saved"],
    new (string Name, Money PerHour)[]
    {
        ("IA (our example)", costPerHour),
        ("Stagiaire (salaire + charges)", ReturnOnInvestment.HourlyCostOfIntern),
        ("CDI (coût chargé)", ReturnOnInvestment.HourlyCostOfEmployee),
        ("Freelance (taux moyen)", ReturnOnInvestment.HourlyCostOfFreelance),
    }.Select(s => new[] { s.Name, Euros(s.PerHour), Ratio.Of(s.PerHour, costPerHour).ToString("G2", fr), ReturnOnInvestment.ClassifyCostPerHourSaved(s.PerHour).ToString() }));
Console.WriteLine();
Console.WriteLine($"edges: 10 € → {ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(10m))}, 20 € → {ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(20m))}, 20,01 € → {ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(20.01m))}");
Console.WriteLine($"no hour saved: {ReturnOnInvestment.CostPerHourSaved(monthlyCost, TimeSpan.Zero).Match(Euros, Undefined)}");

// %% [markdown]
// ### Metric 4: payback period (« délai de rentabilité »)
// **Formula:** payback = initial investment / (value of the hours saved per month − monthly cost).
// The value of an hour is the loaded cost of an employee, 35 €; the initial investment, 1 500 €,
// must include training (otherwise the ROI is artificially inflated).
// Benchmarks: below 2 months excellent, 2 to 6 good, above 6 challenge the tool or the use case
// (`PaybackLevel`). When the tool costs more each month than it saves, it never pays back: the
// result is *undefined* with the reason `NeverPaidBack`, never a negative or infinite number of months.

// %%
var investment = Money.Euros(1_500m);
var hourlyValue = ReturnOnInvestment.HourlyCostOfEmployee;
var valueOfTime = ReturnOnInvestment.ValueOfTimeSaved(hoursSavedPerMonth, hourlyValue);
var netMonthlySaving = ReturnOnInvestment.NetMonthlySaving(hoursSavedPerMonth, hourlyValue, monthlyCost);
var payback = ReturnOnInvestment.PaybackPeriodInMonths(investment, netMonthlySaving).Value;
Console.WriteLine($"value of the hours saved: 50 h × {Euros(hourlyValue)} = {Euros(valueOfTime)}");
Console.WriteLine($"net monthly saving:       {Euros(valueOfTime)} − {Euros(monthlyCost)} = {Euros(netMonthlySaving)} (quoted: « 1 550€ »)");
Console.WriteLine($"payback:                  {Euros(investment)} / {Euros(netMonthlySaving)} = {payback.ToString(inv)} months (every digit)");
Console.WriteLine($"                          = 30/31 of a month, about {Number(payback * 30.436875m, "0.0")} days (quoted: « Délai : 1 mois »)");
Console.WriteLine($"level:                    {ReturnOnInvestment.ClassifyPayback(payback)}");
printedFigures.Add(("M4 payback period, months", "1 mois", 1m, payback));

// %% [markdown]
// The same formula for less successful roll-outs: how many hours a month the tool must save. At
// 200 € / 35 € = 5.714... h a month the value only covers the licence, and below that the tool
// never pays back.

// %%
var scenarios = new (string Name, TimeSpan Hours)[]
{
    ("50 h a month (example)", TimeSpan.FromHours(50)),
    ("20 h a month", TimeSpan.FromHours(20)),
    ("10 h a month", TimeSpan.FromHours(10)),
    ("5 h a month", TimeSpan.FromHours(5)),
};
Table(
    ["scenario", "net saving / month", "payback (months)", "level"],
    scenarios.Select(s =>
    {
        var net = ReturnOnInvestment.NetMonthlySaving(s.Hours, hourlyValue, monthlyCost);
        var months = ReturnOnInvestment.PaybackPeriodInMonths(investment, net);
        return new[]
        {
            s.Name, Euros(net), months.Match(m => Number(m, "0.00"), (reason, _) => reason.ToString()),
            months.Match(m => ReturnOnInvestment.ClassifyPayback(m).ToString(), (_, _) => "-"),
        };
    }));
var neverPaidBack = ReturnOnInvestment.PaybackPeriodInMonths(investment, TimeSpan.FromHours(5), hourlyValue, monthlyCost);
Console.WriteLine();
Console.WriteLine($"5 h a month: {neverPaidBack.Match(m => Number(m), Undefined)}");
try
{
    _ = neverPaidBack.Value;
}
catch (UndefinedKpiException e)
{
    Console.WriteLine($"asking for its Value anyway throws {nameof(UndefinedKpiException)}: {e.Message}");
}

// %% [markdown]
// **The payback curve:** the cumulative net saving month after month, starting from −1 500 € (the
// investment) and rising by the net monthly saving. It crosses zero during the first month in the
// example, in the third at 20 h, the tenth at 10 h, and never at 5 h.

// %%
var monthLabels = Enumerable.Range(0, 13).Select(m => "M" + m.ToString(inv)).ToList();
var curves = scenarios.Select(s =>
{
    var net = ReturnOnInvestment.NetMonthlySaving(s.Hours, hourlyValue, monthlyCost);
    return new LineSeries(s.Name, [.. Enumerable.Range(0, 13).Select(m => (decimal?)(net * m - investment).Amount)]);
}).ToList();
Table(
    ["month", .. scenarios.Select(s => s.Name[..s.Name.IndexOf(" a month", StringComparison.Ordinal)])],
    monthLabels.Select((label, m) => new[] { label }.Concat(curves.Select(c => Euros(Money.Euros(c.Values[m]!.Value)))).ToArray()).Where((_, m) => m <= 3 || m % 3 == 0));
Notebook.Show(
    Chart.Lines(
        $"Payback curve: cumulative net saving after a {investment.ToString("C0", fr)} investment",
        "Months after the investment",
        "Cumulative net saving",
        monthLabels,
        curves,
        band: null,
        new ValueFormat("C", fr, tickPattern: "C0")),
    "payback-curve");

// %% [markdown]
// ## Category B, month 2: the four quality metrics
// ### Metric 5: errors avoided (« taux d'erreurs évitées »)
// **Formula:** errors avoided = errors before − errors after, per error type and in total; their
// value = errors avoided × the average cost of an error (150 € in time and image). Relevant for
// proofreading, checks and quality control.

// %%
var errorTypes = new (string Type, long Before, long After)[]
{
    ("Fautes dans devis", 12, 2),
    ("Oublis emails clients", 8, 1),
    ("Erreurs de calcul", 5, 0),
};
long[] errorsBefore = [.. errorTypes.Select(e => e.Before)];
long[] errorsAfter = [.. errorTypes.Select(e => e.After)];
var errorsAvoided = Productivity.ErrorsAvoided(errorsBefore, errorsAfter);
Table(
    ["type d'erreur (per month)", "before", "after", "avoided"],
    errorTypes.Select(e => new[] { e.Type, e.Before.ToString(inv), e.After.ToString(inv), Productivity.ErrorsAvoided(e.Before, e.After).ToString(inv) })
        .Append(["Total", errorsBefore.Sum().ToString(inv), errorsAfter.Sum().ToString(inv), errorsAvoided.ToString(inv)]));
Console.WriteLine();
Console.WriteLine($"errors per month: {errorsBefore.Sum()} → {errorsAfter.Sum()}, {Signed(Change.Between((decimal)errorsBefore.Sum(), errorsAfter.Sum()).Relative.Value, 1)} ({errorsAvoided} avoided)");
Console.WriteLine($"monthly value: {errorsAvoided} × 150 € = {Euros(Productivity.ErrorsAvoidedValue(errorsAvoided, Money.Euros(150m)))} (quoted: « 3 300€ »)");

// %% [markdown]
// ### Metric 6: customer satisfaction (« score de satisfaction client »)
// **Net Promoter Score:** the share of promoters (answers 9 and 10) minus the share of detractors
// (0 to 6) to « would you recommend us, from 0 to 10? », a score from −100 to +100. The two surveys
// in `04-nps-answers.csv`:

// %%
var answers = File.ReadLines("docs/notebooks/data/04-nps-answers.csv")
    .Skip(1)
    .Select(line => line.Split(','))
    .Select(f => (Survey: f[0], Answer: byte.Parse(f[2], inv)))
    .ToList();
var nps = new Dictionary<string, decimal>();
string[] surveys = ["before", "after"];
Table(
    ["survey", "answers", "promoters", "passives", "detractors", "NPS"],
    surveys.Select(survey =>
    {
        byte[] surveyAnswers = [.. answers.Where(a => a.Survey == survey).Select(a => a.Answer)];
        nps[survey] = Satisfaction.NetPromoterScore(surveyAnswers).Value;
        var count = (NpsCategory category) => surveyAnswers.Count(a => Satisfaction.ClassifyNpsAnswer(a) == category).ToString(inv);
        return new[] { survey, surveyAnswers.Length.ToString(inv), count(NpsCategory.Promoter), count(NpsCategory.Passive), count(NpsCategory.Detractor), Number(nps[survey]) };
    }));
Console.WriteLine();
Console.WriteLine($"a survey nobody answered: {Satisfaction.NetPromoterScore(ReadOnlySpan<byte>.Empty).Match(s => Number(s), Undefined)}");

// %% [markdown]
// A before/after table of a customer service assisted by AI (« Service client augmenté par IA »)
// mixes three kinds of evolution, and the
// library keeps them apart: `Change.Between` gives the absolute change in the KPI's own unit
// (score points for the NPS, a duration, *percentage points* for a rate) and the relative change.
// The catalogue's direction says whether the change is good news.

// %%
var npsChange = Change.Between(nps["before"], nps["after"]);
var responseTime = Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45));
var complaintRate = Change.Between(Satisfaction.ComplaintRate(8, 100).Value, Satisfaction.ComplaintRate(3, 100).Value);
Table(
    ["indicateur", "before", "after", "absolute", "relative, exact", "quoted", "reading"],
    [
        ["NPS", Number(npsChange.Before), Number(npsChange.After), "+" + Number(npsChange.Absolute) + " points", Signed(npsChange.Relative.Value), "+50%", npsChange.Assess(KpiCatalog.Get(KpiIds.Nps).Direction).ToString()],
        ["Temps de réponse", Time(responseTime.Before), Time(responseTime.After), Time(responseTime.Absolute), Signed(responseTime.Relative.Value), "-81%", responseTime.Assess(KpiCatalog.Get(KpiIds.AverageResponseTime).Direction).ToString()],
        ["Taux de réclamation", Percent(complaintRate.Before, 0), Percent(complaintRate.After, 0), Points(complaintRate.Absolute), Signed(complaintRate.Relative.Value), "-62%", complaintRate.Assess(KpiCatalog.Get(KpiIds.ComplaintRate).Direction).ToString()],
    ]);
printedFigures.Add(("M6 NPS 32 -> 48, relative %", "+50%", 50m, npsChange.Relative.Value.Percent));
printedFigures.Add(("M6 response time 4 h -> 45 min, %", "-81%", -81m, responseTime.Relative.Value.Percent));
printedFigures.Add(("M6 complaint rate 8 % -> 3 %, %", "-62%", -62m, complaintRate.Relative.Value.Percent));

// %% [markdown]
// NPS changes are usually quoted in points (+16), sometimes as the relative change (+50 %):
// both are right, but they must be labelled. The same goes for the complaint rate: −5 points is
// −62.5 %. A relative change from zero does not exist:

// %%
Console.WriteLine($"NPS 0 → 20: {Change.Between(0m, 20m).Relative.Match(r => Percent(r), Undefined)}");

// %% [markdown]
// ### Metric 7: quality of deliverables (« qualité des livrables »)
// Typical gains by trade (quote conversion +15 %, email open rate +22 %,
// candidate response rate +40 %, clarification requests −30 %) come without data to recompute. They are
// relative changes of rates, and a relative gain is not a gain in points:

// %%
var quoteConversion = Rate.FromPercent(20m);
var plus15 = Targets.RelativeTarget(quoteConversion, Rate.FromPercent(15m));
Console.WriteLine($"a quote conversion of {Percent(quoteConversion, 0)} improved by +15 % is {Percent(plus15, 0)}: {Points(plus15 - quoteConversion)}, not +15 points");

// %% [markdown]
// ### Metric 8: reduced mental load (« charge mentale réduite »)
// **Measure:** a simple internal survey on a 1-to-10 scale, before and after automating a task;
// the metric is the change in the score. Lower is better: less mental load means less turnover,
// and a departure costs 6 to 12 months of salary.

// %%
var mentalLoad = new (string Person, string Task, decimal Before, decimal After, string Printed)[]
{
    ("Sophie", "Veille concurrence", 7m, 3m, "-57%"),
    ("Marc", "Relance clients", 8m, 2m, "-75%"),
    ("Julie", "Saisie données", 9m, 4m, "-56%"),
};
Table(
    ["collaborateur", "tâche", "before", "after", "change, exact", "quoted", "reading"],
    mentalLoad.Select(m =>
    {
        var change = Satisfaction.MentalLoadChange(m.Before, m.After).Value;
        printedFigures.Add(($"M8 mental load {m.Person}, %", m.Printed, decimal.Parse(m.Printed.TrimEnd('%'), inv), change.Relative.Value.Percent));
        return new[] { m.Person, m.Task, Number(m.Before) + "/10", Number(m.After) + "/10", Signed(change.Relative.Value), m.Printed, change.Assess(KpiCatalog.Get(KpiIds.MentalLoadChange).Direction).ToString() };
    }));
var team = Satisfaction.MentalLoadChange([.. mentalLoad.Select(m => m.Before)], [.. mentalLoad.Select(m => m.After)]).Value;
Console.WriteLine();
Console.WriteLine($"team: mean {Number(team.Before)} → {Number(team.After)}, {Signed(team.Relative.Value)} (the change of the mean, not the mean of the changes)");

// %% [markdown]
// ## Category C, month 3: the four business metrics
// ### Metric 9: impact on revenue (« impact sur le CA »)
// Gains such as +15 k€ a month from better prospecting or +12 k€ from reactivated
// customers are illustrations without the data to recompute them. The warning is the point:
// correlation is not causation, so compare equivalent periods (same season, same team). Notebook
// 05 shows how to measure a baseline over the 30 days before acting and follow a target from it.
//
// ### Metric 10: processing capacity (« capacité de traitement augmentée »)
// **Formula:** capacity increase = (units handled after − units handled before) / units before,
// without hiring; the additional revenue = extra units × average basket. A small
// consultancy went from 8 to 11 clients a month, with a 3 500 € average basket.

// %%
var capacity = Productivity.CapacityIncrease(8m, 11m).Value;
Console.WriteLine($"8 → 11 clients a month: {Signed(capacity)} of capacity (quoted: « +37% »)");
Console.WriteLine($"additional revenue:     (11 − 8) × 3 500 € = {Euros(SalesValue.AdditionalRevenueFromCapacity(8m, 11m, Money.Euros(3_500m)))} a month (quoted: « 10 500€/mois »)");
Console.WriteLine($"from nothing before:    {Productivity.CapacityIncrease(0m, 3m).Match(r => Percent(r), Undefined)}");
printedFigures.Add(("M10 capacity 8 -> 11, %", "+37%", 37m, capacity.Percent));

// %% [markdown]
// ### Metric 11: customer acquisition cost (« coût d'acquisition client »)
// With automated prospecting, the cost of a qualified lead fell from 85 € to 38 € and the
// conversion of leads into customers rose from 12 % to 18 %. **Formula:** CAC = cost per qualified
// lead / lead-to-customer conversion rate: 85 € / 12 % = 708.33 €.

// %%
var cacBefore = Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.FromPercent(12m)).Value;
var cacAfter = Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(38m), Rate.FromPercent(18m)).Value;
var timePerLead = Change.Between(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(20));
var costPerLead = Change.Between(Money.Euros(85m), Money.Euros(38m));
var conversion = Change.Between(Rate.FromPercent(12m), Rate.FromPercent(18m));
var cac = Change.Between(cacBefore, cacAfter);
Table(
    ["indicateur", "before", "after", "evolution, exact", "quoted", "reading"],
    [
        ["Temps commercial/lead", Time(timePerLead.Before), Time(timePerLead.After), Signed(timePerLead.Relative.Value), "-56%", timePerLead.Assess(KpiCatalog.Get(KpiIds.TimePerLead).Direction).ToString()],
        ["Coût par lead qualifié", Euros(costPerLead.Before), Euros(costPerLead.After), Signed(costPerLead.Relative.Value), "-55%", costPerLead.Assess(KpiCatalog.Get(KpiIds.CostPerQualifiedLead).Direction).ToString()],
        ["Taux de conversion", Percent(conversion.Before, 0), Percent(conversion.After, 0), Signed(conversion.Relative.Value) + " (" + Points(conversion.Absolute) + ")", "+50%", conversion.Assess(KpiCatalog.Get(KpiIds.ConversionRate).Direction).ToString()],
        ["CAC final", Euros(cac.Before), Euros(cac.After), Signed(cac.Relative.Value), "-70%", cac.Assess(KpiCatalog.Get(KpiIds.CacFromLeadCost).Direction).ToString()],
    ]);
Console.WriteLine();
Console.WriteLine($"CAC before, every digit: {cacBefore.ToString("R", inv)} (quoted: « 708€ »)");
Console.WriteLine($"CAC after, every digit:  {cacAfter.ToString("R", inv)} (quoted: « 211€ »)");
Console.WriteLine($"a 0 % conversion:        {Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.Zero).Match(Euros, Undefined)}");
printedFigures.Add(("M11 time per lead 45 -> 20 min, %", "-56%", -56m, timePerLead.Relative.Value.Percent));
printedFigures.Add(("M11 cost per qualified lead, %", "-55%", -55m, costPerLead.Relative.Value.Percent));
printedFigures.Add(("M11 CAC before, €", "708€", 708m, cacBefore.Amount));
printedFigures.Add(("M11 CAC after, €", "211€", 211m, cacAfter.Amount));
printedFigures.Add(("M11 CAC change, %", "-70%", -70m, cac.Relative.Value.Percent));

// %% [markdown]
// ### Metric 12: value of the freed time reinvested (« valeur du temps libéré réinvesti »)
// Do the saved hours create value, or go to scrolling LinkedIn? A monthly survey (« Qu'avez-vous
// fait du temps gagné ? ») gives the mix of the four uses. The library checks that the shares add up
// to **exactly** 100 %: the example's 45/25/15/15 does.

// %%
string[] reinvestmentUses = ["Développement commercial", "Amélioration produit", "Formation équipe", "Équilibre vie pro/perso"];
var mix = Productivity.TimeReinvestmentMix(reinvestmentUses, [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
Table(
    ["usage", "share", "of the team's 50 h"],
    mix.Select(share => new[] { share.Use, Percent(share.Share, 0), Time(hoursSavedPerMonth * (double)share.Share.Fraction) }));
Console.WriteLine();
Console.WriteLine($"total: {mix.Total.ToString("R", inv)}");

// %% [markdown]
// From the hours each person reports instead, the shares are rounded by the largest-remainder
// method so that they still add up to exactly 100 %; shares that do not (three times 33.33 %) are
// refused rather than silently stretched.

// %%
var surveyHours = new[] { TimeSpan.FromHours(21) + TimeSpan.FromMinutes(20), TimeSpan.FromHours(12) + TimeSpan.FromMinutes(10), TimeSpan.FromHours(8) + TimeSpan.FromMinutes(40), TimeSpan.FromHours(7) + TimeSpan.FromMinutes(50) };
var surveyMix = Productivity.TimeReinvestmentMix(reinvestmentUses, surveyHours, decimals: 4).Value;
Table(
    ["usage", "hours reported", "share"],
    surveyMix.Select((share, i) => new[] { share.Use, Time(surveyHours[i]), Percent(share.Share) }));
Console.WriteLine($"total: {surveyMix.Total.ToString("R", inv)}");
try
{
    _ = Productivity.TimeReinvestmentMix(reinvestmentUses.AsSpan(0, 3), [Rate.FromPercent(33.33m), Rate.FromPercent(33.33m), Rate.FromPercent(33.33m)]);
}
catch (ArgumentException e)
{
    Console.WriteLine($"3 × 33.33 %: {e.Message}");
}

// %% [markdown]
// ## The monthly ROI (« ROI financier mensuel »)
// The financial dashboard reports the valued gains of the month (hours × hourly value) against the
// month's costs. With the example's numbers it is
// 1 750 € / 200 € = **8.75 : 1**. Two forms must not be confused: the *ratio* gains : costs (8.75 : 1)
// and the *net* ROI (gains − costs) / costs (+775 %); break-even is 1 : 1, which is 0 %.

// %%
var monthlyRoi = ReturnOnInvestment.MonthlyRoi(hoursSavedPerMonth, hourlyValue, monthlyCost).Value;
Table(
    ["financial dashboard", "value"],
    [
        ["costs of the month (licences, amortised training)", Euros(monthlyCost)],
        ["valued gains (50 h × 35 €)", Euros(valueOfTime)],
        ["monthly ROI, gains : costs", monthlyRoi.ToString("G2", fr)],
        ["net ROI, (gains − costs) / costs", Percent(ReturnOnInvestment.NetRoi(valueOfTime, monthlyCost).Value, 0)],
        ["net monthly saving", Euros(netMonthlySaving)],
        ["payback of the 1 500 € investment", Number(payback, "0.00") + " months, " + ReturnOnInvestment.ClassifyPayback(payback)],
    ]);
Console.WriteLine();
Console.WriteLine($"a month that cost nothing: {ReturnOnInvestment.MonthlyRoi(valueOfTime, Money.Euros(0m)).Match(r => r.ToString("G2", fr), Undefined)}");

// %% [markdown]
// ## Which quoted figures are rounded or truncated
// The library returns exact values; the figures usually quoted are whole numbers. Most are
// rounded (2 h 55 is « 3h », 0.97 month is « 1 mois », −55.56 % is « −56% »), but two are
// truncated: −62.5 % quoted as
// « −62% » and +37.5 % as « +37% ». Rounding half away from zero gives −63 % and +38 %; rounding
// half to even would give −62 % but +38 %, so truncation is the only reading that fits both. The
// reading column is computed: the quoted figure compared with the exact value rounded half away
// from zero, and truncated.

// %%
string Reading(decimal exact, decimal printed)
{
    if (exact == printed)
    {
        return "exact";
    }

    var rounded = Math.Round(exact, 0, MidpointRounding.AwayFromZero) == printed;
    var truncated = Math.Truncate(exact) == printed;
    return rounded && truncated ? "rounded (= truncated)" : rounded ? "rounded" : truncated ? "truncated" : "neither";
}

Table(
    ["figure", "quoted", "exact", "reading"],
    printedFigures.Select(f => new[] { f.Metric, f.Printed, Number(f.Exact, "0.####"), Reading(f.Exact, f.PrintedValue) }));
