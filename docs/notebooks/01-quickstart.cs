#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # KpiFormulas in ten minutes
// The value types every KPI is expressed in: Money (exact, one currency at a time), Rate (a
// fraction, with percentage points as its own type), Ratio (x : 1) and Period (a range of dates).
// Run it with `dotnet run docs/notebooks/01-quickstart.cs` from the repository root.

// %%
using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using KpiFormulas;
using KpiFormulas.Charts;
using KpiFormulas.Formulas;

var french = CultureInfo.GetCultureInfo("fr-FR");
var english = CultureInfo.GetCultureInfo("en-US");

// %% [markdown]
// ## Money never loses a cent
// A net monthly saving: 50 hours saved at 35 € an hour, minus a 200 € tool.

// %%
var hourlyValue = Money.Euros(35m);
var monthlyCost = Money.Euros(200m);
var netSaving = (hourlyValue * 50m) - monthlyCost;
Console.WriteLine($"Net monthly saving: {netSaving.ToString("C", french)}  ({netSaving.ToString("C", english)})");
Console.WriteLine($"Round-trip form:    {netSaving.ToString("R", null)}");

// Splitting and allocating never create or lose a minor unit.
var budget = Money.Euros(100m);
Console.WriteLine($"100 € in 3 parts:   {string.Join(" + ", Array.ConvertAll(budget.Split(3), m => m.ToString("C", french)))}");
Console.WriteLine($"by 45/25/15/15:     {string.Join(" + ", Array.ConvertAll(budget.Allocate(45m, 25m, 15m, 15m), m => m.ToString("C", french)))}");

// Mixing currencies is refused, with both codes named.
try
{
    _ = Money.Euros(10m) + Money.UsDollars(10m);
}
catch (CurrencyMismatchException e)
{
    Console.WriteLine($"EUR + USD:          {e.Message}");
}

// %% [markdown]
// The same allocation as a chart. Notebooks draw charts with the small SVG writer in
// docs/tooling/KpiFormulas.Charts; `Notebook.Show` saves one next to the notebook
// (01-quickstart-allocation.svg) and the rendering shows it inline.

// %%
var allocation = budget.Allocate(45m, 25m, 15m, 15m);
Notebook.Show(
    Chart.Bars("100 € allocated by 45/25/15/15", "Amount", [.. allocation.Select((part, i) => ($"Part {i + 1}", part.Amount))], new ValueFormat("C", french, tickPattern: "C0")),
    "allocation");

// %% [markdown]
// ## Rates, points and relative changes are different things
// A complaint rate that fell from 8 % to 3 %: that is −5 points, and −62.5 % relative.

// %%
var before = Rate.FromPercent(8m);
var after = Rate.FromPercent(3m);
Console.WriteLine($"Absolute change:    {(after - before).ToString(null, french)}");
Console.WriteLine($"Relative change:    {Change.Between(before, after).Relative.Value.ToString("P1", french)}");

// A monthly churn of 2 % is 1 − 0.98^12 a year, computed in decimal.
var monthlyChurn = Rate.FromPercent(2m);
Console.WriteLine($"2 % a month is      {Retention.ChurnOverPeriods(monthlyChurn, 12m).ToString("P2", french)} a year");

// %% [markdown]
// ## Ratios and periods

// %%
var ltvToCac = Ratio.Of(Money.Euros(10_000m), Money.Euros(3_000m));
Console.WriteLine($"LTV/CAC:            {ltvToCac.ToString(null, french)}");

var march = Period.Month(2026, 3);
var baseline = Period.LastDays(30, new DateOnly(2026, 4, 1));
Console.WriteLine($"Period:             {march} ({march.ToString("L", french)}), {march.Days} days, previous {march.Previous()}");
Console.WriteLine($"30-day baseline:    {baseline} = [{baseline.Start:yyyy-MM-dd}, {baseline.End:yyyy-MM-dd})");

// %% [markdown]
// ## JSON, as a web service sends it

// %%
Console.WriteLine(JsonSerializer.Serialize(new { netSaving, complaintRate = after, march, ltvToCac }));
