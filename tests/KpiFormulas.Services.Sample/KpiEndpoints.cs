using System;
using System.Collections.Generic;
using System.Linq;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace KpiFormulas.Services.Sample;

/// <summary>
/// The sample's endpoints. Every value type binds straight from a route or query value through its
/// <c>TryParse(string, IFormatProvider)</c> (called with the invariant culture) and from JSON
/// bodies through its converter; the handlers only compute.
/// </summary>
public static class KpiEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The app.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Currency: "eur" in a route, "EUR" in JSON.
        app.MapGet("/currencies/{currency}", (Currency currency) =>
            TypedResults.Ok(new CurrencyInfo(currency, currency.NumericCode, currency.HasMinorUnits ? currency.MinorUnits : null, currency.EnglishName)));

        // Money: the invariant text form "EUR 1550.00" in routes and queries (URL-encoded space).
        app.MapGet("/money/round", RoundToMinorUnit);
        app.MapGet("/money/{amount}/minor-units", MinorUnits);
        app.MapGet("/money/from-minor-units", FromMinorUnits);
        app.MapGet("/money/sum", Sum);

        // Rate ("2%", URL-encoded "2%25") and PercentagePoints ("+5 pp").
        app.MapGet("/rates/{rate}/yearly", Yearly);
        app.MapGet("/rates/change", RateChange);
        app.MapGet("/rates/{baseline}/plus/{points}", (Rate baseline, PercentagePoints points) => TypedResults.Ok(baseline + points));
        app.MapGet("/points/relative-change", RelativeChangeOfPoints);

        // Ratio ("3.0:1").
        app.MapGet("/ratios/ltv-to-cac/{ratio}/health", (Ratio ratio) =>
            TypedResults.Ok(new LtvToCacHealthResponse(ratio, Efficiency.LtvToCacBands.Classify(ratio))));
        app.MapGet("/kpi/max-cac", MaxCac);

        // Period: the calendar forms fit one path segment; a run of days ("2026-03-01/P30D") holds a
        // slash, so it goes in a catch-all parameter at the end of a template, or in a query string.
        app.MapGet("/periods/{period}/previous", (Period period) => TypedResults.Ok(period.Previous()));
        app.MapGet("/periods/{**period}", (Period period) =>
            TypedResults.Ok(new PeriodSummary(period, period.Unit, period.Start, period.End, period.LastDay, period.Days)));
        app.MapGet("/kpi/per-month", (decimal quantity, Period period) =>
            TypedResults.Ok(new PerMonthResponse(period, quantity, period.PerMonth(quantity))));

        // JSON bodies.
        app.MapPost("/kpi/net-saving", NetSaving);
        app.MapPost("/kpi/ltv-to-cac", LtvToCac);
        app.MapPost("/kpi/cac", (CacRequest request) =>
            TypedResults.Ok(Acquisition.CustomerAcquisitionCost(request.SalesCosts, request.MarketingCosts, request.NewCustomers)));
        app.MapPost("/kpi/snapshot", Snapshot);

        // The library's result types in their documented JSON forms (docs/json.md): a funnel, a change
        // (its relative part undefined from a zero baseline, still a 200), a catalogue definition, and
        // accumulator states stored by workers, merged here.
        app.MapPost("/kpi/funnel", (FunnelStage[] stages) => TypedResults.Ok(Conversion.Funnel(stages)));
        app.MapGet("/kpi/change", (decimal before, decimal after) => TypedResults.Ok(Change.Between(before, after)));
        app.MapGet("/kpi/rate-change", (Rate before, Rate after) => TypedResults.Ok(Change.Between(before, after)));
        app.MapGet("/catalog/{id}", Definition);
        app.MapPost("/nps/merge", MergeNps);

        return app;
    }

    private static Results<Ok<Money>, ValidationProblem> RoundToMinorUnit(Money amount) =>
        amount.Currency.HasMinorUnits
            ? TypedResults.Ok(amount.Round())
            : Invalid("amount", $"{amount.Currency.Code} has no minor unit in ISO 4217, so there is nothing to round to.");

    private static Results<Ok<MinorUnitsResponse>, ValidationProblem> MinorUnits(Money amount) =>
        amount.Currency.HasMinorUnits
            ? TypedResults.Ok(new MinorUnitsResponse(amount.ToMinorUnits(), amount.Currency))
            : Invalid("amount", $"{amount.Currency.Code} has no minor unit in ISO 4217.");

    private static Results<Ok<Money>, ValidationProblem> FromMinorUnits(long minorUnits, Currency currency) =>
        currency.HasMinorUnits
            ? TypedResults.Ok(Money.FromMinorUnits(minorUnits, currency))
            : Invalid("currency", $"{currency.Code} has no minor unit in ISO 4217.");

    // The currencies are left for Money's + to check: a mix reaches the exception handler as a
    // CurrencyMismatchException, and still ends in a 400 naming both codes.
    private static Results<Ok<Money>, ValidationProblem> Sum(Money[] amounts) =>
        amounts.Length == 0
            ? Invalid("amounts", "Give at least one amount.")
            : TypedResults.Ok(amounts.Aggregate((total, amount) => total + amount));

    private static Results<Ok<Rate>, ValidationProblem> Yearly(Rate rate) =>
        rate.IsProportion
            ? TypedResults.Ok(Retention.ChurnOverPeriods(rate, 12m))
            : Invalid("rate", $"A monthly rate must be within 0 % and 100 %; {rate.ToString("R", null)} is not.");

    private static Ok<RateChangeResponse> RateChange(Rate before, Rate after)
    {
        var change = Change.Between(before, after);
        return TypedResults.Ok(new RateChangeResponse(change.Absolute, change.Relative.TryGetValue(out var relative) ? relative : null));
    }

    private static Results<Ok<Rate>, ValidationProblem> RelativeChangeOfPoints(PercentagePoints points, Rate baseline) =>
        Change.Between(baseline, baseline + points).Relative.TryGetValue(out var relative)
            ? TypedResults.Ok(relative)
            : Invalid("baseline", "A relative change needs a baseline other than 0 %.");

    private static Results<Ok<Money>, ValidationProblem> MaxCac(Money ltv, Ratio target) =>
        target.Value > 0m
            ? TypedResults.Ok((ltv / target.Value).Round())
            : Invalid("target", $"The target ratio must be above 0:1; {target.ToString("R", null)} is not.");

    private static Results<Ok<Money>, ValidationProblem> NetSaving(NetSavingRequest request)
    {
        if (request.HoursSaved < 0m)
        {
            return Invalid("hoursSaved", "The hours saved must not be negative.");
        }

        if (request.MonthlyCost.Currency != request.HourlyValue.Currency)
        {
            return Invalid("monthlyCost", $"The monthly cost is in {request.MonthlyCost.Currency.Code}; it must be in the currency of hourlyValue, {request.HourlyValue.Currency.Code}.");
        }

        return TypedResults.Ok((request.HoursSaved * request.HourlyValue) - request.MonthlyCost);
    }

    private static Results<Ok<Ratio>, ValidationProblem> LtvToCac(LtvToCacRequest request)
    {
        if (request.Cac.Currency != request.Ltv.Currency)
        {
            return Invalid("cac", $"The CAC is in {request.Cac.Currency.Code}; it must be in the currency of ltv, {request.Ltv.Currency.Code}.");
        }

        if (request.Cac.Amount <= 0m)
        {
            return Invalid("cac", "The CAC must be greater than zero.");
        }

        return TypedResults.Ok(Ratio.Of(request.Ltv, request.Cac));
    }

    private static Results<Ok<SnapshotResponse>, ValidationProblem> Snapshot(SnapshotRequest request)
    {
        if (request.Revenue.Currency != request.Currency)
        {
            return Invalid("revenue", $"The revenue is in {request.Revenue.Currency.Code}; it must be in the snapshot's currency, {request.Currency.Code}.");
        }

        if (!request.MonthlyChurn.IsProportion)
        {
            return Invalid("monthlyChurn", $"A churn rate must be within 0 and 1; {request.MonthlyChurn.Fraction} is not.");
        }

        return TypedResults.Ok(new SnapshotResponse(
            request.Period,
            request.Period.Previous(),
            request.Currency,
            request.Revenue,
            request.MonthlyChurn,
            Retention.ChurnOverPeriods(request.MonthlyChurn, 12m),
            request.ChurnChange,
            request.LtvToCac,
            Efficiency.LtvToCacBands.Classify(request.LtvToCac)));
    }

    private static Results<Ok<KpiDefinition>, NotFound> Definition(string id) =>
        KpiCatalog.TryGet(id, out var definition) ? TypedResults.Ok(definition) : TypedResults.NotFound();

    private static Ok<NpsResult> MergeNps(NpsState[] states)
    {
        var total = new NpsAccumulator();
        foreach (var state in states)
        {
            total.Merge(NpsAccumulator.FromState(state));
        }

        return TypedResults.Ok(total.Result());
    }

    /// <summary>A 400 validation problem for one field: <c>errors</c> keyed by the field, and a <c>detail</c> that names it.</summary>
    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] },
            detail: $"{field}: {message}");
}
