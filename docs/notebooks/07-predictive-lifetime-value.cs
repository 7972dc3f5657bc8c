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
var customerCount = purchases.Max(p => p.Customer);   // ids 1..2357

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
Console.WriteLine($"With a repeat purchase:         {repeaters:N0} ({((decimal)repeaters / summaries.Count).ToString("P1", english)})");
Console.WriteLine($"Repeat purchases, calibration:  {summaries.Values.Sum(s => s.RepeatPurchases):N0}");
Console.WriteLine($"Purchases, holdout:             {summaries.Values.Sum(s => s.HoldoutPurchases):N0}");

// %% [markdown]
// The first customer's line reads: two repeat purchases in the calibration window, the last one
// 30.43 weeks after the first purchase, observed for 38.86 weeks (1 January to 30 September), 22.35 $
// a repeat purchase on average, and one purchase of 26.48 $ in the holdout window. These are the
// figures of the published summary file.
//
// ## The BG/NBD model: buying, and dropping out
// The **BG/NBD** model (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way") tells
// a simple story about each customer:
//
// - while alive, they buy at their own steady rate λ (a Poisson process); the rates differ between
//   customers following a gamma distribution with parameters **r** and **α**;
// - after each purchase, they may drop out for good with their own probability p; the p differ
//   following a beta distribution with parameters **a** and **b**.
//
// Nobody sees λ or p, or the moment a customer drops out. `Predictive.FitBgNbd` finds the four
// parameters that make the observed summaries most likely (maximum likelihood).

// %%
var fit = Predictive.FitBgNbd(summaries.Values);
var model = fit.Value;
Console.WriteLine($"r = {model.R:0.000}, α = {model.Alpha:0.000}, a = {model.A:0.000}, b = {model.B:0.000}");
Console.WriteLine($"log-likelihood: {Predictive.BgNbdLogLikelihood(model, summaries.Values):N2}");
Console.WriteLine("published (Fader, Hardie and Lee 2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood -9,582.43");
Console.WriteLine($"mean purchase rate r/α: {model.R / model.Alpha:0.000} a week; mean drop-out probability a/(a + b): {(model.A / (model.A + model.B)).ToString("P1", english)} after each purchase");

// %% [markdown]
// ## Calibration and holdout: does the model forecast?
// The test of a forecasting model is the period it did not see. The model gives, for each customer
// first seen at time s, the expected repeat purchases by any later time; summed over the customers
// it is the expected cumulative repeat purchases of the whole base, week after week. Beside it, the
// repeat purchases that happened. The model was fitted on the first 39 weeks only.

// %%
var firstPurchaseWeeks = summaries.Values.Select(s => (272m / 7m) - s.TimeObserved).ToArray();   // 1 January to 30 September is 272 days
var weeks = Enumerable.Range(1, 78).Select(w => (decimal)w).ToArray();
var expectedCumulative = Predictive.ExpectedCumulativePurchases(model, firstPurchaseWeeks, weeks);

// The repeat purchase days of each customer, as days since 1 January 1997.
var repeatDays = purchases
    .GroupBy(p => p.Customer)
    .SelectMany(customer =>
    {
        var days = customer.Select(p => p.Date.DayNumber - origin.DayNumber).Distinct().Order().ToList();
        return days.Skip(1);
    })
    .ToList();
var actualCumulative = weeks.Select(w => (decimal)repeatDays.Count(day => day <= w * 7)).ToArray();

Console.WriteLine($"{"Week",5} {"Actual",8} {"BG/NBD",8}");
foreach (var w in new[] { 13, 26, 39, 52, 65, 78 })
{
    Console.WriteLine($"{w,5} {actualCumulative[w - 1],8:N0} {expectedCumulative[w - 1],8:N0}");
}

var holdoutActual = actualCumulative[77] - actualCumulative[38];
var holdoutExpected = expectedCumulative[77] - expectedCumulative[38];
Console.WriteLine();
Console.WriteLine($"Holdout weeks 40-78: {holdoutActual:N0} repeat purchases, the model expected {holdoutExpected:N0} ({((holdoutExpected - holdoutActual) / holdoutActual).ToString("+0.0 %;-0.0 %", english)})");

// %%
Notebook.Show(
    Chart.Lines(
        "CDNOW: cumulative repeat purchases, fitted on weeks 1-39",
        "Week since 1 January 1997",
        "Repeat purchases",
        [.. weeks.Select(w => w.ToString(invariant))],
        [
            new LineSeries("Actual", [.. actualCumulative.Select(v => (decimal?)v)]),
            new LineSeries("BG/NBD", [.. expectedCumulative.Select(v => (decimal?)Math.Round(v, 1))], Dashed: true),
        ],
        band: null,
        new ValueFormat("N0", english)),
    "cumulative-purchases");

// %% [markdown]
// ## Who is still alive?
// A customer who bought often and recently is very likely still a customer; one who bought often
// and then fell silent for months probably left. The model turns this into a number:
// **P(alive | x, t_x, T)**. In the BG/NBD story a customer drops out only just after a purchase, so one
// who never came back (x = 0) counts as alive: the model cannot tell them apart from a slow buyer.
//
// The heatmap shows it for customers observed the full 39 weeks (first purchase on 1 January):
// one row per number of repeat purchases, one column per recency. Read a row from left to right: the
// more recent the last purchase, the likelier the customer is still there. Read a column from top to
// bottom: the same silence is worse news from a frequent buyer than from a rare one.

// %%
var fullWindow = 272m / 7m;
var recencies = new[] { 0m, 5m, 10m, 15m, 20m, 25m, 30m, 35m, fullWindow };
var frequencies = Enumerable.Range(0, 11).ToArray();
var aliveRows = frequencies
    .Select(x => new HeatmapRow(
        x.ToString(invariant),
        [.. recencies.Select(t => (x == 0) == (t == 0m) ? (decimal?)Predictive.ProbabilityAlive(model, x, t, fullWindow).Fraction : null)]))
    .ToList();
Notebook.Show(
    Chart.Heatmap(
        "CDNOW: probability alive after 39 weeks (BG/NBD)",
        "Weeks from the first to the last purchase (recency t_x)",
        "Repeat purchases (x)",
        [.. recencies.Select(t => t.ToString("0.#", invariant))],
        aliveRows,
        new ValueFormat("P0", english)),
    "probability-alive");

var alive = summaries.ToDictionary(s => s.Key, s => Predictive.ProbabilityAlive(model, s.Value.RepeatPurchases, s.Value.Recency, s.Value.TimeObserved));
var repeatersAlive = summaries.Where(s => s.Value.RepeatPurchases > 0).Select(s => alive[s.Key].Fraction).ToList();
Console.WriteLine($"Customers with a repeat purchase: mean P(alive) {repeatersAlive.Average().ToString("P1", english)}; below 50 %: {repeatersAlive.Count(p => p < 0.5m):N0} of {repeatersAlive.Count:N0}");

// %% [markdown]
// ## What each customer is worth
// The **Gamma-Gamma** model (Fader, Hardie and Lee 2005, "RFM and CLV") adds the value of a purchase:
// each customer spends around their own mean, and the means differ across customers (parameters
// **p**, **q**, **γ**). A customer's expected spend per purchase is pulled from their own z̄ towards
// the base's mean, the more so the fewer purchases we saw. It is fitted on the 946 customers with a
// repeat purchase.
//
// The **predictive CLV** of a customer is then their expected purchases month by month, times their
// expected spend per purchase, discounted: here over the next 12 months at 1 % a month.

// %%
var spendFit = Predictive.FitGammaGamma(summaries.Values);
var spend = spendFit.Value;
Console.WriteLine($"p = {spend.P:0.00}, q = {spend.Q:0.00}, γ = {spend.Gamma:0.00}   (published: p = 6.25, q = 3.74, γ = 15.44)");

var monthlyDiscount = Rate.FromPercent(1m);
const int Months = 12;
const decimal WeeksPerMonth = 4.348125m;   // the library's month (30.436875 days) in weeks
var zero = Money.UsDollars(0m);
var predictive = summaries.ToDictionary(
    s => s.Key,
    s => Predictive.PredictiveClv(model, spend, s.Value.RepeatPurchases, s.Value.Recency, s.Value.TimeObserved, s.Value.MeanRepeatValue.GetValueOrDefault(zero), monthlyDiscount, Months, WeeksPerMonth).Value);
var nextYear = summaries.ToDictionary(s => s.Key, s => Predictive.ExpectedPurchases(model, s.Value.RepeatPurchases, s.Value.Recency, s.Value.TimeObserved, 52m));

Console.WriteLine();
Console.WriteLine($"{"Customer",8} {"x",3} {"t_x",6} {"T",6} {"z̄",8} {"P(alive)",9} {"purch./yr",9} {"CLV 12 m",9}");
foreach (var (id, value) in predictive.OrderByDescending(p => p.Value.Amount).Take(10))
{
    var s = summaries[id];
    Console.WriteLine($"{id + 1,8:0000} {s.RepeatPurchases,3} {s.Recency,6:N2} {s.TimeObserved,6:N2} {s.MeanRepeatValue.Value.Amount.ToString("N2", english),8} {alive[id].Fraction.ToString("P0", english),9} {nextYear[id],9:N2} {value.Amount.ToString("C0", english),9}");
}

Console.WriteLine();
Console.WriteLine($"Whole base, next 12 months: {predictive.Values.Sum(v => v.Amount).ToString("C0", english)}");

// %% [markdown]
// ## Beside the documents' simple LTV
// The documents' formula, per customer, with the calibration figures: their own average basket
// (every purchase, the first included), times their own purchases per year (purchases / weeks
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
Console.WriteLine($"{"Customer",8} {"x",3} {"t_x",6} {"T",6} {"simple LTV",11} {"P(alive)",9} {"CLV 12 m",9} {"holdout $",10}");
foreach (var (id, value) in simple.OrderByDescending(p => p.Value.Amount).Take(10))
{
    var s = summaries[id];
    Console.WriteLine($"{id + 1,8:0000} {s.RepeatPurchases,3} {s.Recency,6:N2} {s.TimeObserved,6:N2} {value.Amount.ToString("C0", english),11} {alive[id].Fraction.ToString("P0", english),9} {predictive[id].Amount.ToString("C0", english),9} {s.HoldoutValue.Amount.ToString("C0", english),10}");
}

// %% [markdown]
// Which ranking finds the customers who did buy? The holdout window says: take the top tenth of the
// customers by each value and add up what they spent in the 39 weeks after the calibration window.

// %%
decimal HoldoutOfTop(Dictionary<int, Money> values, int count) =>
    values.OrderByDescending(v => v.Value.Amount).ThenBy(v => v.Key).Take(count).Sum(v => summaries[v.Key].HoldoutValue.Amount);

var tenth = summaries.Count / 10;
var holdoutTotal = summaries.Values.Sum(s => s.HoldoutValue.Amount);
Console.WriteLine($"Holdout spend of all {summaries.Count:N0} customers: {holdoutTotal.ToString("C0", english)}");
Console.WriteLine($"Top {tenth} by predictive CLV: {HoldoutOfTop(predictive, tenth).ToString("C0", english),8} ({(HoldoutOfTop(predictive, tenth) / holdoutTotal).ToString("P0", english)})");
Console.WriteLine($"Top {tenth} by simple LTV:     {HoldoutOfTop(simple, tenth).ToString("C0", english),8} ({(HoldoutOfTop(simple, tenth) / holdoutTotal).ToString("P0", english)})");
Console.WriteLine();
Console.WriteLine($"Sum of the simple LTVs:       {simple.Values.Sum(v => v.Amount).ToString("C0", english)} over {relationshipYears:N2} years");
Console.WriteLine($"Sum of the predictive CLVs:   {predictive.Values.Sum(v => v.Amount).ToString("C0", english)} over 12 months");

// %% [markdown]
// Both rankings put about half of the holdout revenue in their top tenth: frequency and basket do
// point at good customers. The difference is in who is still there, and in the totals. Customer
// 1901, 22 purchase days in the first five weeks and then silent, tops the simple ranking at
// $14,402 with a probability alive of 0 %, and never bought again; customer 0244 likewise. And the
// simple LTVs add up to $343,269 over 1.24 years, against a predictive $71,549 for the next 12
// months, when the whole base spent $70,976 in the 39 holdout weeks.

// %% [markdown]
// ## What to remember
// - The customer-base models read three numbers per customer, x, t_x and T, from a calibration
//   window; `CustomerSummaryAccumulator` computes them in one mergeable pass, exactly as
//   `Predictive.CustomerSummaries` does on records, and keeps the holdout window beside them to
//   check any forecast.
// - The BG/NBD fit on the 39 calibration weeks gives the published estimates, and its forecast of
//   the cumulative repeat purchases can be read against the 39 holdout weeks it never saw.
// - The documents' LTV, basket × frequency × lifetime, ranks customers by their past only: a long
//   silence after frequent buying does not lower it, and one lifetime for everyone hides that most
//   first-time buyers never come back. The probability alive puts recency back, and the predictive
//   CLV weighs each customer's expected purchases by it: compare the two top-ten tables above and
//   the holdout spend of each ranking's top tenth.
