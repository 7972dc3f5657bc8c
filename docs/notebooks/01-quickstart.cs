#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # KpiFormulas in ten minutes
// The value types every KPI is expressed in: Money (exact, one currency at a time), Rate (a
// fraction, with percentage points as its own type), Ratio (x : 1) and Period (a range of dates),
// then five KPIs of a small company computed with them: acquisition cost, conversion, churn, LTV/CAC
// and payback. Run it with `dotnet run docs/notebooks/01-quickstart.cs` from the repository root.
//
// What a value prints (`Console.WriteLine(value)`, `$"{value}"`) is its display form, rounded the way
// people read it, in the current culture (en-US here; a line shows the same figures in fr-FR). The
// exact value is one property away (`Amount`, `Fraction`, `Value`). docs/values.md lists every form.

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
CultureInfo.CurrentCulture = english;

// %% [markdown]
// ## Money never loses a cent
// A net monthly saving: 50 hours saved at 35 € an hour, minus a 200 € tool.

// %%
var hourlyValue = Money.Euros(35m);
var monthlyCost = Money.Euros(200m);
var netSaving = (hourlyValue * 50m) - monthlyCost;
Console.WriteLine($"Net monthly saving: {netSaving}  (in fr-FR: {netSaving.ToString(null, french)})");
Console.WriteLine($"Round-trip form:    {netSaving.ToString("R", null)}  (every digit the amount holds, any culture)");

// Splitting and allocating never create or lose a minor unit.
var budget = Money.Euros(100m);
Console.WriteLine($"100 € in 3 parts:   {string.Join(" + ", budget.Split(3))}");
Console.WriteLine($"by 45/25/15/15:     {string.Join(" + ", budget.Allocate(45m, 25m, 15m, 15m))}");

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
// The same allocation as a chart. Notebooks draw charts with ScottPlot through the small helpers
// of docs/tooling/KpiFormulas.Charts; `Notebook.Show` saves one next to the notebook
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
Console.WriteLine($"Absolute change:    {after - before}");
Console.WriteLine($"Relative change:    {Change.Between(before, after).Relative}");

// %% [markdown]
// ## Five KPIs of a small company
// A shop spent 12 000 € on sales and marketing in the quarter and won 40 customers out of 1 600
// leads. Its customers leave at 2 % a month, buy 4 times a year for 80 € and stay 3 years. An AI
// tool cost 1 500 € to set up and saves 1 550 € a month net (notebook 04 works it through).
//
// Each calculator returns a `KpiResult`: a value that prints its display form, or the reason the
// KPI does not exist (next section).

// %%
// 1. Customer acquisition cost: costs / new customers.
var cac = Acquisition.CustomerAcquisitionCost(Money.Euros(12_000m), newCustomers: 40);
Console.WriteLine($"CAC:                {cac}");

// 2. Conversion rate: customers / leads.
var conversion = Conversion.ConversionRate(40, 1_600);
Console.WriteLine($"Conversion:         {conversion}");

// 3. Churn: 2 % a month is 1 − 0.98^12 a year, computed in decimal (not 24 %).
var monthlyChurn = Rate.FromPercent(2m);
var yearlyChurn = Retention.ChurnOverPeriods(monthlyChurn, 12m);
Console.WriteLine($"Churn:              {monthlyChurn} a month is {yearlyChurn} a year");

// 4. LTV/CAC and its band: below 1:1 losing money, 3:1 and above healthy.
var ltv = SalesValue.CustomerLifetimeValue(Money.Euros(80m), purchasesPerYear: 4m, relationshipYears: 3m);
var ltvToCac = Efficiency.LifetimeValueToAcquisitionCost(ltv, cac.Value);
Console.WriteLine($"LTV/CAC:            {ltv} / {cac} = {ltvToCac}, {Efficiency.ClassifyLtvToCac(ltvToCac.Value)}");

// 5. Payback period: investment / net monthly saving, in months (30/31 of a month here).
var payback = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(1_550m));
Console.WriteLine($"Payback:            {payback} months, {ReturnOnInvestment.ClassifyPayback(payback.Value)}");

// %% [markdown]
// The printed figures are rounded for reading; the values keep every digit, one property away.

// %%
Console.WriteLine($"CAC:                {cac.Value.Amount}");
Console.WriteLine($"Yearly churn:       {yearlyChurn.Fraction}");
Console.WriteLine($"LTV/CAC:            {ltvToCac.Value.Value}");
Console.WriteLine($"Payback:            {payback.Value} months");

// The same results in French, and with a format of your own.
Console.WriteLine(string.Create(french, $"fr-FR:              {cac}, {conversion}, {yearlyChurn}, {ltvToCac}, {payback} mois"));
Console.WriteLine($"Formats:            {cac:C0}, {yearlyChurn:P2}, {payback:0.0} months");

// %% [markdown]
// ## When a KPI does not exist
// No customer won means no acquisition cost: not 0 €, not infinity, not an exception. The result
// says why, and asking for its value throws an exception that names the KPI.

// %%
var noCustomer = Acquisition.CustomerAcquisitionCost(Money.Euros(500m), newCustomers: 0);
Console.WriteLine($"CAC:                {noCustomer}");
Console.WriteLine($"Defined?            {noCustomer.IsDefined}, reason {noCustomer.Reason}");

// %% [markdown]
// ## Ratios and periods
// A ratio prints one decimal; a period its ISO text, and its lengths are exact decimals to round
// when printing (a month is 30.436875 days, the mean Gregorian month).

// %%
var ratio = Ratio.Of(Money.Euros(10_000m), Money.Euros(3_000m));
Console.WriteLine($"10 000 € / 3 000 €: {ratio}  (exactly {ratio.Value})");

var march = Period.Month(2026, 3);
var baseline = Period.LastDays(30, new DateOnly(2026, 4, 1));
Console.WriteLine($"Period:             {march} ({march.ToString("L", french)}), {march.Days} days, previous {march.Previous()}");
Console.WriteLine($"30-day baseline:    {baseline} = [{baseline.Start:yyyy-MM-dd}, {baseline.End:yyyy-MM-dd}), {baseline.Months:0.##} months");

// %% [markdown]
// ## JSON, as a web service sends it

// %%
Console.WriteLine(JsonSerializer.Serialize(new { netSaving, complaintRate = after, march, ltvToCac = ratio }));
