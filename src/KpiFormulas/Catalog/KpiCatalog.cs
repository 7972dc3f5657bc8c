using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace KpiFormulas.Catalog;

/// <summary>
/// Every KPI of the source documents (sections 1 to 7 of the catalogue, 61 ids), listed and looked
/// up by id. The tools of section 8 (change, baseline, target, drift...) are the
/// <see cref="Targets"/> API, not entries.
/// </summary>
/// <example>
/// <code>
/// var ltvToCac = KpiCatalog.Get(KpiIds.LtvToCac);
/// ltvToCac.GetName(CultureInfo.GetCultureInfo("fr-FR")); // "Ratio LTV/CAC"
/// ltvToCac.Direction;                                     // HigherIsBetter
/// ltvToCac.Bands!.Describe();                             // LosingMoney: (-∞, 1.0:1) ...
/// </code>
/// </example>
public static class KpiCatalog
{
    private static readonly KpiDefinition[] Definitions =
    [
        new(KpiIds.Cac, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.CustomerAcquisitionCost), ResultKind.Money, "money per new customer", Direction.LowerIsBetter, "(sales costs + marketing costs) / new customers acquired, over one period", null, ["000", "002", "004", "003"]),
        new(KpiIds.CacByChannel, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.CustomerAcquisitionCostByChannel), ResultKind.MoneyPerGroup, "money per new customer, per channel", Direction.LowerIsBetter, "spend of the channel / new customers the channel generated, for each channel", null, ["000", "002"]),
        new(KpiIds.CacFromLeadCost, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.CustomerAcquisitionCostFromLeadCost), ResultKind.Money, "money per new customer", Direction.LowerIsBetter, "cost per qualified lead / lead-to-customer conversion rate", null, ["003"]),
        new(KpiIds.Cpl, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.CostPerLead), ResultKind.Money, "money per lead", Direction.LowerIsBetter, "spend / leads generated", null, ["001"]),
        new(KpiIds.CostPerQualifiedLead, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.CostPerQualifiedLead), ResultKind.Money, "money per qualified lead", Direction.LowerIsBetter, "spend / qualified leads", null, ["003"]),
        new(KpiIds.TimePerLead, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.TimePerLead), ResultKind.Duration, "time per lead", Direction.LowerIsBetter, "sales time spent / leads handled", null, ["003"]),
        new(KpiIds.TimeToConvert, KpiFamily.Acquisition, typeof(Acquisition), nameof(Acquisition.TimeToConvert), ResultKind.Duration, "time from lead creation to first payment", Direction.LowerIsBetter, "sum over converted leads of (first payment - lead creation) / converted leads", null, ["000"]),
        new(KpiIds.ConversionRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.ConversionRate), ResultKind.Rate, "share of the total", Direction.HigherIsBetter, "converted / total (prospect to customer by default)", null, ["002", "004", "003"]),
        new(KpiIds.StageConversion, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.StageConversionRate), ResultKind.Rate, "share of the stage", Direction.HigherIsBetter, "items reaching stage N+1 / items at stage N", null, ["004"]),
        new(KpiIds.Funnel, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.Funnel), ResultKind.Funnel, "rates per step and overall", Direction.HigherIsBetter, "ordered stages with counts: every step rate, the overall rate (last / first) and the bottleneck (lowest step rate)", null, ["004"]),
        new(KpiIds.QuoteToOrderRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.QuoteToOrderRate), ResultKind.Rate, "share of quotes", Direction.HigherIsBetter, "orders / quotes", null, ["001", "003"]),
        new(KpiIds.MeetingBookingRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.MeetingBookingRate), ResultKind.Rate, "share of calls and emails", Direction.HigherIsBetter, "qualified meetings / calls or emails", null, ["004"]),
        new(KpiIds.MqlToSqlRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.MqlToSqlRate), ResultKind.Rate, "share of MQLs", Direction.HigherIsBetter, "SQL / MQL", null, ["004"]),
        new(KpiIds.LeadToSqlRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.LeadToSqlRate), ResultKind.Rate, "share of leads", Direction.HigherIsBetter, "SQL / leads", null, ["004"]),
        new(KpiIds.LeadToOpportunityRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.LeadToOpportunityRate), ResultKind.Rate, "share of leads", Direction.HigherIsBetter, "opportunities / leads", null, ["004"]),
        new(KpiIds.ClosingRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.ClosingRate), ResultKind.Rate, "share of qualified opportunities", Direction.HigherIsBetter, "won deals / qualified opportunities", null, ["004"]),
        new(KpiIds.QualifiedLeadRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.QualifiedLeadRate), ResultKind.Rate, "share of leads", Direction.HigherIsBetter, "qualified leads / all leads", null, ["002"]),
        new(KpiIds.ResponseRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.ResponseRate), ResultKind.Rate, "share of prospects contacted", Direction.HigherIsBetter, "prospects who replied / prospects contacted", null, ["004", "003"]),
        new(KpiIds.OpenRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.OpenRate), ResultKind.Rate, "share of emails delivered", Direction.HigherIsBetter, "emails opened / emails delivered", null, ["003"]),
        new(KpiIds.InstantPaymentRate, KpiFamily.Conversion, typeof(Conversion), nameof(Conversion.InstantPaymentRate), ResultKind.Rate, "share of invoices", Direction.HigherIsBetter, "invoices paid at order / invoices", null, ["001"]),
        new(KpiIds.Revenue, KpiFamily.SalesValue, typeof(SalesValue), nameof(SalesValue.Revenue), ResultKind.Money, "money", Direction.HigherIsBetter, "sum of won amounts, by rep, team, product or channel", null, ["004", "003"]),
        new(KpiIds.AverageOrderValue, KpiFamily.SalesValue, typeof(SalesValue), nameof(SalesValue.AverageOrderValue), ResultKind.Money, "money per order", Direction.HigherIsBetter, "revenue / orders", null, ["000", "001", "004"]),
        new(KpiIds.AverageDealSize, KpiFamily.SalesValue, typeof(SalesValue), nameof(SalesValue.AverageDealSize), ResultKind.Money, "money per won deal", Direction.HigherIsBetter, "won revenue / won deals", null, ["004"]),
        new(KpiIds.CustomerLifetimeValue, KpiFamily.SalesValue, typeof(SalesValue), nameof(SalesValue.CustomerLifetimeValue), ResultKind.Money, "money per customer", Direction.HigherIsBetter, "average basket per purchase x purchases per year x average relationship length in years", null, ["000", "004"]),
        new(KpiIds.AdditionalRevenueFromCapacity, KpiFamily.SalesValue, typeof(SalesValue), nameof(SalesValue.AdditionalRevenueFromCapacity), ResultKind.Money, "money per period", Direction.HigherIsBetter, "extra units handled x average basket", null, ["003"]),
        new(KpiIds.SalesCycleLength, KpiFamily.Efficiency, typeof(Efficiency), nameof(Efficiency.SalesCycleLength), ResultKind.Duration, "days per won deal", Direction.LowerIsBetter, "sum over won deals of days between first contact and closing / won deals", null, ["004"]),
        new(KpiIds.LtvToCac, KpiFamily.Efficiency, typeof(Efficiency), nameof(Efficiency.LifetimeValueToAcquisitionCost), ResultKind.Ratio, "x : 1", Direction.HigherIsBetter, "customer lifetime value / customer acquisition cost", KpiBands.LtvToCac, ["004"]),
        new(KpiIds.AverageHandlingTime, KpiFamily.Efficiency, typeof(Efficiency), nameof(Efficiency.AverageHandlingTime), ResultKind.Duration, "time per item", Direction.LowerIsBetter, "total processing time / items processed", null, ["000", "001"]),
        new(KpiIds.AverageResponseTime, KpiFamily.Efficiency, typeof(Efficiency), nameof(Efficiency.AverageResponseTime), ResultKind.Duration, "time per request", Direction.LowerIsBetter, "total time to first response / requests", null, ["000", "003"]),
        new(KpiIds.SelfServiceRate, KpiFamily.Efficiency, typeof(Efficiency), nameof(Efficiency.SelfServiceRate), ResultKind.Rate, "share of tickets", Direction.HigherIsBetter, "tickets resolved with no human / tickets", null, ["000"]),
        new(KpiIds.FollowUpsPerInvoice, KpiFamily.Efficiency, typeof(Efficiency), nameof(Efficiency.FollowUpsPerInvoice), ResultKind.Score, "reminder calls per invoice", Direction.LowerIsBetter, "reminder calls / invoices", null, ["001"]),
        new(KpiIds.RetentionRate, KpiFamily.Retention, typeof(Retention), nameof(Retention.RetentionRate), ResultKind.Rate, "share of the previous period's customers", Direction.HigherIsBetter, "customers active in period N who were already customers in N-1 / customers of N-1", null, ["000", "002"]),
        new(KpiIds.ChurnRate, KpiFamily.Retention, typeof(Retention), nameof(Retention.ChurnRate), ResultKind.Rate, "share of the customers at the start", Direction.LowerIsBetter, "customers lost in the period / customers at its start (1 - retention for the same cohort)", null, ["000"]),
        new(KpiIds.MultiYearRetention, KpiFamily.Retention, typeof(Retention), nameof(Retention.MultiYearRetention), ResultKind.RateTable, "share of a cohort, per run length", Direction.HigherIsBetter, "share of a base year's customers who bought k years in a row, for k = 2..n, and its trend over base years", null, ["002"]),
        new(KpiIds.CohortRetention, KpiFamily.Retention, typeof(Retention), nameof(Retention.CohortRetention), ResultKind.RateTable, "share of the cohort, per cohort and offset", Direction.HigherIsBetter, "cohort (period of first purchase) x offset: share of the cohort active at that offset", null, ["002"]),
        new(KpiIds.SessionDuration, KpiFamily.Engagement, typeof(Engagement), nameof(Engagement.AverageSessionDuration), ResultKind.Duration, "time per session", Direction.HigherIsBetter, "total session time / sessions", null, ["001"]),
        new(KpiIds.UsageFrequency, KpiFamily.Engagement, typeof(Engagement), nameof(Engagement.UsageFrequency), ResultKind.Score, "uses per user per period", Direction.HigherIsBetter, "sessions or uses / users, per period", null, ["000", "003"]),
        new(KpiIds.FeatureTimeShare, KpiFamily.Engagement, typeof(Engagement), nameof(Engagement.FeatureTimeShare), ResultKind.Rate, "share of the time spent", Direction.HigherIsBetter, "time on key features / total time", null, ["000"]),
        new(KpiIds.AdoptionRate, KpiFamily.Engagement, typeof(Engagement), nameof(Engagement.AdoptionRate), ResultKind.Rate, "share of trained users", Direction.HigherIsBetter, "active users (at least 3 business uses a week) / trained users", KpiBands.Adoption, ["003"]),
        new(KpiIds.InactiveUsers, KpiFamily.Engagement, typeof(Engagement), nameof(Engagement.InactiveUsers), ResultKind.Count, "users", Direction.LowerIsBetter, "users with no use in the week", null, ["003"]),
        new(KpiIds.ProjectRoi, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.ProjectRoi), ResultKind.Ratio, "x : 1", Direction.HigherIsBetter, "gains / costs, shown as x : 1", KpiBands.ProjectRoi, ["001"]),
        new(KpiIds.MarketingRoi, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.MarketingRoi), ResultKind.Ratio, "x : 1", Direction.HigherIsBetter, "revenue generated by the actions / cost of the actions", null, ["002"]),
        new(KpiIds.TimeSaved, KpiFamily.Productivity, typeof(Productivity), nameof(Productivity.TimeSaved), ResultKind.Duration, "time per task, person and week or month", Direction.HigherIsBetter, "(time before - time after) x repetitions", KpiBands.TimeSavedHoursPerPersonPerMonth, ["003"]),
        new(KpiIds.CostPerHourSaved, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.CostPerHourSaved), ResultKind.Money, "money per hour saved", Direction.LowerIsBetter, "total tool cost / hours saved", KpiBands.CostPerHourSavedInEuros, ["003"]),
        new(KpiIds.ValueOfTimeSaved, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.ValueOfTimeSaved), ResultKind.Money, "money", Direction.HigherIsBetter, "hours saved x hourly value", null, ["003"]),
        new(KpiIds.NetMonthlySaving, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.NetMonthlySaving), ResultKind.Money, "money per month", Direction.HigherIsBetter, "hours saved per month x hourly value - monthly cost", null, ["003"]),
        new(KpiIds.PaybackPeriod, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.PaybackPeriodInMonths), ResultKind.Duration, "months", Direction.LowerIsBetter, "initial investment / net monthly saving", KpiBands.PaybackMonths, ["003"]),
        new(KpiIds.ErrorsAvoided, KpiFamily.Productivity, typeof(Productivity), nameof(Productivity.ErrorsAvoided), ResultKind.Count, "errors per period", Direction.HigherIsBetter, "errors before - errors after, per type and in total", null, ["003"]),
        new(KpiIds.ErrorsAvoidedValue, KpiFamily.Productivity, typeof(Productivity), nameof(Productivity.ErrorsAvoidedValue), ResultKind.Money, "money per period", Direction.HigherIsBetter, "errors avoided x average cost of an error", null, ["003"]),
        new(KpiIds.Nps, KpiFamily.Satisfaction, typeof(Satisfaction), nameof(Satisfaction.NetPromoterScore), ResultKind.Score, "points from -100 to +100", Direction.HigherIsBetter, "% promoters (9-10) - % detractors (0-6) over answers from 0 to 10", null, ["003"]),
        new(KpiIds.ComplaintRate, KpiFamily.Satisfaction, typeof(Satisfaction), nameof(Satisfaction.ComplaintRate), ResultKind.Rate, "share of orders or customers", Direction.LowerIsBetter, "complaints / orders or customers", null, ["003"]),
        new(KpiIds.MentalLoadChange, KpiFamily.Satisfaction, typeof(Satisfaction), nameof(Satisfaction.MentalLoadChange), ResultKind.Change, "survey score from 1 to 10", Direction.LowerIsBetter, "survey score before and after, change in %", null, ["003"]),
        new(KpiIds.CapacityIncrease, KpiFamily.Productivity, typeof(Productivity), nameof(Productivity.CapacityIncrease), ResultKind.Rate, "relative change of units handled", Direction.HigherIsBetter, "(units handled after - units handled before) / units handled before", null, ["003"]),
        new(KpiIds.TimeReinvestmentMix, KpiFamily.Productivity, typeof(Productivity), nameof(Productivity.TimeReinvestmentMix), ResultKind.RateMix, "shares of the freed time", Direction.HigherIsBetter, "share of freed time per use (business development, product, training, work-life balance), summing to 100 %", null, ["003"]),
        new(KpiIds.RoiMonthly, KpiFamily.ReturnOnInvestment, typeof(ReturnOnInvestment), nameof(ReturnOnInvestment.MonthlyRoi), ResultKind.Ratio, "x : 1", Direction.HigherIsBetter, "valued gains of the month / costs of the month", null, ["003"]),
        new(KpiIds.Calls, KpiFamily.Activity, typeof(Activity), nameof(Activity.Calls), ResultKind.Count, "calls per period", Direction.HigherIsBetter, "calls made in the period, per period and per person", null, ["004"]),
        new(KpiIds.EmailsSent, KpiFamily.Activity, typeof(Activity), nameof(Activity.EmailsSent), ResultKind.Count, "emails per period", Direction.HigherIsBetter, "emails sent in the period, per period and per person", null, ["004"]),
        new(KpiIds.MeetingsHeld, KpiFamily.Activity, typeof(Activity), nameof(Activity.MeetingsHeld), ResultKind.Count, "meetings per period", Direction.HigherIsBetter, "meetings held in the period, per period and per person", null, ["004"]),
        new(KpiIds.OpportunitiesCreated, KpiFamily.Activity, typeof(Activity), nameof(Activity.OpportunitiesCreated), ResultKind.Count, "opportunities per period", Direction.HigherIsBetter, "opportunities created in the CRM in the period, per period and per person", null, ["004"]),
        new(KpiIds.LeadsContacted, KpiFamily.Activity, typeof(Activity), nameof(Activity.LeadsContacted), ResultKind.Count, "leads per period", Direction.HigherIsBetter, "leads contacted in the period, per period and per person", null, ["004"]),
        new(KpiIds.QualifiedMeetings, KpiFamily.Activity, typeof(Activity), nameof(Activity.QualifiedMeetings), ResultKind.Count, "qualified meetings per period", Direction.HigherIsBetter, "qualified meetings booked in the period, per period and per person", null, ["004"]),
    ];

    private static readonly FrozenDictionary<string, KpiDefinition> ById =
        Definitions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every definition, in the order of the catalogue.</summary>
    public static IReadOnlyList<KpiDefinition> All { get; } = Array.AsReadOnly(Definitions);

    /// <summary>The definition of an id.</summary>
    /// <param name="id">A catalogue id such as <c>cac</c> (see <see cref="KpiIds"/>).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No KPI has this id; the message quotes it.</exception>
    public static KpiDefinition Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.TryGetValue(id, out var definition)
            ? definition
            : throw new ArgumentException($"'{id}' is not a KPI id of the catalogue.", nameof(id));
    }

    /// <summary>Looks up the definition of an id.</summary>
    /// <param name="id">A catalogue id.</param>
    /// <param name="definition">The definition, or null when not found.</param>
    /// <returns>True when the id is in the catalogue.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out KpiDefinition? definition)
    {
        if (id is null)
        {
            definition = null;
            return false;
        }

        return ById.TryGetValue(id, out definition);
    }

    /// <summary>The definitions of one family, in catalogue order.</summary>
    /// <param name="family">The family.</param>
    /// <returns>Its definitions.</returns>
    public static IReadOnlyList<KpiDefinition> InFamily(KpiFamily family) =>
        new ReadOnlyCollection<KpiDefinition>(Definitions.Where(d => d.Family == family).ToArray());
}
