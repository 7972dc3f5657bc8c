#:project ../../src/KpiFormulas/KpiFormulas.csproj
#:project ../tooling/KpiFormulas.Charts/KpiFormulas.Charts.csproj
#:property PublishAot=false
// %% [markdown]
// # Is it worth it? Investment, margins, subscriptions and noise
// Notebook 04 left Berthier Rénovation, the 14-person renovation company near Tours, with a
// payback of 30/31 of a month for its AI assistants: a 1 500 € investment (licences set-up and
// training), 200 € a month of licences, and 50 hours saved a month, valued at the loaded cost of
// an employee, 35 € an hour. Its accountant now asks the questions a payback does not answer:
//
// 1. **Is it worth it once money has a time value?** Net present value, internal rate of return
//    and discounted payback of the same figures (Investment family).
// 2. **What margin must a job make to carry the tool?** Gross margin, markup and break-even
//    (Profitability family).
// 3. **How did the maintenance contracts move this month?** Berthier also sells monthly boiler
//    and heat-pump maintenance contracts; their recurring revenue, movement by movement, as a
//    waterfall (Subscription family).
// 4. **Is "+5 points" real?** Since the AI prospecting assistant, 5 of March's 40 leads signed,
//    against 3 of February's 40: is the rise from 7.5 % to 12.5 % a real change or noise
//    (Statistics family)?
//
// Every figure is computed by the library; the key ones are checked by hand in the comments.
// Run it with `dotnet run docs/notebooks/06-is-it-worth-it.cs` from the repository root.

// %%
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KpiFormulas;
using KpiFormulas.Formulas;
using KpiFormulas.Catalog;
using KpiFormulas.Charts;

var fr = CultureInfo.GetCultureInfo("fr-FR");
var inv = CultureInfo.InvariantCulture;

// Display helpers: money and rates are formatted by the library (French culture, as the company
// reads them), undefined results with their reason.
string Euros(Money amount) => amount.ToString("C", fr);
string Percent(Rate rate, int decimals = 2) => rate.ToString("P" + decimals.ToString(inv), fr);
string Number(decimal value, string format = "0.##") => value.ToString(format, fr);
string Undefined(UndefinedReason reason, string why) => $"undefined ({reason}): {why}";

// Prints aligned columns: the first left-aligned, then numbers (amounts, rates) right-aligned and text left-aligned.
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

// %% [markdown]
// ## The metrics in the library's catalogue
// Every metric of this notebook is a catalogue entry with its French and English names and its
// direction (which way is good news).

// %%
string[] metricsOfThisCase =
[
    "npv", "irr", "mirr", "discounted_payback", "cagr",
    "gross_margin_rate", "markup_rate", "contribution_margin", "break_even_revenue",
    "mrr", "mrr_movements", "gross_mrr_churn_rate", "net_mrr_churn_rate", "net_revenue_retention", "gross_revenue_retention", "arpa", "saas_quick_ratio",
    "rate_confidence_interval", "change_significance", "required_sample_size",
];
Table(
    ["id", "nom (fr)", "name (en)", "better"],
    KpiCatalog.All
        .Where(kpi => metricsOfThisCase.Contains(kpi.Id))
        .Select(kpi => new[] { kpi.Id, kpi.FrenchName, kpi.EnglishName, kpi.Direction == Direction.HigherIsBetter ? "higher ↑" : "lower ↓" }));

// %% [markdown]
// ## 1. The AI tools as an investment
// ### The cash flows
// Notebook 04's figures, month by month over the first year: 1 500 € paid at the start (month 0,
// not discounted), then every month the value of the hours saved (50 h × 35 € = 1 750 €) less
// the licences (200 €), a net inflow of 1 550 €. Money costs Berthier 8 % a year (its bank
// overdraft rate); the monthly rate equivalent to it is the growth rate that compounds to
// +8 % in 12 months, the `cagr` of 1 → 1.08 over 12 periods:
// 1.08^(1/12) − 1 = 0.6434 % a month, not 8 % / 12 = 0.6667 %.

// %%
var investment = Money.Euros(1_500m);
var monthlyCost = Money.Euros(200m);
var hourlyValue = ReturnOnInvestment.HourlyCostOfEmployee;
var monthlyRate = Investment.Cagr(1m, 1.08m, 12m).Value;
// By hand: 1.08^(1/12) = e^(ln 1.08 / 12) = e^(0.0769610 / 12) = e^0.00641342 = 1.00643403.
Console.WriteLine($"hourly value of the time saved: {Euros(hourlyValue)}");
Console.WriteLine($"monthly discount rate:          {Percent(monthlyRate, 4)} (8 % a year compounded monthly)");

// The flows of a scenario: the outlay today, then twelve months of net saving.
Money[] Flows(TimeSpan hoursSavedPerMonth)
{
    var net = ReturnOnInvestment.NetMonthlySaving(hoursSavedPerMonth, hourlyValue, monthlyCost);
    return [-investment, .. Enumerable.Repeat(net, 12)];
}

var example = Flows(TimeSpan.FromHours(50));
Console.WriteLine($"flows of the example:           {Euros(example[0])}, then 12 × {Euros(example[1])}");

// %% [markdown]
// ### NPV, IRR, MIRR and discounted payback
// The same four scenarios as notebook 04's payback table: the tool saves 50, 20, 10 or 5 hours a
// month. For each, over the first year at 0.6434 % a month:
//
// - the **net present value** from time zero, the outlay today and each month's net saving
//   discounted (`NpvFromTimeZero`; the spreadsheet writes `=B1 + NPV(rate, B2:B13)`),
// - the **internal rate of return**, per month, and what it compounds to in a year,
// - the **modified internal rate of return**, financing and reinvesting at the 0.6434 %,
// - the **discounted payback**, in months.

// %%
var scenarios = new (string Name, TimeSpan Hours)[]
{
    ("50 h a month (example)", TimeSpan.FromHours(50)),
    ("20 h a month", TimeSpan.FromHours(20)),
    ("10 h a month", TimeSpan.FromHours(10)),
    ("5 h a month", TimeSpan.FromHours(5)),
};

// A monthly rate compounded over twelve months, (1 + r)^12 − 1, exactly in decimal.
Rate Yearly(Rate monthly)
{
    var growth = 1m;
    for (var month = 0; month < 12; month++)
    {
        growth *= 1m + monthly.Fraction;
    }

    return Rate.FromFraction(growth - 1m);
}

Table(
    ["scenario", "net / month", "NPV, 12 months", "IRR / month", "IRR, a year", "MIRR / month", "discounted payback"],
    scenarios.Select(s =>
    {
        var flows = Flows(s.Hours);
        var irr = Investment.Irr(flows);
        return new[]
        {
            s.Name,
            Euros(flows[1]),
            Euros(Investment.NpvFromTimeZero(monthlyRate, flows).Value),
            irr.Match(r => Percent(r), (reason, _) => reason.ToString()),
            irr.Match(r => Percent(Yearly(r), 0), (_, _) => "-"),
            Investment.Mirr(flows, monthlyRate, monthlyRate).Match(r => Percent(r), (reason, _) => reason.ToString()),
            Investment.DiscountedPayback(monthlyRate, flows).Match(m => Number(m, "0.00") + " months", (reason, _) => reason.ToString()),
        };
    }));

// By hand, the example (50 h): the twelve savings are an annuity, 1 550 € × (1 − 1.08^−1) / 0.00643403
// = 1 550 € × 0.0740741 / 0.00643403 = 1 550 € × 11.51288 = 17 844.93 €, less the 1 500 € today: NPV 16 344.93 €.
// The IRR r solves 1 500 = 1 550 × (1 − (1 + r)^−12) / r: r = 103.31 % a month (a perpetuity gives
// 1 550 / 1 500 − 1 = 103.33 %; twelve months are almost a perpetuity at such a rate).
// The discounted payback: the first month's saving is worth 1 550 / 1.00643403 = 1 540.09 € today, so the
// outlay is paid back 1 500 / 1 540.09 = 0.97 months in (0.9677, 30/31, without discounting).
// At 10 h: 10 × 35 − 200 = 150 € a month; NPV = 150 × 11.51288 − 1 500 = 226.93 €; the IRR solves
// (1 − (1 + r)^−12) / r = 10: r = 2.92 % a month, 1.0292^12 − 1 = 41 % a year.
// At 5 h the tool loses 25 € a month: no flow is positive, so there is no rate of return and no payback.

// %% [markdown]
// **Reading.** At 50 hours a month the tool is worth 16 345 € today over its first year, and its
// IRR of 103 % *a month* (close to 500 000 % a year) says only that the outlay comes back within
// the first month: an IRR that large is not a rate anyone can earn elsewhere, which is why the
// MIRR, reinvesting the savings at the company's own 0.64 % a month, gives a rate that can be
// compared (23.7 % a month). Discounting barely moves the payback (0.97 month against 0.9677): at
// 8 % a year, money's time value matters only for paybacks of years, not weeks. The decision turns
// on the hours really saved: at 10 hours a month the tool is still worth doing (NPV +227 €, 41 % a
// year), at 5 hours it destroys value (NPV −1 788 €), whatever the discount rate.
//
// When no flow is positive, the library says so instead of returning a number:

// %%
var losing = Flows(TimeSpan.FromHours(5));
Console.WriteLine($"IRR at 5 h:                {Investment.Irr(losing).Match(r => Percent(r), Undefined)}");
Console.WriteLine($"discounted payback at 5 h: {Investment.DiscountedPayback(monthlyRate, losing).Match(m => Number(m), Undefined)}");

// %% [markdown]
// The cumulated discounted flows month by month show the same as notebook 04's payback curve,
// discounted: the 50 h and 20 h curves cross zero in months 1 and 4 (3.04 months in), the 10 h
// curve in month 11 (10.37 months in), the 5 h curve never.

// %%
var monthLabels = Enumerable.Range(0, 13).Select(m => "M" + m.ToString(inv)).ToList();
var curves = scenarios.Select(s =>
{
    var flows = Flows(s.Hours);
    var cumulated = new decimal?[flows.Length];
    var total = 0m;
    for (var month = 0; month < flows.Length; month++)
    {
        // The present value of the flows up to this month: the NPV from time zero of the first month + 1 flows.
        total = Investment.NpvFromTimeZero(monthlyRate, flows.AsSpan(0, month + 1)).Value.Amount;
        cumulated[month] = total;
    }

    return new LineSeries(s.Name, cumulated);
}).ToList();
Notebook.Show(
    Chart.Lines(
        "Cumulated discounted net saving (8 % a year)",
        "Months after the investment",
        "Present value",
        monthLabels,
        curves,
        band: null,
        new ValueFormat("C", fr, tickPattern: "C0")),
    "discounted-payback");

// %% [markdown]
// ## 2. Margins: what a job must make to carry the tool
// A typical bathroom renovation is quoted 12 000 € (before tax) for 7 800 € of materials and
// subcontracting. Its gross margin is (12 000 − 7 800) / 12 000 = 35 % of the price; its markup,
// the same 4 200 € over the cost, is 4 200 / 7 800 = 53.85 %. SMEs often confuse the two: a price
// set with a 35 % *markup* gives only a 25.93 % *margin* (0.35 / 1.35).

// %%
var jobPrice = Money.Euros(12_000m);
var jobCosts = Money.Euros(7_800m);
var grossMargin = Profitability.GrossMarginRate(jobPrice, jobCosts).Value;
var markup = Profitability.MarkupRate(jobPrice, jobCosts).Value;
Table(
    ["the bathroom job", "value"],
    [
        ["price", Euros(jobPrice)],
        ["materials and subcontracting", Euros(jobCosts)],
        ["contribution margin", Euros(Profitability.ContributionMargin(jobPrice, jobCosts))],
        ["gross margin rate, of the price", Percent(grossMargin)],
        ["markup rate, of the cost", Percent(markup)],
        ["a 35 % markup is a margin of", Percent(Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(35m)).Value)],
        ["a 35 % margin is a markup of", Percent(Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(35m)).Value)],
    ]);

// %% [markdown]
// **Break-even.** Seen as a fixed cost, the tool must bring enough extra work for its margin to
// pay for it. With 35 % of each euro of price left once the job's own costs are paid, the 200 € of
// licences a month need 200 / 0.35 = 571.43 € of extra jobs a month, and the 1 500 € outlay
// 4 285.71 € once: the revenue the hours saved must turn into if they are to pay for the tool by
// selling more rather than by the time value of notebook 04. The 50 hours saved, reinvested in
// the commercial development of notebook 04's survey (45 % of them, 22.5 h), would have to sell
// 25.40 € of jobs an hour to cover the licences.

// %%
var marginRatio = Profitability.ContributionMarginRatio(jobPrice, jobCosts).Value;
var licencesBreakEven = Profitability.BreakEvenRevenue(monthlyCost, marginRatio).Value;
Console.WriteLine($"contribution margin ratio:          {Percent(marginRatio)}");
Console.WriteLine($"extra revenue to carry the licences: {Euros(licencesBreakEven)} a month");
Console.WriteLine($"extra revenue to carry the outlay:   {Euros(Profitability.BreakEvenRevenue(investment, marginRatio).Value)} once");
Console.WriteLine($"per commercial hour (22.5 h):        {Euros(licencesBreakEven / 22.5m)}");
Console.WriteLine($"a job sold at cost:                  {Profitability.BreakEvenRevenue(monthlyCost, Profitability.ContributionMarginRatio(jobCosts, jobCosts).Value).Match(Euros, Undefined)}");
// By hand: 200 / 0.35 = 571.428571... → 571.43 €; 1 500 / 0.35 = 4 285.714... → 4 285.71 €; 571.43 / 22.5 = 25.40 €.

// %% [markdown]
// ## 3. A month of maintenance contracts
// Berthier's maintenance contracts are billed monthly: 29 € (boiler), 49 € (heat pump) or 120 €
// and more for a business site. Their monthly recurring revenue (MRR) at the end of February and
// of March 2026, customer by customer, classified as the subscription analytics vendors do
// (ChartMogul, Baremetrics): a contract from zero is **new** (or a **reactivation** when the
// customer paid before February), a larger one an **expansion**, a smaller one a **contraction**,
// one that falls to zero **churned**.

// %%
var contracts = new (string Customer, decimal February, decimal March, bool PaidBefore)[]
{
    ("Dupont", 29m, 29m, false),
    ("Martin", 29m, 49m, false),     // boiler → heat pump: +20 expansion
    ("Bernard", 49m, 49m, false),
    ("Petit", 49m, 29m, false),      // heat pump removed: −20 contraction
    ("Durand SARL", 120m, 180m, false), // a second site: +60 expansion
    ("Leroy", 29m, 0m, false),       // moved away: 29 churned
    ("Moreau", 49m, 0m, false),      // went to a competitor: 49 churned
    ("Simon SCI", 120m, 120m, false),
    ("Laurent", 0m, 49m, false),     // new
    ("Lefebvre", 0m, 29m, false),    // new
    ("Michel & Fils", 0m, 120m, false), // new
    ("Garcia", 0m, 29m, true),       // came back after a year away: reactivation
    ("Roux", 29m, 29m, false),
    ("Fournier", 49m, 49m, false),
};
var movements = Subscription.Movements(
    [.. contracts.Select(c => Money.Euros(c.February))],
    [.. contracts.Select(c => Money.Euros(c.March))],
    [.. contracts.Select(c => c.PaidBefore)]);
var activeInMarch = contracts.Count(c => c.March > 0m);
var marchMrr = Subscription.Mrr([.. contracts.Select(c => Money.Euros(c.March))]);
Table(
    ["movement", "MRR"],
    [
        ["opening (end of February)", Euros(movements.Opening)],
        ["+ new", Euros(movements.New)],
        ["+ expansion", Euros(movements.Expansion)],
        ["+ reactivation", Euros(movements.Reactivation)],
        ["− contraction", Euros(movements.Contraction)],
        ["− churned", Euros(movements.Churned)],
        ["closing (end of March)", Euros(movements.Closing)],
        ["net new MRR", Euros(movements.NetNew)],
    ]);
Console.WriteLine();
Console.WriteLine($"MRR of March, summed contract by contract: {Euros(marchMrr)} (the closing MRR: {(marchMrr == movements.Closing ? "equal" : "different")})");
Console.WriteLine($"ARR:                                      {Euros(Subscription.Arr(marchMrr))}");
// By hand: opening 29 + 29 + 49 + 49 + 120 + 29 + 49 + 120 + 29 + 49 = 552 €; new 49 + 29 + 120 = 198 €;
// expansion 20 + 60 = 80 €; reactivation 29 €; contraction 20 €; churned 29 + 49 = 78 €;
// closing 552 + 198 + 80 + 29 − 20 − 78 = 761 €; ARR 12 × 761 = 9 132 €.

// %%
Notebook.Show(
    Chart.Waterfall(
        "Maintenance contracts: MRR movements in March 2026",
        "MRR",
        ("End of February", movements.Opening.Amount),
        [
            ("New", movements.New.Amount),
            ("Expansion", movements.Expansion.Amount),
            ("Reactivation", movements.Reactivation.Amount),
            ("Contraction", -movements.Contraction.Amount),
            ("Churned", -movements.Churned.Amount),
        ],
        "End of March",
        new ValueFormat("C0", fr)),
    "mrr-waterfall");

// %% [markdown]
// The rates a subscription dashboard reads from those movements:

// %%
Table(
    ["indicator", "value", "formula"],
    [
        ["gross MRR churn rate", Percent(Subscription.GrossMrrChurnRate(movements).Value), "(contraction + churned) / opening"],
        ["net MRR churn rate", Percent(Subscription.NetMrrChurnRate(movements).Value), "(contraction + churned − expansion − reactivation) / opening"],
        ["gross revenue retention", Percent(Subscription.GrossRevenueRetention(movements).Value), "(opening − contraction − churned) / opening"],
        ["net revenue retention", Percent(Subscription.NetRevenueRetention(movements).Value), "(opening + expansion − contraction − churned) / opening"],
        ["SaaS quick ratio", Subscription.SaasQuickRatio(movements).Value.ToString("G2", fr), "(new + expansion + reactivation) / (contraction + churned)"],
        ["ARPA (" + activeInMarch.ToString(inv) + " active contracts)", Euros(Subscription.Arpa(marchMrr, activeInMarch).Value), "MRR / active accounts"],
    ]);
// By hand: gross churn 98 / 552 = 17.75 %; net churn (98 − 80 − 29) / 552 = −11 / 552 = −1.99 % (negative:
// the expansions and the reactivation more than make up for the losses); GRR 454 / 552 = 82.25 %;
// NRR (552 + 80 − 98) / 552 = 534 / 552 = 96.74 %; quick ratio 307 / 98 = 3.13; ARPA 761 / 12 active contracts = 63.42 €.

// %% [markdown]
// **Reading.** The contract book grew by 209 € of MRR (+37.9 %) in March, but mostly from three
// new customers: the contracts that were already there kept only 96.74 % of their revenue (net
// revenue retention), and lost 17.75 % before expansions. A quick ratio of 3.13 (3.13 € gained for
// each euro lost) is healthy; on 14 contracts, though, one customer more or less moves every rate
// by several points, which is the subject of the last part.

// %% [markdown]
// ## 4. "+5 points on 40 leads": real or noise?
// Since the AI prospecting assistant went live, 5 of March's 40 qualified leads became customers
// (12.5 %), against 3 of February's 40 (7.5 %): +5 points, a relative rise of two thirds. Before
// crediting the tool, the accountant asks whether two more customers out of 40 could be chance.
//
// First, how precisely each rate is known: the **Wilson score interval** at 95 %, which, unlike
// the textbook p ± 1.96 √(p(1 − p)/n), stays within 0 % and 100 % and keeps its coverage on small
// samples.

// %%
var confidence = Rate.FromPercent(95m);
var february = Statistics.RateConfidenceInterval(3, 40, confidence).Value;
var march = Statistics.RateConfidenceInterval(5, 40, confidence).Value;
Table(
    ["month", "customers / leads", "rate", "95 % interval", "width"],
    [
        ["February", "3 / 40", Percent(february.PointEstimate, 1), $"{Percent(february.Lower)} to {Percent(february.Upper)}", february.Width.ToString("G2", fr)],
        ["March", "5 / 40", Percent(march.PointEstimate, 1), $"{Percent(march.Lower)} to {Percent(march.Upper)}", march.Width.ToString("G2", fr)],
    ]);
Console.WriteLine();
Console.WriteLine($"March's rate inside February's interval: {(february.Contains(march.PointEstimate) ? "yes" : "no")}; February's inside March's: {(march.Contains(february.PointEstimate) ? "yes" : "no")}");
// By hand, 3 of 40 with z = 1.959964: p = 0.075, z²/n = 0.0960366, denominator 1.0960366;
// centre (0.075 + 0.0480182) / 1.0960365 = 0.1122392; half-width 1.959964 / 1.0960365 × √(0.075 × 0.925 / 40
// + 3.841459 / 6 400) = 1.788229 × √(0.0017344 + 0.0006002) = 1.788229 × 0.0483177 = 0.0864032;
// interval 0.1122392 ∓ 0.0864032 = 2.58 % to 19.86 %. For 5 of 40 the same gives 5.46 % to 26.11 %.

// %% [markdown]
// Each interval is some 17 to 21 points wide and holds the other month's rate: 40 leads cannot
// tell 7.5 % from 12.5 %. The **significance of the change** says it with one number, the
// probability of a gap at least this large if the true rate had not changed. With only 8
// customers in all, the expected count of customers in each month is 4, below the 5 the normal
// approximation needs, so the library uses **Fisher's exact test** rather than the two-proportion
// z-test.

// %%
var change = Statistics.ChangeSignificance(3, 40, 5, 40, Rate.FromPercent(5m)).Value;
Console.WriteLine($"test:    {change.Test}");
Console.WriteLine($"p-value: {Number(change.PValue, "0.0000")}");
Console.WriteLine($"verdict: {change.Verdict}");
// By hand: with 8 customers among 80 leads, 40 in each month, the number x of February's customers is
// hypergeometric: P(x) = C(40, x) C(40, 8 − x) / C(80, 8), C(80, 8) = 28 987 537 150. P(3) = P(5) =
// 9 880 × 658 008 / 28 987 537 150 = 0.224273; P(4) = 91 390² / 28 987 537 150 = 0.288128. The tables
// no more likely than the observed x = 3 are every x but 4: p = 1 − 0.288128 = 0.711872 → 0.7119.

// %% [markdown]
// A p-value of 0.71: if the true rate had not changed, 8 customers would split between two months
// of 40 leads as unevenly as 3 and 5, or more, 71 times in 100. The same +5 points tell more as the samples grow; on 400 leads a
// month it is a real change:

// %%
var cases = new (long Before, long Leads, long After)[] { (3, 40, 5), (8, 40, 10), (30, 400, 50), (80, 400, 100) };
Table(
    ["before", "after", "change", "test", "p-value", "significant at 5 %"],
    cases.Select(c =>
    {
        var result = Statistics.ChangeSignificance(c.Before, c.Leads, c.After, c.Leads, Rate.FromPercent(5m)).Value;
        var before = Rate.FromFraction((decimal)c.Before / c.Leads);
        var after = Rate.FromFraction((decimal)c.After / c.Leads);
        return new[]
        {
            $"{c.Before} / {c.Leads} ({Percent(before, 1)})", $"{c.After} / {c.Leads} ({Percent(after, 1)})", (after - before).ToString("G2", fr),
            result.Test.ToString(), Number(result.PValue, "0.0000"), result.IsSignificant ? "yes" : "no",
        };
    }));
// By hand, 30 → 50 of 400: pooled rate 80 / 800 = 0.1; standard error √(0.1 × 0.9 × (1/400 + 1/400)) = 0.0212132;
// z = 0.05 / 0.0212132 = 2.357; p = 2 × (1 − Φ(2.357)) = 0.0184. 8 → 10 of 40: z = 0.05 / √(0.225 × 0.775 / 20)
// = 0.05 / 0.0933742 = 0.5355, p = 0.5923.

// %% [markdown]
// **How many leads would tell?** To measure each month's rate within ±2.5 points (half the
// 5-point gap, so that the two intervals could separate) at 95 % confidence, with a rate around
// 10 %, the sample size is 1.96² × 0.1 × 0.9 / 0.025² = 553.2, so 554 leads a month; knowing
// nothing of the rate (50 %, the most demanding case) it would be 1 537. (The classical power
// calculation for the difference of two proportions, 80 % power at a two-sided 5 % level, gives
// a similar 564 leads a month for 7.5 % against 12.5 %.)

// %%
Console.WriteLine($"±2.5 points at 95 %, rate near 10 %: {Statistics.RequiredSampleSize(Rate.FromPercent(2.5m), confidence, Rate.FromPercent(10m))} leads a month");
Console.WriteLine($"±2.5 points at 95 %, rate unknown:   {Statistics.RequiredSampleSize(Rate.FromPercent(2.5m), confidence)} leads a month");
Console.WriteLine($"±5 points at 95 %, rate near 10 %:   {Statistics.RequiredSampleSize(Rate.FromPercent(5m), confidence, Rate.FromPercent(10m))} leads a month");
// By hand: 3.841459 × 0.09 / 0.000625 = 553.17 → 554; 3.841459 × 0.25 / 0.000625 = 1 536.58 → 1 537;
// 3.841459 × 0.09 / 0.0025 = 138.29 → 139.

// %% [markdown]
// **Against a target: drift or noise?** Berthier's target for the conversion of qualified leads is
// 18 %, the rate notebook 04 reports once the tools are in use. March's 12.5 % is 30.56 % below
// it, three times the 10 % tolerance of the weekly drift check (`Targets.CheckDrift`), which calls
// for an adjustment. `Targets.CheckRateDriftAgainstNoise` asks instead whether the true rate can
// still be 18 % given the counts: the one-proportion score test, whose verdict agrees with the
// Wilson interval (the gap is beyond noise exactly when the interval lies clear of the target). On
// March alone, on the first quarter's 120 leads and on six months' 240:

// %%
var conversionTarget = Rate.FromPercent(18m);
var periods = new (string Name, long Customers, long Leads)[] { ("March", 5, 40), ("January to March", 14, 120), ("October to March", 30, 240) };
Table(
    ["leads of", "customers / leads", "rate", "gap by tolerance", "weekly check", "95 % interval", "p-value", "against noise"],
    periods.Select(p =>
    {
        var rate = Rate.FromFraction((decimal)p.Customers / p.Leads);
        var byTolerance = Targets.CheckDrift(rate, conversionTarget, Direction.HigherIsBetter);
        var againstNoise = Targets.CheckRateDriftAgainstNoise(p.Customers, p.Leads, conversionTarget, Direction.HigherIsBetter).Value;
        return new[]
        {
            p.Name, $"{p.Customers} / {p.Leads}", Percent(rate), Percent(byTolerance.RelativeGap.Value), byTolerance.Status.ToString(),
            $"{Percent(againstNoise.Observed.Lower)} to {Percent(againstNoise.Observed.Upper)}", Number(againstNoise.PValue, "0.0000"), againstNoise.Status.ToString(),
        };
    }));
Console.WriteLine();
Console.WriteLine(Targets.CheckRateDriftAgainstNoise(30, 240, conversionTarget, Direction.HigherIsBetter).Value.Verdict);
// By hand: March, z = (0.125 − 0.18) / √(0.18 × 0.82 / 40) = −0.055 / 0.0607454 = −0.9054, p = 0.3652;
// the quarter, 14 / 120 = 11.67 %, z = −0.0633333 / 0.0350714 = −1.8058, p = 0.0709; six months,
// z = −0.055 / 0.0247992 = −2.2178, p = 0.0266 < 5 %, and the interval 8.90 % to 17.28 % no longer holds 18 %.

// %% [markdown]
// The weekly check's tolerance raises the alarm every time; counted against noise, neither March
// nor the quarter says the conversion is really below 18 %, and only six months of leads do. A
// small company reviewing rates on a few dozen cases should read the second verdict before
// adjusting anything.

// %% [markdown]
// ## Conclusion
// - **The AI tools are worth it**, and money's time value changes nothing: at the 50 hours a
//   month of notebook 04 they are worth 16 345 € today over their first year and pay back within
//   the first month, discounted or not. Over one year they stay worth doing down to 9.44 hours a
//   month (where twelve discounted net savings of 130.29 € repay the 1 500 €: 1 500 / 11.51286),
//   and below 5.71 hours (200 € / 35 €) they never pay back. The number to watch is the hours really
//   saved, not the discount rate.
// - **Margins**: a job at 35 % gross margin (a 53.85 % markup) carries the licences with 571 € of
//   extra jobs a month; pricing with a 35 % *markup* instead would leave only a 25.93 % margin.
// - **The maintenance contracts** grew by 209 € of MRR in March thanks to new customers, while the
//   existing ones kept 96.74 % of their revenue: the growth is in acquisition, not in the base.
// - **"+5 points on 40 leads" is not evidence.** February's 7.5 % and March's 12.5 % both lie
//   within the other's 95 % interval, and Fisher's exact test gives p = 0.71: the rise may well be
//   noise. The same 5 points would be significant on 400 leads a month (p = 0.018); to tell them
//   apart, Berthier needs some 550 leads a month, or a few months of data pooled, before crediting
//   or blaming the prospecting assistant. Against the 18 % target the same holds: a month and a
//   quarter of leads are within noise of it, six months are really below it (p = 0.027).
