using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Conversion KPIs (catalogue section 2): the share of items that move from one step of the sales
/// process to the next (prospect to customer, quote to order, MQL to SQL...), and the whole
/// funnel of stages with its bottleneck.
/// </summary>
/// <remarks>
/// <para>Every rate here is one formula, part / whole, with one set of rules: both are counts (not
/// negative), the part cannot exceed the whole (more orders than quotes is a data error, not a
/// 120 % rate), and a zero whole gives an undefined result (<see cref="UndefinedReason.ZeroDenominator"/>),
/// never 0 %. The methods differ by their name, their parameters' names and the catalogue id their
/// result carries.</para>
/// <para>These rates are often written "× 100", as percentages: a <see cref="Rate"/> holds
/// the fraction (0.25) and shows it as a percentage (<c>25,0 %</c>); <see cref="Rate.Percent"/> gives 25.</para>
/// <para>Compare two rates with <see cref="Change.Between(Rate, Rate)"/>: its absolute change is in
/// percentage points, its relative change in percent. "+5 points" and "+5 %" are different targets.</para>
/// <para>Each rate is the exact decimal quotient: 7 converted out of 9 is 0.777... with 28 decimals,
/// shown <c>77,8 %</c> with one decimal in French; round for display only. A zero part over a positive
/// whole is a real 0 %, not an undefined result.</para>
/// <para>Invalid counts throw <see cref="ArgumentOutOfRangeException"/>: a negative count names its
/// parameter; a part above its whole names the part, and the message gives both parameters and both
/// counts.</para>
/// <para>Points and percent: from 20 % to 25 % is +5 points and +25 %; from 20 % to 21 % is +1 point
/// and +5 %. A gain on a rate written with a percent sign (+15 %, +22 %, +40 %) is read as a relative
/// change; a gain meant in points is written in points.</para>
/// </remarks>
public static partial class Conversion
{
    /// <summary>
    /// The library's success threshold for the quote-to-order rate (« taux devis → commande »): a gain
    /// of +5 percentage points over the baseline.
    /// </summary>
    /// <value>+5 points (a fraction of 0.05). From 20 % that means 25 %, a relative gain of +25 %, not 21 %.</value>
    /// <remarks>Used by <see cref="IsQuoteToOrderSuccess(Rate, Rate)"/>.</remarks>
    public static PercentagePoints QuoteToOrderSuccessGain { get; } = PercentagePoints.FromPoints(5m);

    /// <summary>
    /// Conversion rate (« taux de conversion »): the share of prospects that became customers, or more
    /// generally of items that took the action measured (a purchase, a quote request, a meeting).
    /// </summary>
    /// <param name="converted">Items that converted (prospects who became customers).</param>
    /// <param name="total">All items that could have converted (all prospects of the period).</param>
    /// <returns>converted / total, exact; undefined when <paramref name="total"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: converted / total. By default the action is a prospect becoming a customer
    /// (« un prospect qui devient client »).</para>
    /// <para>Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="total"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Worked example: automated prospecting that lifts the lead-to-customer rate from 12 % to
    /// 18 % is a +50 % relative gain, and +6 points. Catalogue id <c>conversion_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="converted"/> exceeds <paramref name="total"/>.</exception>
    /// <example>7 of 9 prospects convert: 77.777... %, shown <c>77,8 %</c> with one decimal in French.</example>
    /// <example>
    /// 12 of 100 qualified leads become customers, then 18 of 100 after automation.
    /// <code>
    /// var before = Conversion.ConversionRate(12, 100).Value;   // 12 %
    /// var after = Conversion.ConversionRate(18, 100).Value;    // 18 %
    /// Change.Between(before, after).Relative.Value;           // +50 % (and +6 points)
    /// </code>
    /// </example>
    public static KpiResult<Rate> ConversionRate(long converted, long total) =>
        KpiMath.Share(KpiIds.ConversionRate, converted, total, nameof(converted), nameof(total));

    /// <summary>
    /// Stage conversion rate (« taux de passage de l'étape N à l'étape N+1 »): the share of the items
    /// at one stage of the pipeline that reached the next stage.
    /// </summary>
    /// <param name="reachedNextStage">Items that reached stage N+1.</param>
    /// <param name="atStage">Items at stage N.</param>
    /// <returns>reachedNextStage / atStage, exact; undefined when <paramref name="atStage"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: items reaching stage N+1 / items at stage N (× 100 when written as a
    /// percentage).</para>
    /// <para>Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="atStage"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>For every step of a pipeline at once,
    /// with its bottleneck, use <see cref="Funnel(ReadOnlySpan{FunnelStage})"/>. Catalogue id <c>stage_conversion</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="reachedNextStage"/> exceeds <paramref name="atStage"/>.</exception>
    /// <example>
    /// 40 demos, 10 of which led to a written proposal:
    /// <code>
    /// Conversion.StageConversionRate(10, 40).Value; // 25 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> StageConversionRate(long reachedNextStage, long atStage) =>
        KpiMath.Share(KpiIds.StageConversion, reachedNextStage, atStage, nameof(reachedNextStage), nameof(atStage));

    /// <summary>
    /// Cascading funnel (« entonnoir en cascade »): ordered, named stages with their counts (lead →
    /// MQL → SQL → opportunity → won), every step's conversion rate, the overall rate and the
    /// bottleneck, the step with the lowest rate.
    /// </summary>
    /// <param name="stages">The stages in pipeline order, at least two; names unique (ordinal, case-sensitive),
    /// not blank; counts not negative and never rising from one stage to the next.</param>
    /// <returns>The funnel; its rates are undefined where a stage before them is empty.</returns>
    /// <remarks>
    /// <para>Formula: step i = count(i + 1) / count(i), with id <c>stage_conversion</c>; overall = last
    /// count / first count, with id <c>funnel</c>; bottleneck = the step with the lowest rate, the
    /// earliest on a tie. See <see cref="KpiFormulas.Formulas.Funnel"/> for the treatment of empty stages.</para>
    /// <para>Unit: rates within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Names are compared ordinally and case-sensitively: "MQL" and "mql" are two stages. Every
    /// exception names the parameter <paramref name="stages"/>; a rising count is reported with both
    /// stages and both counts, for example "Stage 'SQL' (450) holds more items than the stage before it,
    /// 'MQL' (400)".</para>
    /// <para>Counts may only stay equal or fall along the funnel: a stage holds the items of the stage
    /// before it that went on. A count that rises is a data error (stages out of order, or counts of
    /// different periods) and is rejected rather than shown as a rate above 100 %.</para>
    /// <para>Reading the rates in cascade shows where the pipeline loses the most: its bottleneck
    /// (« goulot d'étranglement »). Catalogue id <c>funnel</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">A stage's name is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two stages, a blank or repeated name, or a count
    /// above the previous stage's (the message names both stages and both counts).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>Lead 1 000 → MQL 400 → SQL 200 → opportunity 50 → won 20: the steps convert 40 %, 50 %, 25 % and
    /// 40 %, the overall rate is 2 %, and the bottleneck is SQL → opportunity, at 25 %, with 150 items lost.
    /// Another pipeline, lead 500 → opportunity 150 → demo 90 → proposal 18 → signature 9, converts 30 %,
    /// 60 %, 20 % and 50 %, 1.8 % overall: its bottleneck is demo → proposal, where four demos in five lead
    /// to no written proposal.</example>
    /// <example>
    /// <code>
    /// var funnel = Conversion.Funnel(
    ///     new FunnelStage("lead", 1_000), new FunnelStage("MQL", 400), new FunnelStage("SQL", 200),
    ///     new FunnelStage("opportunity", 50), new FunnelStage("won", 20));
    /// funnel.Steps[1].Rate.Value;         // 50 % (MQL → SQL)
    /// funnel.OverallRate.Value;           // 2 % (20 / 1 000)
    /// funnel.Bottleneck.Value.From.Name;  // "SQL" (SQL → opportunity, 25 %)
    /// </code>
    /// </example>
    public static Funnel Funnel(params ReadOnlySpan<FunnelStage> stages)
    {
        Preconditions.Argument(stages.Length >= 2, nameof(stages), "A funnel must have at least two stages.");

        var names = new HashSet<string>(stages.Length, StringComparer.Ordinal);
        for (var i = 0; i < stages.Length; i++)
        {
            var stage = stages[i];
            if (stage.Name is null)
            {
                Preconditions.ThrowArgumentNull(nameof(stages), "Stage {0}: The name must not be null.", i);
            }

            if (string.IsNullOrWhiteSpace(stage.Name))
            {
                Preconditions.ThrowArgument(nameof(stages), "Stage {0}: The name must not be blank.", i);
            }

            if (stage.Count < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(stages), stage.Count, "Stage '{0}': The count must not be negative.", stage.Name);
            }

            if (!names.Add(stage.Name))
            {
                Preconditions.ThrowArgument(nameof(stages), "The stage names must be unique; '{0}' appears twice.", stage.Name);
            }

            if (i > 0 && stage.Count > stages[i - 1].Count)
            {
                var previous = stages[i - 1];
                Preconditions.ThrowArgument(
                    nameof(stages),
                    "Stage '{0}' ({1}) holds more items than the stage before it, '{2}' ({3}): the counts must not rise along a funnel.",
                    stage.Name,
                    stage.Count,
                    previous.Name,
                    previous.Count);
            }
        }

        return new Funnel(stages.ToArray());
    }

    /// <summary>
    /// Quote-to-order rate (« taux devis → commande »): the share of quotes sent that became orders.
    /// </summary>
    /// <param name="orders">Quotes that became orders.</param>
    /// <param name="quotes">Quotes sent in the period.</param>
    /// <returns>orders / quotes, exact; undefined when <paramref name="quotes"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: orders / quotes. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Success, the library's threshold: +5 points over the baseline, an absolute gain in
    /// percentage points (<see cref="QuoteToOrderSuccessGain"/>, <see cref="IsQuoteToOrderSuccess(Rate, Rate)"/>):
    /// from 20 % the target is 25 %, which is +25 % relative; +5 % relative would only be 21 %.</para>
    /// <para>Undefined: <paramref name="quotes"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>A gain quoted as "+15 %" with no unit is relative: from 20 % it reaches 23 %.
    /// Catalogue id <c>quote_to_order_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="orders"/> exceeds <paramref name="quotes"/>.</exception>
    /// <example>40 orders from 200 quotes is 20 %. The success target of +5 points is 25 %, 50 orders from 200
    /// quotes; reading it as "+5 %" would aim at 21 % (42 orders), only +1 point, which fails the
    /// threshold. A typical gain of +15 % on this rate, read as relative, takes 20 % to 23 %: +3 points.</example>
    /// <example>
    /// <code>
    /// var before = Conversion.QuoteToOrderRate(40, 200).Value;  // 20 %
    /// var after = Conversion.QuoteToOrderRate(50, 200).Value;   // 25 %
    /// Change.Between(before, after).Absolute;                  // +5 points
    /// Change.Between(before, after).Relative.Value;            // +25 %
    /// Conversion.IsQuoteToOrderSuccess(before, after);         // true
    /// </code>
    /// </example>
    public static KpiResult<Rate> QuoteToOrderRate(long orders, long quotes) =>
        KpiMath.Share(KpiIds.QuoteToOrderRate, orders, quotes, nameof(orders), nameof(quotes));

    /// <summary>
    /// Whether a quote-to-order rate reached the library's success threshold: a gain of at least
    /// <see cref="QuoteToOrderSuccessGain"/> (+5 percentage points) over its baseline.
    /// </summary>
    /// <param name="baseline">The rate measured before acting (the 30-day baseline).</param>
    /// <param name="current">The rate measured now.</param>
    /// <returns>True when <paramref name="current"/> − <paramref name="baseline"/> ≥ +5 points (the threshold itself counts as success).</returns>
    /// <remarks>
    /// <para>Rule: after − before, in percentage points, ≥ +5 points. Not a relative gain: from 20 %,
    /// 21 % is +5 % relative but only +1 point, and fails.</para>
    /// <para>Catalogue id <c>quote_to_order_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside [0 %, 100 %].</exception>
    /// <example>
    /// <code>
    /// Conversion.IsQuoteToOrderSuccess(Rate.FromPercent(20m), Rate.FromPercent(25m)); // true  (+5 points)
    /// Conversion.IsQuoteToOrderSuccess(Rate.FromPercent(20m), Rate.FromPercent(21m)); // false (+5 %, +1 point)
    /// </code>
    /// </example>
    public static bool IsQuoteToOrderSuccess(Rate baseline, Rate current)
    {
        Preconditions.Proportion(baseline);
        Preconditions.Proportion(current);
        return current - baseline >= QuoteToOrderSuccessGain;
    }

    /// <summary>
    /// Meeting booking rate (« taux de prise de rendez-vous »): the share of calls or emails that led
    /// to a qualified meeting.
    /// </summary>
    /// <param name="qualifiedMeetings">Qualified meetings booked.</param>
    /// <param name="callsAndEmails">Calls made and emails sent to book them.</param>
    /// <returns>qualifiedMeetings / callsAndEmails, exact; undefined when <paramref name="callsAndEmails"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: qualified meetings / calls or emails. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="callsAndEmails"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>It measures how well outreach turns into meetings worth a salesperson's time.
    /// Catalogue id <c>meeting_booking_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="qualifiedMeetings"/> exceeds <paramref name="callsAndEmails"/>.</exception>
    /// <example>The counts are the activity KPIs of the same period: qualified meetings (<c>qualified_meetings</c>)
    /// over calls and emails (<c>calls</c> plus <c>emails_sent</c>). 7 meetings from 180 calls and emails
    /// is 3.888... %, shown <c>3,9 %</c> with one decimal in French.</example>
    /// <example>
    /// 250 calls and emails in a week, 10 qualified meetings:
    /// <code>
    /// Conversion.MeetingBookingRate(10, 250).Value; // 4 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> MeetingBookingRate(long qualifiedMeetings, long callsAndEmails) =>
        KpiMath.Share(KpiIds.MeetingBookingRate, qualifiedMeetings, callsAndEmails, nameof(qualifiedMeetings), nameof(callsAndEmails));

    /// <summary>
    /// MQL-to-SQL rate (« taux de conversion MQL vers SQL »): the share of marketing-qualified leads
    /// judged ready to be handed to sales (sales-qualified leads).
    /// </summary>
    /// <param name="salesQualifiedLeads">Leads accepted by sales (SQL) among the MQLs.</param>
    /// <param name="marketingQualifiedLeads">Marketing-qualified leads (MQL).</param>
    /// <returns>SQL / MQL, exact; undefined when <paramref name="marketingQualifiedLeads"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: SQL / MQL. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="marketingQualifiedLeads"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>mql_to_sql_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="salesQualifiedLeads"/> exceeds <paramref name="marketingQualifiedLeads"/>.</exception>
    /// <example>
    /// <code>
    /// Conversion.MqlToSqlRate(200, 400).Value; // 50 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> MqlToSqlRate(long salesQualifiedLeads, long marketingQualifiedLeads) =>
        KpiMath.Share(KpiIds.MqlToSqlRate, salesQualifiedLeads, marketingQualifiedLeads, nameof(salesQualifiedLeads), nameof(marketingQualifiedLeads));

    /// <summary>
    /// Lead-to-SQL rate (« taux de conversion lead vers SQL »): the share of all leads a sales
    /// development rep turned into sales-qualified leads.
    /// </summary>
    /// <param name="salesQualifiedLeads">Sales-qualified leads (SQL) obtained from the leads.</param>
    /// <param name="leads">All leads handled.</param>
    /// <returns>SQL / leads, exact; undefined when <paramref name="leads"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: SQL / leads. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="leads"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>One of the KPIs of a sales development representative (SDR). Catalogue id <c>lead_to_sql_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="salesQualifiedLeads"/> exceeds <paramref name="leads"/>.</exception>
    /// <example>200 sales-qualified leads from 1 000 leads is 20 %: the product of lead → MQL (400 of 1 000, 40 %)
    /// and MQL → SQL (200 of 400, 50 %).</example>
    /// <example>
    /// <code>
    /// Conversion.LeadToSqlRate(200, 1_000).Value; // 20 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> LeadToSqlRate(long salesQualifiedLeads, long leads) =>
        KpiMath.Share(KpiIds.LeadToSqlRate, salesQualifiedLeads, leads, nameof(salesQualifiedLeads), nameof(leads));

    /// <summary>
    /// Lead-to-opportunity rate (« taux de conversion lead vers opportunité »): the share of leads
    /// qualified enough for a salesperson to start working on them.
    /// </summary>
    /// <param name="opportunities">Opportunities opened from the leads.</param>
    /// <param name="leads">All leads.</param>
    /// <returns>opportunities / leads, exact; undefined when <paramref name="leads"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: opportunities / leads. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="leads"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>lead_to_opportunity_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="opportunities"/> exceeds <paramref name="leads"/>.</exception>
    /// <example>
    /// <code>
    /// Conversion.LeadToOpportunityRate(50, 1_000).Value; // 5 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> LeadToOpportunityRate(long opportunities, long leads) =>
        KpiMath.Share(KpiIds.LeadToOpportunityRate, opportunities, leads, nameof(opportunities), nameof(leads));

    /// <summary>
    /// Closing rate (« taux de closing », « taux de signature »): the share of qualified opportunities
    /// that ended in a signed contract.
    /// </summary>
    /// <param name="wonDeals">Deals won (contracts signed).</param>
    /// <param name="qualifiedOpportunities">Qualified opportunities closed, won or lost.</param>
    /// <returns>won / qualified opportunities, exact; undefined when <paramref name="qualifiedOpportunities"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: won deals / qualified opportunities. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="qualifiedOpportunities"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>A target of "+15 % on the closing rate" is a relative gain: from 20 % that is 23 %, not
    /// 35 %. Catalogue id <c>closing_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="wonDeals"/> exceeds <paramref name="qualifiedOpportunities"/>.</exception>
    /// <example>
    /// <code>
    /// Conversion.ClosingRate(20, 50).Value; // 40 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> ClosingRate(long wonDeals, long qualifiedOpportunities) =>
        KpiMath.Share(KpiIds.ClosingRate, wonDeals, qualifiedOpportunities, nameof(wonDeals), nameof(qualifiedOpportunities));

    /// <summary>
    /// Qualified lead rate (« taux de leads qualifiés »): the share of leads that match the ideal
    /// customer profile.
    /// </summary>
    /// <param name="qualifiedLeads">Leads that match the target.</param>
    /// <param name="leads">All leads received.</param>
    /// <returns>qualified / all leads, exact; undefined when <paramref name="leads"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: qualified leads / all leads. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="leads"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>It measures how well marketing targets, before any sales time is spent.
    /// Catalogue id <c>qualified_lead_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="qualifiedLeads"/> exceeds <paramref name="leads"/>.</exception>
    /// <example>45 qualified leads out of 180 is 25 %. Fewer but better-targeted leads, 45 qualified out of 120,
    /// raise the rate to 37.5 % for the same number of qualified leads.</example>
    /// <example>
    /// <code>
    /// Conversion.QualifiedLeadRate(45, 180).Value; // 25 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> QualifiedLeadRate(long qualifiedLeads, long leads) =>
        KpiMath.Share(KpiIds.QualifiedLeadRate, qualifiedLeads, leads, nameof(qualifiedLeads), nameof(leads));

    /// <summary>
    /// Response rate (« taux de réponse »): the share of prospects contacted (email, call...) who
    /// replied.
    /// </summary>
    /// <param name="prospectsWhoReplied">Prospects who replied; each counted once however often they replied.</param>
    /// <param name="prospectsContacted">Prospects contacted; each counted once however often contacted.</param>
    /// <returns>replied / contacted, exact; undefined when <paramref name="prospectsContacted"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: prospects who replied / prospects contacted. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="prospectsContacted"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>It also applies outside sales, for example to candidates contacted by a recruiter; a gain
    /// quoted as "+40 %" is relative. Catalogue id <c>response_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="prospectsWhoReplied"/> exceeds <paramref name="prospectsContacted"/>.</exception>
    /// <example>30 of 200 prospects reply: 15 %. A gain of +40 % on this rate, read as relative, takes it to 21 %
    /// (+6 points); +40 points would mean 55 %.</example>
    /// <example>
    /// <code>
    /// Conversion.ResponseRate(30, 200).Value; // 15 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> ResponseRate(long prospectsWhoReplied, long prospectsContacted) =>
        KpiMath.Share(KpiIds.ResponseRate, prospectsWhoReplied, prospectsContacted, nameof(prospectsWhoReplied), nameof(prospectsContacted));

    /// <summary>Email open rate (« taux d'ouverture des emails »): the share of delivered emails that were opened.</summary>
    /// <param name="emailsOpened">Delivered emails opened at least once (unique opens).</param>
    /// <param name="emailsDelivered">Emails delivered (sent minus bounces).</param>
    /// <returns>opened / delivered, exact; undefined when <paramref name="emailsDelivered"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: emails opened / emails delivered. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="emailsDelivered"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>A gain quoted as "+22 %" is relative: from 25 % it reaches 30.5 %. Catalogue id <c>open_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="emailsOpened"/> exceeds <paramref name="emailsDelivered"/>.</exception>
    /// <example>250 of 1 000 delivered emails are opened: 25 %. A gain of +22 % on this rate, read as relative,
    /// takes it to 30.5 % (+5.5 points).</example>
    /// <example>
    /// <code>
    /// Conversion.OpenRate(250, 1_000).Value; // 25 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> OpenRate(long emailsOpened, long emailsDelivered) =>
        KpiMath.Share(KpiIds.OpenRate, emailsOpened, emailsDelivered, nameof(emailsOpened), nameof(emailsDelivered));

    /// <summary>
    /// Instant payment rate (« taux de paiement instantané », « taux de paiement à la commande »): the
    /// share of invoices paid when the order was placed, with no reminder needed.
    /// </summary>
    /// <param name="invoicesPaidAtOrder">Invoices paid at the time of the order (online payment).</param>
    /// <param name="invoices">All invoices of the period.</param>
    /// <returns>paid at order / invoices, exact; undefined when <paramref name="invoices"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: invoices paid at order / invoices. Unit: rate within [0 %, 100 %]. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="invoices"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Worked example: a trading company that automated its invoice reminders saw more invoices
    /// paid at order and fewer reminder calls. Catalogue id <c>instant_payment_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="invoicesPaidAtOrder"/> exceeds <paramref name="invoices"/>.</exception>
    /// <example>60 of 240 invoices paid at order is 25 %; after online payment is added, 96 of 240 is 40 %:
    /// +15 points, a relative gain of +60 %.</example>
    /// <example>
    /// <code>
    /// Conversion.InstantPaymentRate(96, 240).Value; // 40 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> InstantPaymentRate(long invoicesPaidAtOrder, long invoices) =>
        KpiMath.Share(KpiIds.InstantPaymentRate, invoicesPaidAtOrder, invoices, nameof(invoicesPaidAtOrder), nameof(invoices));
}
