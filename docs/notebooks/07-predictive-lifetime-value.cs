#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # Which customers are still alive? Predictive lifetime value on CDNOW
// The documents value a customer as **basket × purchases per year × years of relationship**
// (notebook 03). That is fine on a whiteboard, and wrong for a real customer base: most buyers never
// come back, the few who do differ widely, and nobody tells a shop when they leave. This notebook
// answers the questions a data team asks instead:
//
// 1. Which customers are still "alive", that is, will buy again (« probabilité d'être encore actif »)?
// 2. How many purchases will each of them make, and what is each worth (« valeur vie client
//    prédictive »)?
// 3. Where does the documents' simple LTV go wrong?
//
// This first part prepares what the models read, the customer summaries, and puts the documents'
// simple LTV to the test of the months that followed.
//
// The data is the **CDNOW sample**, the reference data set of the customer-base models: the 6 919
// purchases of 2 357 customers of the online music shop CDNOW, who all bought for the first time in
// the first quarter of 1997, followed until the end of June 1998. Bruce Hardie published it with the
// papers of Fader, Hardie and Lee (2005), and every implementation (R's BTYD and CLVTools, Python's
// lifetimes and PyMC-Marketing) is checked on it. The repository keeps a copy beside the tests,
// `tests/KpiFormulas.Tests/Data/cdnow/`, with its provenance. Run the notebook from the repository
// root with `dotnet run docs/notebooks/07-predictive-lifetime-value.cs`.

// %%
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KpiFormulas;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Charts;

var invariant = CultureInfo.InvariantCulture;
var english = (CultureInfo)CultureInfo.GetCultureInfo("en-US").Clone();

// One line per purchase: master id, sample customer id (1..2357), date (yyyymmdd), CDs, dollars.
var purchases = File.ReadLines(Path.Combine("tests", "KpiFormulas.Tests", "Data", "cdnow", "CDNOW_sample.txt"))
    .Where(line => !string.IsNullOrWhiteSpace(line))
    .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    .Select(f => (Customer: int.Parse(f[1], invariant), Date: DateOnly.ParseExact(f[2], "yyyyMMdd", invariant), Dollars: decimal.Parse(f[4], invariant)))
    .ToList();

var origin = new DateOnly(1997, 1, 1);
Console.WriteLine($"Purchases: {purchases.Count:N0}, {purchases.Min(p => p.Date):yyyy-MM-dd} to {purchases.Max(p => p.Date):yyyy-MM-dd}");
Console.WriteLine($"Customers: {purchases.Select(p => p.Customer).Distinct().Count():N0}, first purchases from {purchases.GroupBy(p => p.Customer).Min(g => g.Min(p => p.Date)):yyyy-MM-dd} to {purchases.GroupBy(p => p.Customer).Max(g => g.Min(p => p.Date)):yyyy-MM-dd}");
Console.WriteLine($"Revenue:   {purchases.Sum(p => p.Dollars).ToString("C0", english)}");

// %% [markdown]
// ## From transactions to the customer summary
// The models do not read transactions: they read, for each customer, three numbers of a
// **calibration** window (here the first 39 weeks, to 30 September 1997), in one time unit (weeks):
//
// - **x**, the repeat purchases: the purchase days after the first one (two purchases on one day
//   count once, the first purchase is not a repeat);
// - **t_x**, the recency: the time from the first purchase to the last repeat purchase (0 without one);
// - **T**, the time observed: from the first purchase to the end of the window.
//
// Beside them, the mean value of the repeat purchases z̄ (for the spend model), and what each customer
// bought in the **holdout** window that follows (to 30 June 1998), kept aside to check the forecasts.
//
// `CustomerSummaryAccumulator` builds the summaries in one pass over columns (customer id, date,
// amount), mergeable like every accumulator of the library, so the same code summarises millions of
// rows on every core (`Partitioned.Aggregate`) or in a map-reduce engine. On this sample one call does.

// %%
var calibrationEnd = new DateOnly(1997, 9, 30);
var holdoutEnd = new DateOnly(1998, 6, 30);
var week = TimeSpan.FromDays(7);
var customerCount = purchases.Max(p => p.Customer);

var accumulator = new CustomerSummaryAccumulator(customerCount, Currency.USD, calibrationEnd, holdoutEnd, week);
accumulator.Add(
    purchases.Select(p => p.Customer - 1).ToArray(),   // dense ids 0..2356
    purchases.Select(p => p.Date).ToArray(),
    purchases.Select(p => p.Dollars).ToArray());
var summaries = accumulator.Result();                  // keyed by dense id

Console.WriteLine($"{"Customer",8} {"x",3} {"t_x",6} {"T",6} {"z̄",8} {"holdout",8} {"value",8}");
foreach (var id in new[] { 0, 1, 2, 3, 4, 5 })
{
    var s = summaries[id];
    var mean = s.MeanRepeatValue.TryGetValue(out var value) ? value.Amount.ToString("N2", english) : "-";
    Console.WriteLine($"{id + 1,8:0000} {s.RepeatPurchases,3} {s.Recency,6:N2} {s.TimeObserved,6:N2} {mean,8} {s.HoldoutPurchases,8} {s.HoldoutValue.Amount.ToString("N2", english),8}");
}

var repeaters = summaries.Values.Count(s => s.RepeatPurchases > 0);
Console.WriteLine();
Console.WriteLine($"Customers summarised:           {summaries.Count:N0}");
Console.WriteLine($"With a repeat purchase:         {repeaters:N0} ({(decimal)repeaters / summaries.Count:P1})");
Console.WriteLine($"Repeat purchases, calibration:  {summaries.Values.Sum(s => s.RepeatPurchases):N0}");
Console.WriteLine($"Purchases, holdout:             {summaries.Values.Sum(s => s.HoldoutPurchases):N0}");

// %% [markdown]
// The first customer's line reads: two repeat purchases in the calibration window, the last one
// 30.43 weeks after the first purchase, observed for 38.86 weeks (1 January to 30 September), 22.35 $
// a repeat purchase on average, and one purchase of 26.48 $ in the holdout window. These are the
// figures of the published summary file.
//
// ## What happened next
// Before any model, the data already shows the shape of the problem. Week after week, the
// cumulative repeat purchases of the 2 357 customers: the curve bends as customers fall silent,
// and nothing in a customer's own record says when they left.


// %%
var weeks = Enumerable.Range(1, 78).ToArray();

// The repeat purchase days of each customer, as days since 1 January 1997.
var repeatDays = purchases
    .GroupBy(p => p.Customer)
    .SelectMany(customer => customer.Select(p => p.Date.DayNumber - origin.DayNumber).Distinct().Order().Skip(1))
    .ToList();
var actualCumulative = weeks.Select(w => (decimal)repeatDays.Count(day => day < w * 7)).ToArray();

Console.WriteLine($"{"Week",5} {"Repeat purchases",17} {"in the quarter",15}");
foreach (var w in new[] { 13, 26, 39, 52, 65, 78 })
{
    Console.WriteLine($"{w,5} {actualCumulative[w - 1],17:N0} {actualCumulative[w - 1] - (w > 13 ? actualCumulative[w - 14] : 0m),15:N0}");
}

Notebook.Show(
    Chart.Lines(
        "CDNOW: cumulative repeat purchases, weeks 1-78",
        "Week since 1 January 1997",
        "Repeat purchases",
        [.. weeks.Select(w => w.ToString(invariant))],
        [new LineSeries("Actual", [.. actualCumulative.Select(v => (decimal?)v)])],
        band: null,
        new ValueFormat("N0", english)),
    "cumulative-purchases");

// %% [markdown]
// ## The documents' simple LTV, and what it missed
// The documents' formula, per customer, with the calibration figures: their own average basket
// (every purchase, the first included), times their own purchases per year (purchase days / weeks
// observed × 52), times one relationship length for everyone, 1 / yearly churn. The churn is
// estimated the way a dashboard would: the share of the customers who did not buy again in the 39
// weeks after the calibration window, scaled to a year (`Retention.ChurnPerPeriod`,
// `Retention.ChurnOverPeriods`).

// %%
var calibrationPurchases = purchases
    .Where(p => p.Date <= calibrationEnd)
    .GroupBy(p => p.Customer - 1)
    .ToDictionary(g => g.Key, g => (Days: g.Select(p => p.Date).Distinct().Count(), Dollars: g.Sum(p => p.Dollars)));
var lostInHoldout = Retention.ChurnRate(summaries.Values.Count(s => s.HoldoutPurchases == 0), summaries.Count).Value;
var yearlyChurn = Retention.ChurnOverPeriods(Retention.ChurnPerPeriod(lostInHoldout, 39m), 52m);
var relationshipYears = 1m / yearlyChurn.Fraction;
Console.WriteLine($"No purchase in the 39 holdout weeks: {lostInHoldout.Fraction.ToString("P1", english)}; as a yearly churn: {yearlyChurn.Fraction.ToString("P1", english)}; relationship: {relationshipYears.ToString("N2", english)} years");

var simple = summaries.ToDictionary(
    s => s.Key,
    s =>
    {
        var (days, dollars) = calibrationPurchases[s.Key];
        var basket = Money.UsDollars(dollars / days);
        var perYear = days / s.Value.TimeObserved * 52m;
        return SalesValue.CustomerLifetimeValue(basket, perYear, relationshipYears);
    });

Console.WriteLine();
Console.WriteLine($"{"Customer",8} {"x",3} {"t_x",6} {"T",6} {"simple LTV",11} {"holdout",8} {"value",8}");
foreach (var (id, value) in simple.OrderByDescending(p => p.Value.Amount).ThenBy(p => p.Key).Take(10))
{
    var s = summaries[id];
    Console.WriteLine($"{id + 1,8:0000} {s.RepeatPurchases,3} {s.Recency,6:N2} {s.TimeObserved,6:N2} {value.Amount.ToString("C0", english),11} {s.HoldoutPurchases,8} {s.HoldoutValue.Amount.ToString("C0", english),8}");
}

var top = simple.OrderByDescending(p => p.Value.Amount).ThenBy(p => p.Key).Take(summaries.Count / 10).Select(p => summaries[p.Key]).ToList();
Console.WriteLine();
Console.WriteLine($"Top tenth by simple LTV ({top.Count} customers): {top.Count(s => s.HoldoutPurchases == 0)} bought nothing in the holdout window");
Console.WriteLine($"Their holdout spend: {top.Sum(s => s.HoldoutValue.Amount).ToString("C0", english)} of {summaries.Values.Sum(s => s.HoldoutValue.Amount).ToString("C0", english)} for all customers");
Console.WriteLine($"Their simple LTVs add up to {simple.OrderByDescending(p => p.Value.Amount).ThenBy(p => p.Key).Take(top.Count).Sum(p => p.Value.Amount).ToString("C0", english)}");

// %% [markdown]
// Customer 1901 is the whole lesson in one line: 22 purchase days in the first five weeks, then
// nothing in the more than 24 weeks left of the calibration window. Their own basket and frequency
// make them the most valuable customer of the base by the simple formula, five times the next one,
// and they never bought again. The formula multiplies a customer's past rate by one
// lifetime for everyone; it cannot see that a long silence after frequent buying means the
// customer has most likely gone. About a third of the top tenth by simple LTV bought nothing in the
// 39 weeks that followed, while that tenth still brought half of the holdout revenue: frequency
// and basket do point at good customers, the question is which of them are still there.
//
// ## What to remember
// - The customer-base models read three numbers per customer, x, t_x and T, from a calibration
//   window; `CustomerSummaryAccumulator` computes them in one mergeable pass, exactly as
//   `Predictive.CustomerSummaries` does on records, and keeps the holdout window beside them to
//   check any forecast.
// - The documents' LTV, basket × frequency × lifetime, ranks customers by their past only: recent
//   silence does not lower it, and one lifetime for everyone hides that most first-time buyers never
//   come back (71 % of CDNOW's customers bought nothing in the holdout window).
// - Recency is the missing signal: the BG/NBD model turns x, t_x and T into the probability that a
//   customer is still active and into their expected purchases, and the Gamma-Gamma model into
//   their expected value, the predictive CLV.
