#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # Acquisition and funnel: one quarter of a B2B SME
// Atelier Vernet (a fictional company) employs 30 people near Lyon and sells maintenance contracts
// for packaging lines to food manufacturers. It finds customers through five channels: Google Ads,
// LinkedIn, trade fairs, emailing and a referral programme. At the end of Q1 2026 its managing
// director asks three questions:
//
// 1. What does each channel cost per lead and per new customer (« coût par lead », « coût
//    d'acquisition client par canal »)?
// 2. Where does the sales funnel lose the most prospects (« le goulot d'étranglement »)?
// 3. Did the quote-to-order rate reach its target of « +5 points »?
//
// The data sits beside this notebook in `docs/notebooks/data/`:
//
// - `02-channel-spend.csv`: what each channel cost each month (from the accounts);
// - `02-leads.csv`: the 600 leads of the quarter (from the CRM), each with its channel and the
//   furthest stage it reached.
//
// Both files are fictional: a small seeded script wrote them once from fixed counts per channel and
// stage, with random business days as creation dates (the trade-fair leads cluster on the fairs'
// dates); only the CSV files are kept. Run the notebook from the repository root with
// `dotnet run docs/notebooks/02-acquisition-and-funnel.cs`.

// %%
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using KpiFormulas;
using KpiFormulas.Formulas;
using KpiFormulas.Catalog;
using KpiFormulas.Charts;

var invariant = CultureInfo.InvariantCulture;

// French formats, with plain spaces as thousands separators so that the columns of the tables line
// up in a monospace font (fr-FR uses a narrow no-break space, which many fonts draw narrower).
var french = (CultureInfo)CultureInfo.GetCultureInfo("fr-FR").Clone();
french.NumberFormat.CurrencyGroupSeparator = " ";
french.NumberFormat.NumberGroupSeparator = " ";
french.NumberFormat.PercentGroupSeparator = " ";

var dataDirectory = Path.Combine("docs", "notebooks", "data");
var spendLines = File.ReadLines(Path.Combine(dataDirectory, "02-channel-spend.csv"))
    .Skip(1)
    .Select(line => line.Split(','))
    .Select(f => (Month: Period.Parse(f[0], invariant), Channel: f[1], Spend: Money.Euros(decimal.Parse(f[2], NumberStyles.Number, invariant))))
    .ToList();

string[] stages = ["lead", "MQL", "SQL", "opportunity", "won"];
var leads = File.ReadLines(Path.Combine(dataDirectory, "02-leads.csv"))
    .Skip(1)
    .Select(line => line.Split(','))
    .Select(f => (Id: f[0], Created: DateOnly.ParseExact(f[1], "yyyy-MM-dd", invariant), Channel: f[2], Furthest: StageIndex(f[3])))
    .ToList();

// The channels in the order of the accounts file.
var channels = spendLines.Select(s => s.Channel).Distinct().ToList();
var quarter = Period.Quarter(2026, 1);

Console.WriteLine($"Spend lines:  {spendLines.Count} ({spendLines.Select(s => s.Month).Distinct().Count()} months x {channels.Count} channels)");
Console.WriteLine($"Leads:        {leads.Count}, created {leads.Min(l => l.Created):yyyy-MM-dd} to {leads.Max(l => l.Created):yyyy-MM-dd}");
Console.WriteLine($"All in {quarter}: {spendLines.All(s => quarter.Contains(s.Month.Start)) && leads.All(l => quarter.Contains(l.Created))}");
Console.WriteLine($"Channels:     {string.Join(", ", channels)}");

// A stage name of the CSV file ("lead", "mql", ...) as its position in the funnel.
int StageIndex(string name)
{
    var index = Array.FindIndex(stages, s => s.Equals(name, StringComparison.OrdinalIgnoreCase));
    return index >= 0 ? index : throw new FormatException($"Unknown funnel stage '{name}'.");
}

// A result for a table cell: the value in French, or "undefined", never a made-up number (the
// reason and the explanation travel with the result: see LinkedIn below).
string Cell<T>(KpiResult<T> result, string format)
    where T : struct, IFormattable =>
    result.Match(value => value.ToString(format, french), (_, _) => "undefined");

// A relative change with its sign, as reports usually print it (+50 %, -70 %).
string Signed(Rate change) => (change.Fraction > 0m ? "+" : string.Empty) + change.ToString("P1", french);

// %% [markdown]
// ## What each channel costs: CPL and CAC by channel
// Two KPIs, one division each:
//
// - **Cost per lead** (CPL, « coût par lead »): channel spend / leads the channel generated.
//   It steers acquisition: a Google Ads contact at 50 €, with success set at −10 % within 90
//   days, aims at 45 €.
// - **CAC by channel** (« coût d'acquisition client par canal »): channel
//   spend / paying customers the channel brought. A cheap lead is worth nothing if it never signs,
//   so the CAC is the one to compare channels with.
//
// The new customers are the leads whose furthest stage is "won". LinkedIn brought 80 leads but no
// customer this quarter: its CAC is **undefined** (a division by zero customers). The library says
// so, with a reason and an explanation, instead of returning 0 € (which would rank LinkedIn as the
// cheapest channel) or infinity. With contracts that take months to sign, some of those leads may
// still become customers in Q2.

// %%
var byChannel = channels.Select(channel => (
        Channel: channel,
        Spend: spendLines.Where(s => s.Channel == channel).Aggregate(Money.Zero(Currency.EUR), (total, s) => total + s.Spend),
        Leads: (long)leads.Count(l => l.Channel == channel),
        Qualified: (long)leads.Count(l => l.Channel == channel && l.Furthest >= 1),
        Customers: (long)leads.Count(l => l.Channel == channel && l.Furthest == stages.Length - 1)))
    .ToList();

var cacByChannel = Acquisition.CustomerAcquisitionCostByChannel(byChannel.Select(c => (c.Channel, c.Spend, c.Customers)));

Console.WriteLine($"{"Channel",-12} {"Spend",12} {"Leads",6} {"Customers",10} {"CPL",10} {"CAC",11}");
foreach (var c in byChannel)
{
    var cpl = Acquisition.CostPerLead(c.Spend, c.Leads);
    Console.WriteLine($"{c.Channel,-12} {c.Spend.ToString("C", french),12} {c.Leads,6} {c.Customers,10} {Cell(cpl, "C"),10} {Cell(cacByChannel[c.Channel], "C"),11}");
}

var marketingSpend = byChannel.Aggregate(Money.Zero(Currency.EUR), (total, c) => total + c.Spend);
var totalLeads = byChannel.Sum(c => c.Leads);
var newCustomers = byChannel.Sum(c => c.Customers);
Console.WriteLine($"{"All",-12} {marketingSpend.ToString("C", french),12} {totalLeads,6} {newCustomers,10} {Cell(Acquisition.CostPerLead(marketingSpend, totalLeads), "C"),10} {Cell(Acquisition.CustomerAcquisitionCost(marketingSpend, newCustomers), "C"),11}");

var linkedIn = cacByChannel["LinkedIn"];
Console.WriteLine();
Console.WriteLine($"LinkedIn's CAC: defined = {linkedIn.IsDefined}, reason = {linkedIn.Reason}, explanation: \"{linkedIn.Explanation}\"");

// %% [markdown]
// The chart shows the channels whose CAC exists; LinkedIn has no bar rather than a bar at zero.

// %%
Notebook.Show(
    Chart.Bars(
        "CAC by channel, Q1 2026 (LinkedIn: no customer, CAC undefined)",
        "Customer acquisition cost",
        [.. byChannel.Where(c => cacByChannel[c.Channel].IsDefined).Select(c => (c.Channel, cacByChannel[c.Channel].Value.Amount))],
        new ValueFormat("C", french, tickPattern: "C0")),
    "cac-by-channel");

// %% [markdown]
// ## The full CAC counts the sales team too
// Channel spend is only the marketing half. The catalogue defines the CAC as
// **(sales costs + marketing costs) / new customers**: salaries and commissions of the two account
// managers, the CRM and the travel to prospects belong to it. For Atelier Vernet they come to
// 41 400 € for the quarter (from the payroll and the expense reports).

// %%
var salesCosts = Money.Euros(41_400m);
var fullCac = Acquisition.CustomerAcquisitionCost(salesCosts, marketingSpend, newCustomers);
Console.WriteLine($"Sales costs:          {salesCosts.ToString("C", french),12}");
Console.WriteLine($"Marketing costs:      {marketingSpend.ToString("C", french),12}");
Console.WriteLine($"New customers:        {newCustomers,12}");
Console.WriteLine($"CAC, marketing only:  {Cell(Acquisition.CustomerAcquisitionCost(marketingSpend, newCustomers), "C"),12}");
Console.WriteLine($"CAC, full:            {Cell(fullCac, "C"),12}");

// %% [markdown]
// ## From the cost of a qualified lead to the CAC
// A company that automated its prospecting can read the CAC another way:
// **CAC = cost per qualified lead / lead-to-customer conversion rate**. Each customer needs
// 1 / rate qualified leads, so it costs that many times a lead. Its before/after figures are
// usually quoted rounded; the library keeps every digit and the
// rounded value sits beside the exact one.

// %%
var cplBefore = Money.Euros(85m);
var cplAfter = Money.Euros(38m);
var rateBefore = Rate.FromPercent(12m);
var rateAfter = Rate.FromPercent(18m);
var cacBefore = Acquisition.CustomerAcquisitionCostFromLeadCost(cplBefore, rateBefore).Value;
var cacAfter = Acquisition.CustomerAcquisitionCostFromLeadCost(cplAfter, rateAfter).Value;
var cplChange = Change.Between(cplBefore, cplAfter);
var rateChange = Change.Between(rateBefore, rateAfter);
var cacChange = Change.Between(cacBefore, cacAfter);

Console.WriteLine($"{"",-24} {"before",10} {"after",10} {"change",22}   rounded");
Console.WriteLine($"{"Cost per qualified lead",-24} {cplBefore.ToString("C", french),10} {cplAfter.ToString("C", french),10} {Signed(cplChange.Relative.Value),22}   85€ → 38€, -55%");
Console.WriteLine($"{"Conversion rate",-24} {rateBefore.ToString("P1", french),10} {rateAfter.ToString("P1", french),10} {$"{rateChange.Absolute.ToString(null, french)}, {Signed(rateChange.Relative.Value)}",22}   12% → 18%, +50%");
Console.WriteLine($"{"CAC",-24} {cacBefore.ToString("C", french),10} {cacAfter.ToString("C", french),10} {Signed(cacChange.Relative.Value),22}   708€ → 211€, -70%");
Console.WriteLine();
Console.WriteLine($"Exact: 85 € / 12 % = {cacBefore.ToString("R", null)} and 38 € / 18 % = {cacAfter.ToString("R", null)}");

// %% [markdown]
// The same reading on Atelier Vernet's quarter, with the MQL (« lead qualifié ») as the qualified
// lead: **cost per qualified lead** = channel spend / MQLs, and the conversion rate
// = customers / MQLs. The two routes to the CAC agree, since (spend / MQL) / (customers / MQL) =
// spend / customers. A conversion rate of 0 % (LinkedIn) gives an undefined CAC here too.

// %%
Console.WriteLine($"{"Channel",-12} {"MQL",4} {"Cost/MQL",10} {"MQL→customer",13} {"CAC via lead cost",18} {"CAC direct",11}");
foreach (var c in byChannel)
{
    var costPerQualifiedLead = Acquisition.CostPerQualifiedLead(c.Spend, c.Qualified);
    var qualifiedToCustomer = Conversion.ConversionRate(c.Customers, c.Qualified);
    var viaLeadCost = Acquisition.CustomerAcquisitionCostFromLeadCost(costPerQualifiedLead.Value, qualifiedToCustomer.Value);
    Console.WriteLine($"{c.Channel,-12} {c.Qualified,4} {Cell(costPerQualifiedLead, "C"),10} {Cell(qualifiedToCustomer, "P1"),13} {Cell(viaLeadCost, "C"),18} {Cell(cacByChannel[c.Channel], "C"),11}");
}

// %% [markdown]
// ## The funnel: lead → MQL → SQL → opportunity → won
// A conversion rate at every step of the pipeline, read « en cascade »:
// **step rate = items reaching stage N+1 / items at stage N**, and the **overall rate** = last stage /
// first stage. The step with the lowest rate is the bottleneck (« le goulot d'étranglement »), the
// one the teams should concentrate on.
//
// The stages at Atelier Vernet: a *lead* is any contact; an *MQL* (marketing-qualified lead) fits
// the target and showed interest; an *SQL* (sales-qualified lead) was accepted by a salesperson,
// who booked a meeting; an *opportunity* has a confirmed need and received a quote; *won* signed.
// The CRM stores the furthest stage of each lead, so a stage's count is the number of leads that
// reached it or went further.

// %%
var counts = stages.Select((_, s) => (long)leads.Count(l => l.Furthest >= s)).ToArray();
var funnel = Conversion.Funnel([.. stages.Select((name, s) => new FunnelStage(name, counts[s]))]);

Console.WriteLine($"{"Step",-22} {"From",5} {"To",5} {"Lost",5} {"Rate",8}");
foreach (var step in funnel.Steps)
{
    Console.WriteLine($"{$"{step.From.Name} → {step.To.Name}",-22} {step.From.Count,5} {step.To.Count,5} {step.Lost,5} {Cell(step.Rate, "P1"),8}");
}

var bottleneck = funnel.Bottleneck.Value;
Console.WriteLine();
Console.WriteLine($"Overall (lead → won): {Cell(funnel.OverallRate, "P2")}");
Console.WriteLine($"Bottleneck:           {bottleneck.From.Name} → {bottleneck.To.Name}, {bottleneck.Rate.Value.ToString("P1", french)} ({bottleneck.Lost} leads lost)");
Console.WriteLine($"In one line:          {funnel}");

// %%
Notebook.Show(
    Chart.Funnel("Atelier Vernet's funnel, Q1 2026", [.. funnel.Stages.Select(s => (s.Name, s.Count))], new ValueFormat("N0", french), new ValueFormat("P1", french)),
    "funnel");

// %% [markdown]
// Only 32 % of the MQLs become SQLs: the hand-over from marketing to sales is where the pipeline
// narrows most, well below the other steps. Either marketing passes on leads that do not fit, or
// sales does not follow them up. The next question is which channel leaks where; the same funnel,
// built per channel, answers it.

// %%
Console.WriteLine($"{"Channel",-12} {string.Join(" ", stages.Select(s => $"{s,11}"))}  bottleneck");
foreach (var channel in channels)
{
    var own = leads.Where(l => l.Channel == channel).ToList();
    var channelFunnel = Conversion.Funnel([.. stages.Select((name, s) => new FunnelStage(name, own.Count(l => l.Furthest >= s)))]);
    var weakest = channelFunnel.Bottleneck.Value;
    Console.WriteLine($"{channel,-12} {string.Join(" ", channelFunnel.Stages.Select(s => $"{s.Count,11}"))}  {weakest.From.Name} → {weakest.To.Name} ({weakest.Rate.Value.ToString("P0", french)})");
}

// %% [markdown]
// ## The named conversion rates
// Each pair of stages has its own name in the catalogue, and its own method in the library, all
// with the same rule (part / whole, undefined when the whole is zero). Every result carries its
// catalogue id, which gives the French name back.

// %%
var (leadCount, mql, sql, opportunities, won) = (counts[0], counts[1], counts[2], counts[3], counts[4]);
KpiResult<Rate>[] named =
[
    Conversion.QualifiedLeadRate(mql, leadCount),
    Conversion.MqlToSqlRate(sql, mql),
    Conversion.LeadToSqlRate(sql, leadCount),
    Conversion.LeadToOpportunityRate(opportunities, leadCount),
    Conversion.ClosingRate(won, opportunities),
    Conversion.ConversionRate(won, leadCount),
];

Console.WriteLine($"{"KPI",-28} {"French name",-40} {"Rate",8}");
foreach (var rate in named)
{
    var definition = KpiCatalog.Get(rate.KpiId);
    Console.WriteLine($"{definition.EnglishName,-28} {definition.FrenchName,-40} {Cell(rate, "P1"),8}");
}

Console.WriteLine();
Console.WriteLine($"MQL → SQL equals the funnel's second step: {named[1].Value == funnel.Steps[1].Rate.Value}");
Console.WriteLine($"Closing rate equals the funnel's last step: {named[4].Value == funnel.Steps[3].Rate.Value}");

// %% [markdown]
// ## "+5 points" is not "+5 %"
// The library sets the success threshold of the quote-to-order rate (« taux devis → commande ») at
// **+5 points**: an absolute gain in percentage points, not a relative one. From 20 %, +5 points is
// 25 % (a relative gain of +25 %), while +5 % would only be 21 % (+1 point). `Change.Between` gives
// both readings of a change between two rates.

// %%
var from20 = Rate.FromPercent(20m);
foreach (var to in new[] { Rate.FromPercent(25m), Rate.FromPercent(21m) })
{
    var change = Change.Between(from20, to);
    Console.WriteLine($"20 % → {to.ToString("P0", french),4}: {change.Absolute.ToString(null, french),9}, {Signed(change.Relative.Value),8} relative, success: {Conversion.IsQuoteToOrderSuccess(from20, to)}");
}

// %% [markdown]
// At Atelier Vernet every opportunity receives a quote, so this quarter's quote-to-order rate is the
// funnel's last step: 23 orders from 60 quotes. Last quarter (Q4 2025, from the CRM report) it was
// 21 orders from 60 quotes. The sales team announces "+9.5 %"; the target, though, is in points.

// %%
var lastQuarter = Conversion.QuoteToOrderRate(21, 60).Value;
var thisQuarter = Conversion.QuoteToOrderRate(won, opportunities).Value;
var quoteChange = Change.Between(lastQuarter, thisQuarter);
var target = lastQuarter + Conversion.QuoteToOrderSuccessGain;

Console.WriteLine($"Q4 2025:          {lastQuarter.ToString("P1", french)}");
Console.WriteLine($"Q1 2026:          {thisQuarter.ToString("P1", french)}");
Console.WriteLine($"Change:           {quoteChange.Absolute.ToString(null, french)} ({Signed(quoteChange.Relative.Value)} relative), {quoteChange.Assess(Direction.HigherIsBetter)}");
Console.WriteLine($"Target:           {lastQuarter.ToString("P1", french)} {Conversion.QuoteToOrderSuccessGain.ToString(null, french)} = {target.ToString("P1", french)}");
Console.WriteLine($"Success (+5 pts): {Conversion.IsQuoteToOrderSuccess(lastQuarter, thisQuarter)}");
Console.WriteLine($"Orders needed:    {decimal.Ceiling(target.Fraction * opportunities)} of {opportunities} quotes");

// %% [markdown]
// ## What the director takes away
// - Referral and emailing bring customers for a few hundred euros each; trade fairs cost the most
//   per customer, and LinkedIn has no CAC yet: no customer so far, which is a warning, not a zero.
// - With the sales team counted, a customer costs about 3 200 €, more than twice the channel-only
//   figure: the number to weigh against a customer's lifetime value (see notebook 03).
// - The funnel's bottleneck is MQL → SQL: a shared definition of a qualified lead between marketing
//   and sales is the first fix, before spending more at the top of the funnel.
// - The quote-to-order rate rose by 3.3 points, which is +9.5 % but short of the +5 points target:
//   one more signed quote would have reached it.
