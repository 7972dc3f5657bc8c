using System;
using System.Collections.Generic;
using System.Globalization;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CONVERSION_RATE</c>: converted / total (catalogue id <c>conversion_rate</c>).</summary>
    /// <param name="converted">Items that converted (prospects who became customers): a whole number, not negative.</param>
    /// <param name="total">All items that could have converted, at least <paramref name="converted"/>.</param>
    /// <returns>The rate as a fraction (0.12 for 12 %); <c>#DIV/0!</c> for a total of 0; <c>#VALUE!</c> when converted exceeds total.</returns>
    [WorksheetFunction("KPI.CONVERSION_RATE", "Conversion rate: converted / total, as a fraction to format as %.")]
    public static object ConversionRate(
        [WorksheetArgument("converted", "Items that converted (a whole number).")] object converted,
        [WorksheetArgument("total", "All items that could have converted (a whole number).")] object total) =>
        Share(Conversion.ConversionRate, converted, total);

    /// <summary><c>KPI.STAGE_CONVERSION</c>: items reaching stage N+1 / items at stage N (catalogue id <c>stage_conversion</c>).</summary>
    /// <param name="reachedNextStage">Items that reached the next stage.</param>
    /// <param name="atStage">Items at the stage.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for an empty stage.</returns>
    [WorksheetFunction("KPI.STAGE_CONVERSION", "Stage-to-stage conversion: items reaching stage N+1 / items at stage N, as a fraction.")]
    public static object StageConversion(
        [WorksheetArgument("reached_next_stage", "Items that reached the next stage (a whole number).")] object reachedNextStage,
        [WorksheetArgument("at_stage", "Items at the stage (a whole number).")] object atStage) =>
        Share(Conversion.StageConversionRate, reachedNextStage, atStage);

    /// <summary><c>KPI.QUOTE_TO_ORDER_RATE</c>: orders / quotes (catalogue id <c>quote_to_order_rate</c>).</summary>
    /// <param name="orders">Quotes that became orders.</param>
    /// <param name="quotes">Quotes sent.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no quote.</returns>
    [WorksheetFunction("KPI.QUOTE_TO_ORDER_RATE", "Quote-to-order rate: orders / quotes, as a fraction.")]
    public static object QuoteToOrderRate(
        [WorksheetArgument("orders", "Quotes that became orders (a whole number).")] object orders,
        [WorksheetArgument("quotes", "Quotes sent (a whole number).")] object quotes) =>
        Share(Conversion.QuoteToOrderRate, orders, quotes);

    /// <summary>
    /// <c>KPI.QUOTE_TO_ORDER_SUCCESS</c>: whether a quote-to-order rate gained at least 5 percentage
    /// points over its baseline, document 001's success mark (<see cref="Conversion.IsQuoteToOrderSuccess(Rate, Rate)"/>).
    /// </summary>
    /// <param name="baselineRate">The rate before, a fraction from 0 to 1.</param>
    /// <param name="currentRate">The rate now, a fraction from 0 to 1.</param>
    /// <returns>TRUE from +5 points (0.20 to 0.25), FALSE below; <c>#NUM!</c> for a rate outside 0 to 1.</returns>
    [WorksheetFunction("KPI.QUOTE_TO_ORDER_SUCCESS", "TRUE when the quote-to-order rate gained at least +5 percentage points over its baseline.")]
    public static object QuoteToOrderSuccess(
        [WorksheetArgument("baseline_rate", "The quote-to-order rate before, from 0 to 1.")] object baselineRate,
        [WorksheetArgument("current_rate", "The quote-to-order rate now, from 0 to 1.")] object currentRate) =>
        Run(() => Conversion.IsQuoteToOrderSuccess(Cells.Proportion(baselineRate), Cells.Proportion(currentRate)));

    /// <summary><c>KPI.MEETING_BOOKING_RATE</c>: qualified meetings / calls and emails (catalogue id <c>meeting_booking_rate</c>).</summary>
    /// <param name="qualifiedMeetings">Qualified meetings booked.</param>
    /// <param name="callsAndEmails">Calls made and emails sent.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no call or email.</returns>
    [WorksheetFunction("KPI.MEETING_BOOKING_RATE", "Meeting booking rate: qualified meetings / calls and emails, as a fraction.")]
    public static object MeetingBookingRate(
        [WorksheetArgument("qualified_meetings", "Qualified meetings booked (a whole number).")] object qualifiedMeetings,
        [WorksheetArgument("calls_and_emails", "Calls made and emails sent (a whole number).")] object callsAndEmails) =>
        Share(Conversion.MeetingBookingRate, qualifiedMeetings, callsAndEmails);

    /// <summary><c>KPI.MQL_TO_SQL_RATE</c>: SQL / MQL (catalogue id <c>mql_to_sql_rate</c>).</summary>
    /// <param name="salesQualifiedLeads">Sales-qualified leads among the MQLs.</param>
    /// <param name="marketingQualifiedLeads">Marketing-qualified leads.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no MQL.</returns>
    [WorksheetFunction("KPI.MQL_TO_SQL_RATE", "MQL-to-SQL rate: sales-qualified leads / marketing-qualified leads, as a fraction.")]
    public static object MqlToSqlRate(
        [WorksheetArgument("sales_qualified_leads", "Sales-qualified leads, SQL (a whole number).")] object salesQualifiedLeads,
        [WorksheetArgument("marketing_qualified_leads", "Marketing-qualified leads, MQL (a whole number).")] object marketingQualifiedLeads) =>
        Share(Conversion.MqlToSqlRate, salesQualifiedLeads, marketingQualifiedLeads);

    /// <summary><c>KPI.LEAD_TO_SQL_RATE</c>: SQL / leads (catalogue id <c>lead_to_sql_rate</c>).</summary>
    /// <param name="salesQualifiedLeads">Sales-qualified leads.</param>
    /// <param name="leads">All leads.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.LEAD_TO_SQL_RATE", "Lead-to-SQL rate: sales-qualified leads / leads, as a fraction.")]
    public static object LeadToSqlRate(
        [WorksheetArgument("sales_qualified_leads", "Sales-qualified leads, SQL (a whole number).")] object salesQualifiedLeads,
        [WorksheetArgument("leads", "All leads (a whole number).")] object leads) =>
        Share(Conversion.LeadToSqlRate, salesQualifiedLeads, leads);

    /// <summary><c>KPI.LEAD_TO_OPPORTUNITY_RATE</c>: opportunities / leads (catalogue id <c>lead_to_opportunity_rate</c>).</summary>
    /// <param name="opportunities">Leads that became opportunities.</param>
    /// <param name="leads">All leads.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.LEAD_TO_OPPORTUNITY_RATE", "Lead-to-opportunity rate: opportunities / leads, as a fraction.")]
    public static object LeadToOpportunityRate(
        [WorksheetArgument("opportunities", "Leads that became opportunities (a whole number).")] object opportunities,
        [WorksheetArgument("leads", "All leads (a whole number).")] object leads) =>
        Share(Conversion.LeadToOpportunityRate, opportunities, leads);

    /// <summary><c>KPI.CLOSING_RATE</c>: won deals / qualified opportunities (catalogue id <c>closing_rate</c>).</summary>
    /// <param name="wonDeals">Deals won.</param>
    /// <param name="qualifiedOpportunities">Qualified opportunities closed, won or lost.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no opportunity.</returns>
    [WorksheetFunction("KPI.CLOSING_RATE", "Closing rate: won deals / qualified opportunities, as a fraction.")]
    public static object ClosingRate(
        [WorksheetArgument("won_deals", "Deals won (a whole number).")] object wonDeals,
        [WorksheetArgument("qualified_opportunities", "Qualified opportunities closed, won or lost (a whole number).")] object qualifiedOpportunities) =>
        Share(Conversion.ClosingRate, wonDeals, qualifiedOpportunities);

    /// <summary><c>KPI.QUALIFIED_LEAD_RATE</c>: qualified leads / leads (catalogue id <c>qualified_lead_rate</c>).</summary>
    /// <param name="qualifiedLeads">Leads that match the target.</param>
    /// <param name="leads">All leads received.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.QUALIFIED_LEAD_RATE", "Qualified lead rate: qualified leads / all leads, as a fraction.")]
    public static object QualifiedLeadRate(
        [WorksheetArgument("qualified_leads", "Leads that match the ideal customer profile (a whole number).")] object qualifiedLeads,
        [WorksheetArgument("leads", "All leads received (a whole number).")] object leads) =>
        Share(Conversion.QualifiedLeadRate, qualifiedLeads, leads);

    /// <summary><c>KPI.RESPONSE_RATE</c>: prospects who replied / prospects contacted (catalogue id <c>response_rate</c>).</summary>
    /// <param name="prospectsWhoReplied">Prospects who replied, each once.</param>
    /// <param name="prospectsContacted">Prospects contacted, each once.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no prospect contacted.</returns>
    [WorksheetFunction("KPI.RESPONSE_RATE", "Response rate: prospects who replied / prospects contacted, as a fraction.")]
    public static object ResponseRate(
        [WorksheetArgument("prospects_who_replied", "Prospects who replied, each counted once (a whole number).")] object prospectsWhoReplied,
        [WorksheetArgument("prospects_contacted", "Prospects contacted, each counted once (a whole number).")] object prospectsContacted) =>
        Share(Conversion.ResponseRate, prospectsWhoReplied, prospectsContacted);

    /// <summary><c>KPI.OPEN_RATE</c>: emails opened / emails delivered (catalogue id <c>open_rate</c>).</summary>
    /// <param name="emailsOpened">Delivered emails opened at least once.</param>
    /// <param name="emailsDelivered">Emails delivered.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no email delivered.</returns>
    [WorksheetFunction("KPI.OPEN_RATE", "Email open rate: emails opened / emails delivered, as a fraction.")]
    public static object OpenRate(
        [WorksheetArgument("emails_opened", "Delivered emails opened at least once (a whole number).")] object emailsOpened,
        [WorksheetArgument("emails_delivered", "Emails delivered (a whole number).")] object emailsDelivered) =>
        Share(Conversion.OpenRate, emailsOpened, emailsDelivered);

    /// <summary><c>KPI.INSTANT_PAYMENT_RATE</c>: invoices paid at order / invoices (catalogue id <c>instant_payment_rate</c>).</summary>
    /// <param name="invoicesPaidAtOrder">Invoices paid when the order was placed.</param>
    /// <param name="invoices">All invoices.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no invoice.</returns>
    [WorksheetFunction("KPI.INSTANT_PAYMENT_RATE", "Instant payment rate: invoices paid at order / invoices, as a fraction.")]
    public static object InstantPaymentRate(
        [WorksheetArgument("invoices_paid_at_order", "Invoices paid at the time of the order (a whole number).")] object invoicesPaidAtOrder,
        [WorksheetArgument("invoices", "All invoices of the period (a whole number).")] object invoices) =>
        Share(Conversion.InstantPaymentRate, invoicesPaidAtOrder, invoices);

    /// <summary>
    /// <c>KPI.FUNNEL</c>: the overall rate of a funnel, last stage / first stage, from the stages'
    /// counts in funnel order (catalogue id <c>funnel</c>).
    /// </summary>
    /// <param name="stageCounts">The count of each stage in order, one row or one column (blank cells skipped); at least two stages, never rising.</param>
    /// <returns>The overall rate as a fraction; <c>#DIV/0!</c> when the first stage is empty; <c>#VALUE!</c> for fewer than two stages, a rising count or a two-dimensional range.</returns>
    [WorksheetFunction("KPI.FUNNEL", "Overall funnel rate: last stage / first stage, from the counts of the stages in order.")]
    public static object Funnel(
        [WorksheetArgument("stage_counts", "The count of each stage in funnel order (one row or one column).")] object[,] stageCounts) =>
        Run(() => Out(ReadFunnel(stageCounts, null).OverallRate));

    /// <summary><c>KPI.FUNNEL_STEP_RATE</c>: the rate of one step of a funnel, stage <paramref name="step"/> + 1 / stage <paramref name="step"/>.</summary>
    /// <param name="stageCounts">The count of each stage in order (see <see cref="Funnel(object[,])"/>).</param>
    /// <param name="step">The step number: 1 is first stage to second.</param>
    /// <returns>The step's rate; <c>#DIV/0!</c> after an empty stage; <c>#N/A</c> for a step beyond the last stage; <c>#VALUE!</c> for a step below 1.</returns>
    [WorksheetFunction("KPI.FUNNEL_STEP_RATE", "Rate of one funnel step: count of stage step+1 / count of stage step (step 1 = first to second).")]
    public static object FunnelStepRate(
        [WorksheetArgument("stage_counts", "The count of each stage in funnel order.")] object[,] stageCounts,
        [WorksheetArgument("step", "The step number, 1 for the first stage to the second.")] object step) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, null);
            var index = Cells.Count(step);
            return index < 1 ? WorksheetErrors.Value
                : index > funnel.Steps.Count ? WorksheetErrors.NotAvailable
                : Out(funnel.Steps[(int)index - 1].Rate);
        });

    /// <summary>
    /// <c>KPI.FUNNEL_STEPS</c>: the rate of every step, as an array one shorter than the stages and laid
    /// out like them (a column for a column), which spills in Excel 365.
    /// </summary>
    /// <param name="stageCounts">The count of each stage in order.</param>
    /// <returns>The step rates, each a fraction or its own <c>#DIV/0!</c> (after an empty stage).</returns>
    [WorksheetFunction("KPI.FUNNEL_STEPS", "Rate of every funnel step, as an array laid out like the stages (one shorter).")]
    public static object FunnelSteps(
        [WorksheetArgument("stage_counts", "The count of each stage in funnel order.")] object[,] stageCounts) =>
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
    /// <c>KPI.FUNNEL_BOTTLENECK</c>: the number of the step with the lowest rate (the earliest on a tie),
    /// document 004's bottleneck.
    /// </summary>
    /// <param name="stageCounts">The count of each stage in order.</param>
    /// <returns>The step number (1 = first stage to second); <c>#DIV/0!</c> when the first stage is empty.</returns>
    [WorksheetFunction("KPI.FUNNEL_BOTTLENECK", "Number of the funnel step with the lowest rate (1 = first stage to second).")]
    public static object FunnelBottleneck(
        [WorksheetArgument("stage_counts", "The count of each stage in funnel order.")] object[,] stageCounts) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, null);
            return funnel.Bottleneck.TryGetValue(out var step)
                ? (double)(IndexOfStep(funnel, step) + 1)
                : Undefined(funnel.Bottleneck.Reason);
        });

    /// <summary>
    /// <c>KPI.FUNNEL_BOTTLENECK_NAME</c>: the name of the stage the bottleneck step starts from
    /// ("SQL" for SQL to opportunity).
    /// </summary>
    /// <param name="stageCounts">The count of each stage in order.</param>
    /// <param name="stageNames">The name of each stage, a range of the same shape; unique, not blank.</param>
    /// <returns>The stage name; <c>#DIV/0!</c> when the first stage is empty; <c>#VALUE!</c> for a repeated name or ranges of different shapes.</returns>
    [WorksheetFunction("KPI.FUNNEL_BOTTLENECK_NAME", "Name of the stage where the funnel's lowest-rate step starts.")]
    public static object FunnelBottleneckName(
        [WorksheetArgument("stage_counts", "The count of each stage in funnel order.")] object[,] stageCounts,
        [WorksheetArgument("stage_names", "The name of each stage (a range of the same shape).")] object[,] stageNames) =>
        Run(() =>
        {
            var funnel = ReadFunnel(stageCounts, stageNames);
            return funnel.Bottleneck.TryGetValue(out var step) ? step.From.Name : Undefined(funnel.Bottleneck.Reason);
        });

    private static object Share(Func<long, long, KpiResult<Rate>> rate, object part, object whole) =>
        Run(() => Out(rate(Cells.Count(part), Cells.Count(whole))));

    private static Funnel ReadFunnel(object[,]? counts, object[,]? names)
    {
        var table = Cells.Table(counts);
        if (table.GetLength(0) != 1 && table.GetLength(1) != 1)
        {
            throw new CellException(WorksheetErrors.Value);
        }

        List<FunnelStage> stages = [];
        if (names is null)
        {
            var values = Cells.List(counts, Cells.Count);
            for (var i = 0; i < values.Count; i++)
            {
                stages.Add(new FunnelStage((i + 1).ToString(CultureInfo.InvariantCulture), values[i]));
            }
        }
        else
        {
            var (labels, values) = Cells.Pairs(names, Cells.Text, counts, Cells.Count);
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
