#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # Retention and lifetime value: the first year of an online shop
// Maison Carvi (a fictional company) roasts coffee in Nantes. Its boutique has run a loyalty card
// since 2019, and its online shop opened in January 2025. At the end of the year the founder wants
// to know:
//
// 1. Do online customers come back, month after month (« rétention par cohorte »)? How many are
//    lost from one period to the next (« taux de churn »)?
// 2. How many boutique customers buy « 2/3/4/5 ans de suite »?
// 3. What is an online customer worth over the relationship (« valeur vie client », LTV), and is
//    that enough for what it costs to win one (« ratio LTV/CAC »)?
//
// The data sits beside this notebook in `docs/notebooks/data/`:
//
// - `03-orders-2025.csv`: every online order of 2025 (order id, customer id, date, amount in euros);
// - `03-loyalty-card-years.csv`: the boutique's loyalty cards, one row per card and calendar year
//   with at least one purchase, 2019 to 2025.
//
// Both files are fictional: a small seeded script wrote them once. Online, new customers arrive
// each month (most at the launch); each month a customer may leave for good (a 4, 7 or 12 % chance
// depending on the customer) and otherwise usually orders once or twice, more in November and
// December; baskets are around 37 €. In the boutique, loyal and occasional card holders come back
// year after year or not, with a dip in 2020. Only the CSV files are kept. Run the notebook from the
// repository root with `dotnet run docs/notebooks/03-retention-and-lifetime-value.cs`.

// %%
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using KpiFormulas;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Charts;

var invariant = CultureInfo.InvariantCulture;

// French formats, with plain spaces as thousands separators so that the columns of the tables line
// up in a monospace font (fr-FR uses a narrow no-break space, which many fonts draw narrower).
var french = (CultureInfo)CultureInfo.GetCultureInfo("fr-FR").Clone();
french.NumberFormat.CurrencyGroupSeparator = " ";
french.NumberFormat.NumberGroupSeparator = " ";
french.NumberFormat.PercentGroupSeparator = " ";

var dataDirectory = Path.Combine("docs", "notebooks", "data");
var orders = File.ReadLines(Path.Combine(dataDirectory, "03-orders-2025.csv"))
    .Skip(1)
    .Select(line => line.Split(','))
    .Select(f => (Id: f[0], Customer: f[1], Date: DateOnly.ParseExact(f[2], "yyyy-MM-dd", invariant), Amount: Money.Euros(decimal.Parse(f[3], NumberStyles.Number, invariant))))
    .ToList();
var cardYears = File.ReadLines(Path.Combine(dataDirectory, "03-loyalty-card-years.csv"))
    .Skip(1)
    .Select(line => line.Split(','))
    .Select(f => (Card: f[0], Year: int.Parse(f[1], NumberStyles.None, invariant)))
    .ToList();

var year = Period.Year(2025);
var customers = orders.Select(o => o.Customer).Distinct().Count();
Console.WriteLine($"Online orders:   {orders.Count}, {orders.Min(o => o.Date):yyyy-MM-dd} to {orders.Max(o => o.Date):yyyy-MM-dd}, all in {year}: {orders.All(o => year.Contains(o.Date))}");
Console.WriteLine($"Customers:       {customers} ({((decimal)orders.Count / customers).ToString("0.0", french)} orders each on average)");
Console.WriteLine($"Loyalty cards:   {cardYears.Select(c => c.Card).Distinct().Count()} cards, {cardYears.Count} card-years, {cardYears.Min(c => c.Year)} to {cardYears.Max(c => c.Year)}");

// A relative change with its sign, as reports usually print it (+12 %, -5 %).
string Signed(Rate change) => (change.Fraction > 0m ? "+" : string.Empty) + change.ToString("P1", french);

// %% [markdown]
// ## Revenue and average order value
// - **Revenue** (« chiffre d'affaires généré »): the sum of the orders' amounts. It is
//   additive, so the quarters add up to the year.
// - **Average order value** (AOV, « panier moyen »): revenue / orders.
//   A typical success mark for a basket action is +8 % in 90 days.

// %%
var revenue = SalesValue.Revenue(orders.Select(o => o.Amount).ToArray(), Currency.EUR);
var averageOrderValue = SalesValue.AverageOrderValue(revenue, orders.Count).Value;
var byQuarter = RevenueAccumulator.AggregateBy(orders, o => o.Amount, o => Period.Containing(o.Date, PeriodUnit.Quarter), Currency.EUR);

Console.WriteLine($"{"Quarter",-8} {"Revenue",12} {"Orders",7} {"AOV",9}");
foreach (var (quarter, group) in byQuarter)
{
    Console.WriteLine($"{quarter,-8} {group.Revenue.ToString("C", french),12} {group.Orders,7} {group.AverageOrderValue.Value.ToString("C", french),9}");
}

Console.WriteLine($"{year,-8} {revenue.ToString("C", french),12} {orders.Count,7} {averageOrderValue.ToString("C", french),9}");

var q3 = Period.Quarter(2025, 3);
var q4 = Period.Quarter(2025, 4);
var aovChange = Change.Between(byQuarter[q3].AverageOrderValue.Value, byQuarter[q4].AverageOrderValue.Value);
Console.WriteLine();
Console.WriteLine($"AOV, Q3 to Q4: {(aovChange.Absolute.IsNegative ? string.Empty : "+")}{aovChange.Absolute.ToString("C", french)} ({Signed(aovChange.Relative.Value)}); a typical success mark: +8 %");

// %% [markdown]
// ## Monthly cohorts: who keeps buying?
// A **cohort** is the group of customers whose first order fell in the same month. The **cohort
// retention** (the « taux de fidélisation », read by cohort) at offset k is the share of
// the cohort that ordered again k months later: **active(cohort, k) / size(cohort)**. Offset 0 is
// 100 % by construction.
//
// A year of data gives a triangle: the January cohort is observed for 12 months, the December one
// for its first month only. The cells beyond the data are not 0 %, they are *not yet observed*: the
// library returns them undefined with the reason `NotYetObserved`, and the table leaves them blank.

// %%
var cohorts = Retention.CohortRetention(orders.Select(o => (o.Customer, o.Date)), PeriodUnit.Month);
var offsets = Enumerable.Range(0, cohorts.MaxOffsetCount).ToList();

Console.WriteLine($"{"Cohort",-8} {"Size",4} {string.Join("", offsets.Select(k => $"{$"M{k}",6}"))}");
for (var c = 0; c < cohorts.Cohorts.Count; c++)
{
    var cells = offsets.Select(k => cohorts.RetentionRate(c, k) switch
    {
        { IsDefined: true } rate => rate.Value.ToString("P0", french),
        { Reason: UndefinedReason.NotYetObserved } => string.Empty,
        var other => $"{other.Reason}",
    });
    Console.WriteLine($"{cohorts.Cohorts[c],-8} {cohorts.CohortSize(c),4} {string.Join("", cells.Select(cell => $"{cell,6}"))}".TrimEnd());
}

var lastCell = cohorts.RetentionRate(cohorts.Cohorts.Count - 1, 1);
Console.WriteLine();
Console.WriteLine($"December cohort, M1: {lastCell.Reason}: {lastCell.Explanation}");

// %%
Notebook.Show(
    Chart.RetentionHeatmap(
        "Monthly cohort retention, Maison Carvi online shop, 2025",
        "Months since the first order",
        [.. offsets.Select(k => $"M{k}")],
        [.. cohorts.Cohorts.Select((cohort, c) => new CohortRow(
            cohort.ToString(),
            [.. offsets.Select(k => cohorts.RetentionRate(c, k).TryGetValue(out var rate) ? rate.Fraction : (decimal?)null)]))],
        new ValueFormat("P0", french)),
    "cohort-heatmap");

// %% [markdown]
// Read a row from left to right to follow one cohort; read a column from top to bottom to compare
// cohorts at the same age. Small cohorts (16 to 40 customers after the launch month) move by several
// points with each customer, so a single cell says little. The **pooled retention** at an offset
// sums the active customers of every cohort observed that long and divides by their sizes: a
// mean of the cohorts weighted by their size, which the retention curve below draws beside the
// launch cohort of January.

// %%
Console.WriteLine($"{"Offset",-7} {"Cohorts",7} {"Pooled",7}");
foreach (var k in offsets)
{
    var observed = Enumerable.Range(0, cohorts.Cohorts.Count).Count(c => cohorts.IsObserved(c, k));
    Console.WriteLine($"{$"M{k}",-7} {observed,7} {cohorts.PooledRetentionRate(k).Value.ToString("P1", french),7}");
}

decimal? RateOrGap(KpiResult<Rate> rate) => rate.TryGetValue(out var value) ? value.Fraction : null;
var january = cohorts.IndexOf(Period.Month(2025, 1));
var june = cohorts.IndexOf(Period.Month(2025, 6));
Notebook.Show(
    Chart.Lines(
        "Retention curve: share of a cohort still ordering k months after its first order",
        "Months since the first order",
        "Customers still ordering",
        [.. offsets.Select(k => $"M{k}")],
        [
            new LineSeries("All cohorts (pooled)", [.. offsets.Select(k => RateOrGap(cohorts.PooledRetentionRate(k)))]),
            new LineSeries($"January cohort ({cohorts.CohortSize(january)} customers)", [.. offsets.Select(k => RateOrGap(cohorts.RetentionRate(january, k)))]),
            new LineSeries($"June cohort ({cohorts.CohortSize(june)} customers)", [.. offsets.Select(k => RateOrGap(cohorts.RetentionRate(june, k)))], Dashed: true),
        ],
        band: null,
        new ValueFormat("P1", french, tickPattern: "P0")),
    "retention-curve");

// %% [markdown]
// ## Retention and churn between two periods
// The **retention rate** (« taux de fidélisation ») is the share of the previous period's customers
// who bought again in this one: **|previous ∩ current| / |previous|**. The **churn rate** (« taux
// de churn ») is its complement, the share who did not: **|previous \ current| /
// |previous|**. New customers of the current period count in neither. The set-based overloads take
// the customer ids of the two periods and count each customer once, however many orders they placed.
//
// Month to month, a customer who skips a month counts as lost even if they come back: for a shop
// without subscriptions the monthly reading is noisy, and the quarter is the better period.

// %%
string[] CustomersIn(Period period) => [.. orders.Where(o => period.Contains(o.Date)).Select(o => o.Customer)];

Console.WriteLine($"{"From",-8} {"To",-8} {"Customers",9} {"Retention",10} {"Churn",8}");
var months = Enumerable.Range(1, 12).Select(m => Period.Month(2025, m)).ToList();
foreach (var (previous, current) in months.Zip(months.Skip(1)))
{
    var before = CustomersIn(previous);
    var after = CustomersIn(current);
    Console.WriteLine($"{previous,-8} {current,-8} {before.Distinct().Count(),9} {Retention.RetentionRate(before, after).Value.ToString("P1", french),10} {Retention.ChurnRate(before, after).Value.ToString("P1", french),8}");
}

var q3Customers = CustomersIn(q3);
var q4Customers = CustomersIn(q4);
var quarterRetention = Retention.RetentionRate(q3Customers, q4Customers).Value;
var quarterChurn = Retention.ChurnRate(q3Customers, q4Customers).Value;
Console.WriteLine($"{q3,-8} {q4,-8} {q3Customers.Distinct().Count(),9} {quarterRetention.ToString("P1", french),10} {quarterChurn.ToString("P1", french),8}");
Console.WriteLine();
Console.WriteLine($"Retention + churn, Q3 to Q4: {(quarterRetention.Fraction + quarterChurn.Fraction).ToString("P0", french)}");

// %% [markdown]
// ## From a monthly churn to a yearly churn
// A churn rate belongs to its period. A monthly churn of 2 % is not 24 % a year: a customer can
// only be lost once, so the year keeps 98 % of the customers twelve times over, and the yearly
// churn is **1 − (1 − 2 %)¹²** = 21.53 %. `Retention.ChurnOverPeriods` does this conversion,
// always explicitly, and `Retention.ChurnPerPeriod` goes back.

// %%
var monthlyChurn = Rate.FromPercent(2m);
var yearlyChurn = Retention.ChurnOverPeriods(monthlyChurn, 12m);
Console.WriteLine($"2 % a month:          {yearlyChurn.ToString("P2", french)} a year (exactly {yearlyChurn.ToString("R", null)}), not {(monthlyChurn * 12m).ToString("P0", french)}");
Console.WriteLine($"And back, per month:  {Retention.ChurnPerPeriod(yearlyChurn, 12m).ToString("P2", french)}");

// The shop's own Q3 to Q4 churn, if it held every quarter.
var shopYearlyChurn = Retention.ChurnOverPeriods(quarterChurn, 4m);
var shopYearlyRetention = Retention.RetentionOverPeriods(quarterRetention, 4m);
Console.WriteLine();
Console.WriteLine($"Online, per quarter:  churn {quarterChurn.ToString("P1", french)}, retention {quarterRetention.ToString("P1", french)}");
Console.WriteLine($"Online, per year:     churn {shopYearlyChurn.ToString("P1", french)}, retention {shopYearlyRetention.ToString("P1", french)}");
Console.WriteLine($"Per month equivalent: churn {Retention.ChurnPerPeriod(shopYearlyChurn, 12m).ToString("P1", french)}");

// %% [markdown]
// ## 2, 3, 4, 5 years in a row
// A variation of the retention rate asks two questions: what share of my customers bought 2, 3, 4
// or 5 years in a row, and how have these shares moved over the last years? A year
// of online orders cannot answer that; the boutique's loyalty cards can. For a base year Y and a
// run of k years, the rate is the share of Y's customers who bought in **every** year from Y to
// Y + k − 1 (k = 2 is the year-over-year retention rate). Runs that end after 2025 are not yet
// observed and stay blank.

// %%
var multiYear = Retention.MultiYearRetention(cardYears.Select(c => (c.Card, c.Year)));
var runs = Enumerable.Range(2, multiYear.MaxConsecutiveYears - 1).ToList();

Console.WriteLine($"{"Base year",-9} {"Customers",9} {string.Join("", runs.Select(k => $"{$"{k} years",9}"))}");
foreach (var baseYear in multiYear.Years)
{
    var cells = runs.Select(k => multiYear.RetentionRate(baseYear, k) switch
    {
        { IsDefined: true } rate => rate.Value.ToString("P0", french),
        { Reason: UndefinedReason.NotYetObserved } => string.Empty,
        var other => $"{other.Reason}",
    });
    Console.WriteLine($"{baseYear,-9} {multiYear.Customers(baseYear),9} {string.Join("", cells.Select(cell => $"{cell,9}"))}".TrimEnd());
}

var yearOverYear = multiYear.Trend(2);
var trendChange = Change.Between(yearOverYear[0].Rate.Value, yearOverYear[^1].Rate.Value);
Console.WriteLine();
Console.WriteLine($"Year-over-year retention, {yearOverYear[0].BaseYear} to {yearOverYear[^1].BaseYear}: {string.Join(" → ", yearOverYear.Select(p => p.Rate.Value.ToString("P0", french)))}");
Console.WriteLine($"Change: {trendChange.Absolute.ToString(null, french)} ({Signed(trendChange.Relative.Value)})");

// %% [markdown]
// The card holders of 2019 came back least, into the lockdown year 2020. Since then the boutique
// keeps its customers better: about seven in ten of a year's card holders come back the next year
// now, against half in 2019, and a quarter to a third of a year's customers buy five years in a row.
// Reading a column from top to bottom answers the second question, how these rates move:
// `Trend(k)` returns that column.
//
// ## Lifetime value
// The catalogue defines the **customer lifetime value** (« valeur vie client ») as
// **average basket per purchase × purchases per year × average relationship length in years**. For
// example, a customer who spends 2 000 € a year on average and stays 5 years has an LTV of
// 10 000 €. It is a revenue, not a margin, and it is not discounted.

// %%
var documentLtv = SalesValue.CustomerLifetimeValue(Money.Euros(2_000m), 5m);
Console.WriteLine($"2 000 € a year for 5 years:    {documentLtv.ToString("C", french)} (expected: 10 000 €)");
Console.WriteLine($"as 4 purchases of 500 € a year: {SalesValue.CustomerLifetimeValue(Money.Euros(500m), 4m, 5m).ToString("C", french)}");

// %% [markdown]
// For the online shop, the three factors come from the data:
//
// - the average basket is the year's AOV;
// - the purchases per year are the orders per active customer in Q3 (a quarter without the
//   Christmas peak), scaled to a year with `Period.PerYear`;
// - the relationship length is estimated from the yearly churn: if the same share of customers
//   leaves every year, a relationship lasts 1 / churn years on average. This estimate is not a
//   KPI of the catalogue, so the library has no method for it; it is a plain division here.

// %%
var q3Orders = orders.Count(o => q3.Contains(o.Date));
var purchasesPerYear = q3.PerYear((decimal)q3Orders / q3Customers.Distinct().Count());
var relationshipYears = 1m / shopYearlyChurn.Fraction;
var lifetimeValue = SalesValue.CustomerLifetimeValue(averageOrderValue, purchasesPerYear, relationshipYears);

Console.WriteLine($"Average basket:      {averageOrderValue.ToString("C", french),10}");
Console.WriteLine($"Purchases per year:  {purchasesPerYear.ToString("N1", french),10}  ({q3Orders} orders of {q3Customers.Distinct().Count()} customers in {q3}, x 4)");
Console.WriteLine($"Relationship:        {relationshipYears.ToString("N2", french),10}  years (1 / {shopYearlyChurn.ToString("P1", french)} yearly churn)");
Console.WriteLine($"Lifetime value:      {lifetimeValue.ToString("C", french),10}");

// %% [markdown]
// ## LTV/CAC: is a customer worth what it costs?
// The **LTV/CAC ratio** puts the two side by side, as x : 1. The library's bands: below 1 : 1 each
// new customer loses money (« alerte rouge »), 1 : 1 is break-even (« à l'équilibre »), 3 : 1 and
// above is a healthy model (« excellent »); the band in between has no usual name. A CAC of
// zero gives no ratio at all: the result is undefined, not infinite.
//
// First the customer worth 10 000 €, against six acquisition costs, the last one zero.

// %%
Console.WriteLine($"{"LTV",11} {"CAC",11} {"LTV/CAC",8}  band");
foreach (var cost in new[] { 12_500m, 10_000m, 5_000m, 3_000m, 2_500m, 0m })
{
    var ratio = Efficiency.LifetimeValueToAcquisitionCost(documentLtv, Money.Euros(cost));
    var band = ratio.Match(r => $"{Efficiency.ClassifyLtvToCac(r)}", (reason, _) => $"undefined ({reason})");
    Console.WriteLine($"{documentLtv.ToString("C0", french),11} {Money.Euros(cost).ToString("C0", french),11} {ratio.Match(r => r.ToString(null, french), (_, _) => "-"),8}  {band}");
}

Console.WriteLine();
Console.WriteLine($"Exactly 3:1 is already healthy: {Efficiency.ClassifyLtvToCac(new Ratio(3m))}");

// %% [markdown]
// Then the online shop. In 2025 it spent 18 600 € to win its customers (online ads, samples sent
// to coffee bloggers, the launch event), and every customer of the year was new.

// %%
var acquisitionSpend = Money.Euros(18_600m);
var cac = Acquisition.CustomerAcquisitionCost(acquisitionSpend, customers).Value;
var ltvToCac = Efficiency.LifetimeValueToAcquisitionCost(lifetimeValue, cac).Value;
Console.WriteLine($"CAC:      {acquisitionSpend.ToString("C", french)} / {customers} new customers = {cac.ToString("C", french)}");
Console.WriteLine($"LTV/CAC:  {ltvToCac.ToString(null, french)}, {Efficiency.ClassifyLtvToCac(ltvToCac)}");

// The LTV above is revenue. On the gross margin of roasted coffee (about 40 %), the ratio is lower.
var grossMargin = Rate.FromPercent(40m);
var marginRatio = Efficiency.LifetimeValueToAcquisitionCost(lifetimeValue * grossMargin, cac).Value;
Console.WriteLine($"On a {grossMargin.ToString("P0", french)} margin: {marginRatio.ToString(null, french)}, {Efficiency.ClassifyLtvToCac(marginRatio)}");

// %% [markdown]
// ## What the founder takes away
// - About seven in ten online customers order again the month after their first order, and the
//   launch cohort still has about four in ten ordering after eleven months.
// - A quarter-to-quarter churn of about 23 % is a yearly churn of about 64 %, not 4 × 23 %: online
//   relationships last about a year and a half, against several years in the boutique, whose
//   year-over-year retention has risen from 51 % to 72 %.
// - Even on margin, an online customer brings in several times what it cost: the ratio is well above
//   3 : 1. A very high ratio can also mean too timid an acquisition budget: the
//   shop can afford to spend more to win customers.
