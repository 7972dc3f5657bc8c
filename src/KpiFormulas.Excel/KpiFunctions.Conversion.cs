using System;
using System.Collections.Generic;
using System.Globalization;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CONVERSION_RATE</c>: the catalogue's <see cref="KpiIds.ConversionRate"/> in a cell.</summary>
    /// <param name="converted">Items that converted (prospects who became customers): a whole number, not negative.</param>
    /// <param name="total">All items that could have converted: a whole number, at least converted.</param>
    /// <returns>The rate as a fraction (0.12 for 12%); <c>#DIV/0!</c> for a total of 0, <c>#VALUE!</c> when converted exceeds total.</returns>
    [WorksheetFunction("KPI.CONVERSION_RATE", KpiId = KpiIds.ConversionRate)]
    public static object ConversionRate(object? converted, object? total) =>
        Share(Conversion.ConversionRate, converted, total);

    /// <summary><c>KPI.STAGE_CONVERSION</c>: the catalogue's <see cref="KpiIds.StageConversion"/> in a cell.</summary>
    /// <param name="reachedNextStage">Items that reached the next stage: a whole number.</param>
    /// <param name="atStage">Items at the stage: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for an empty stage.</returns>
    [WorksheetFunction("KPI.STAGE_CONVERSION", KpiId = KpiIds.StageConversion)]
    public static object StageConversion(object? reachedNextStage, object? atStage) =>
        Share(Conversion.StageConversionRate, reachedNextStage, atStage);

    /// <summary><c>KPI.QUOTE_TO_ORDER_RATE</c>: the catalogue's <see cref="KpiIds.QuoteToOrderRate"/> in a cell.</summary>
    /// <param name="orders">Quotes that became orders: a whole number.</param>
    /// <param name="quotes">Quotes sent: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no quote.</returns>
    [WorksheetFunction("KPI.QUOTE_TO_ORDER_RATE", KpiId = KpiIds.QuoteToOrderRate)]
    public static object QuoteToOrderRate(object? orders, object? quotes) =>
        Share(Conversion.QuoteToOrderRate, orders, quotes);

    /// <summary>
    /// <c>KPI.QUOTE_TO_ORDER_SUCCESS</c>: whether a quote-to-order rate gained at least 5 percentage points
    /// over its baseline, the library's success mark for that rate.
    /// </summary>
    /// <param name="baselineRate">The quote-to-order rate before, from 0 to 1.</param>
    /// <param name="currentRate">The quote-to-order rate now, from 0 to 1.</param>
    /// <returns>TRUE from +5 points (0.20 to 0.25), FALSE below; <c>#NUM!</c> for a rate outside 0 to 1.</returns>
    [WorksheetFunction("KPI.QUOTE_TO_ORDER_SUCCESS")]
    public static object QuoteToOrderSuccess(object? baselineRate, object? currentRate) =>
        Run(() => Conversion.IsQuoteToOrderSuccess(Cells.Proportion(baselineRate), Cells.Proportion(currentRate)));

    /// <summary><c>KPI.MEETING_BOOKING_RATE</c>: the catalogue's <see cref="KpiIds.MeetingBookingRate"/> in a cell.</summary>
    /// <param name="qualifiedMeetings">Qualified meetings booked: a whole number.</param>
    /// <param name="callsAndEmails">Calls made and emails sent: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no call or email.</returns>
    [WorksheetFunction("KPI.MEETING_BOOKING_RATE", KpiId = KpiIds.MeetingBookingRate)]
    public static object MeetingBookingRate(object? qualifiedMeetings, object? callsAndEmails) =>
        Share(Conversion.MeetingBookingRate, qualifiedMeetings, callsAndEmails);

    /// <summary><c>KPI.MQL_TO_SQL_RATE</c>: the catalogue's <see cref="KpiIds.MqlToSqlRate"/> in a cell.</summary>
    /// <param name="salesQualifiedLeads">Sales-qualified leads (SQL) among the MQLs: a whole number.</param>
    /// <param name="marketingQualifiedLeads">Marketing-qualified leads (MQL): a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no MQL.</returns>
    [WorksheetFunction("KPI.MQL_TO_SQL_RATE", KpiId = KpiIds.MqlToSqlRate)]
    public static object MqlToSqlRate(object? salesQualifiedLeads, object? marketingQualifiedLeads) =>
        Share(Conversion.MqlToSqlRate, salesQualifiedLeads, marketingQualifiedLeads);

    /// <summary><c>KPI.LEAD_TO_SQL_RATE</c>: the catalogue's <see cref="KpiIds.LeadToSqlRate"/> in a cell.</summary>
    /// <param name="salesQualifiedLeads">Sales-qualified leads (SQL): a whole number.</param>
    /// <param name="leads">All leads: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.LEAD_TO_SQL_RATE", KpiId = KpiIds.LeadToSqlRate)]
    public static object LeadToSqlRate(object? salesQualifiedLeads, object? leads) =>
        Share(Conversion.LeadToSqlRate, salesQualifiedLeads, leads);

    /// <summary><c>KPI.LEAD_TO_OPPORTUNITY_RATE</c>: the catalogue's <see cref="KpiIds.LeadToOpportunityRate"/> in a cell.</summary>
    /// <param name="opportunities">Leads that became opportunities: a whole number.</param>
    /// <param name="leads">All leads: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.LEAD_TO_OPPORTUNITY_RATE", KpiId = KpiIds.LeadToOpportunityRate)]
    public static object LeadToOpportunityRate(object? opportunities, object? leads) =>
        Share(Conversion.LeadToOpportunityRate, opportunities, leads);

    /// <summary><c>KPI.CLOSING_RATE</c>: the catalogue's <see cref="KpiIds.ClosingRate"/> in a cell.</summary>
    /// <param name="wonDeals">Deals won: a whole number.</param>
    /// <param name="qualifiedOpportunities">Qualified opportunities closed, won or lost: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no opportunity.</returns>
    [WorksheetFunction("KPI.CLOSING_RATE", KpiId = KpiIds.ClosingRate)]
    public static object ClosingRate(object? wonDeals, object? qualifiedOpportunities) =>
        Share(Conversion.ClosingRate, wonDeals, qualifiedOpportunities);

    /// <summary><c>KPI.QUALIFIED_LEAD_RATE</c>: the catalogue's <see cref="KpiIds.QualifiedLeadRate"/> in a cell.</summary>
    /// <param name="qualifiedLeads">Leads that match the ideal customer profile: a whole number.</param>
    /// <param name="leads">All leads received: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.QUALIFIED_LEAD_RATE", KpiId = KpiIds.QualifiedLeadRate)]
    public static object QualifiedLeadRate(object? qualifiedLeads, object? leads) =>
        Share(Conversion.QualifiedLeadRate, qualifiedLeads, leads);

    /// <summary><c>KPI.RESPONSE_RATE</c>: the catalogue's <see cref="KpiIds.ResponseRate"/> in a cell.</summary>
    /// <param name="prospectsWhoReplied">Prospects who replied, each counted once: a whole number.</param>
    /// <param name="prospectsContacted">Prospects contacted, each counted once: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no prospect contacted.</returns>
    [WorksheetFunction("KPI.RESPONSE_RATE", KpiId = KpiIds.ResponseRate)]
    public static object ResponseRate(object? prospectsWhoReplied, object? prospectsContacted) =>
        Share(Conversion.ResponseRate, prospectsWhoReplied, prospectsContacted);

    /// <summary><c>KPI.OPEN_RATE</c>: the catalogue's <see cref="KpiIds.OpenRate"/> in a cell.</summary>
    /// <param name="emailsOpened">Delivered emails opened at least once: a whole number.</param>
    /// <param name="emailsDelivered">Emails delivered: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no email delivered.</returns>
    [WorksheetFunction("KPI.OPEN_RATE", KpiId = KpiIds.OpenRate)]
    public static object OpenRate(object? emailsOpened, object? emailsDelivered) =>
        Share(Conversion.OpenRate, emailsOpened, emailsDelivered);

    /// <summary><c>KPI.INSTANT_PAYMENT_RATE</c>: the catalogue's <see cref="KpiIds.InstantPaymentRate"/> in a cell.</summary>
    /// <param name="invoicesPaidAtOrder">Invoices paid at the time of the order: a whole number.</param>
    /// <param name="invoices">All invoices of the period: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no invoice.</returns>
    [WorksheetFunction("KPI.INSTANT_PAYMENT_RATE", KpiId = KpiIds.InstantPaymentRate)]
    public static object InstantPaymentRate(object? invoicesPaidAtOrder, object? invoices) =>
        Share(Conversion.InstantPaymentRate, invoicesPaidAtOrder, invoices);

    /// <summary><c>KPI.FUNNEL</c>: the catalogue's <see cref="KpiIds.Funnel"/>, its overall rate, from the stages' counts in order.</summary>
    /// <param name="stageCounts">The count of each stage in funnel order, one row or one column; at least two stages, never rising.</param>
    /// <returns>The overall rate, last stage / first, as a fraction; <c>#DIV/0!</c> when the first stage is empty; <c>#VALUE!</c> for fewer than two stages, a rising count or a two-dimensional range.</returns>
    [WorksheetFunction("KPI.FUNNEL", KpiId = KpiIds.Funnel)]
    public static object Funnel(object?[,] stageCounts) =>
        Run(() => Out(ReadFunnel(stageCounts, null).OverallRate));

    /// <summary>
    /// <c>KPI.FUNNEL_STEP_RATE</c>: the rate of one step of a funnel, the count of stage step + 1 / the count
    /// of stage step (step 1 is first stage to second).
    /// </summary>
    /// <param name="stageCounts"><inheritdoc cref="Funnel(object?[,])"/></param>
    /// <param name="step">The step number: 1 for the first stage to the second.</param>
    /// <returns>The step's rate as a fraction; <c>#DIV/0!</c> after an empty stage; <c>#N/A</c> for a step beyond the last stage; <c>#VALUE!</c> for a step below 1.</returns>
    [WorksheetFunction("KPI.FUNNEL_STEP_RATE")]
    public static object FunnelStepRate(object?[,] stageCounts, object? step) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, null);
            var index = Cells.Count(step);
            return index < 1 ? WorksheetErrors.Value
                : index > funnel.Steps.Count ? WorksheetErrors.NotAvailable
                : Out(funnel.Steps[(int)index - 1].Rate);
        });

    /// <summary>
    /// <c>KPI.FUNNEL_STEPS</c>: the rate of every step of a funnel, as an array laid out like the stages
    /// (a column for a column) and one shorter, which spills in Excel 365.
    /// </summary>
    /// <param name="stageCounts"><inheritdoc cref="Funnel(object?[,])"/></param>
    /// <returns>The step rates, each a fraction or its own <c>#DIV/0!</c> (after an empty stage).</returns>
    [WorksheetFunction("KPI.FUNNEL_STEPS")]
    public static object FunnelSteps(object?[,] stageCounts) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, null);
            var column = stageCounts.GetLength(1) == 1;
            var steps = funnel.Steps;
            var result = column ? new object[steps.Count, 1] : new object[1, steps.Count];
            for (var i = 0; i < steps.Count; i++)
            {
                result[column ? i : 0, column ? 0 : i] = Out(steps[i].Rate);
            }

            return result;
        });

    /// <summary>
    /// <c>KPI.FUNNEL_BOTTLENECK</c>: the number of the funnel step with the lowest rate, the earliest on a
    /// tie (1 is first stage to second).
    /// </summary>
    /// <param name="stageCounts"><inheritdoc cref="Funnel(object?[,])"/></param>
    /// <returns>The step number; <c>#DIV/0!</c> when the first stage is empty.</returns>
    [WorksheetFunction("KPI.FUNNEL_BOTTLENECK")]
    public static object FunnelBottleneck(object?[,] stageCounts) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, null);
            return funnel.Bottleneck.TryGetValue(out var step)
                ? (double)(IndexOfStep(funnel, step) + 1)
                : Undefined(funnel.Bottleneck.Reason);
        });

    /// <summary>
    /// <c>KPI.FUNNEL_BOTTLENECK_NAME</c>: the name of the stage where the funnel's lowest-rate step starts
    /// ("SQL" for SQL to opportunity).
    /// </summary>
    /// <param name="stageCounts"><inheritdoc cref="Funnel(object?[,])"/></param>
    /// <param name="stageNames">The name of each stage: a range of the same shape, names unique.</param>
    /// <returns>The stage's name; <c>#DIV/0!</c> when the first stage is empty; <c>#VALUE!</c> for a repeated name or ranges of different shapes.</returns>
    [WorksheetFunction("KPI.FUNNEL_BOTTLENECK_NAME")]
    public static object FunnelBottleneckName(object?[,] stageCounts, object?[,] stageNames) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, stageNames);
            return funnel.Bottleneck.TryGetValue(out var step) ? step.From.Name : Undefined(funnel.Bottleneck.Reason);
        });

    private static object Share(Func<long, long, KpiResult<Rate>> rate, object? part, object? whole) =>
        Run(() => Out(rate(Cells.Count(part), Cells.Count(whole))));

    private static Funnel ReadFunnel(object?[,]? counts, object?[,]? names)
    {
        var table = Cells.Table(counts);
        if (table.GetLength(0) != 1 && table.GetLength(1) != 1)
        {
            throw new CellException(WorksheetErrors.Value);
        }

        List<FunnelStage> stages = [];
        if (names is null)
        {
            var values = Cells.List(counts, RangeOf.Numbers, Cells.Count);
            for (var i = 0; i < values.Count; i++)
            {
                stages.Add(new FunnelStage((i + 1).ToString(CultureInfo.InvariantCulture), values[i]));
            }
        }
        else
        {
            var (labels, values) = Cells.Pairs(names, RangeOf.Text, Cells.Text, counts, RangeOf.Numbers, Cells.Count);
            for (var i = 0; i < values.Count; i++)
            {
                stages.Add(new FunnelStage(labels[i], values[i]));
            }
        }

        return Conversion.Funnel([.. stages]);
    }

    private static int IndexOfStep(Funnel funnel, FunnelStep step)
    {
        for (var i = 0; i < funnel.Steps.Count; i++)
        {
            if (string.Equals(funnel.Steps[i].From.Name, step.From.Name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
