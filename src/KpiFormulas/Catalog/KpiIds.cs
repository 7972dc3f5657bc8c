namespace KpiFormulas.Catalog;

/// <summary>
/// The stable ids of every KPI in the catalogue (the ids of <c>KPI-CATALOGUE.md</c>), as
/// constants: use them for lookups in <see cref="KpiCatalog"/> and to recognise
/// <see cref="KpiResult{T}.KpiId"/>.
/// </summary>
public static class KpiIds
{
    // 1. Acquisition and cost

    /// <summary>Customer acquisition cost (coût d'acquisition client).</summary>
    public const string Cac = "cac";

    /// <summary>Customer acquisition cost by channel (CAC par canal).</summary>
    public const string CacByChannel = "cac_by_channel";

    /// <summary>CAC from the cost of a qualified lead and the conversion rate.</summary>
    public const string CacFromLeadCost = "cac_from_lead_cost";

    /// <summary>Cost per lead (coût par lead).</summary>
    public const string Cpl = "cpl";

    /// <summary>Cost per qualified lead (coût par lead qualifié).</summary>
    public const string CostPerQualifiedLead = "cost_per_qualified_lead";

    /// <summary>Sales time per lead (temps commercial par lead).</summary>
    public const string TimePerLead = "time_per_lead";

    /// <summary>Time from lead creation to first payment (délai de conversion).</summary>
    public const string TimeToConvert = "time_to_convert";

    // 2. Conversion

    /// <summary>Conversion rate (taux de conversion).</summary>
    public const string ConversionRate = "conversion_rate";

    /// <summary>Stage N to N+1 conversion (taux de passage).</summary>
    public const string StageConversion = "stage_conversion";

    /// <summary>Funnel of stages (entonnoir en cascade).</summary>
    public const string Funnel = "funnel";

    /// <summary>Quote to order rate (taux devis → commande).</summary>
    public const string QuoteToOrderRate = "quote_to_order_rate";

    /// <summary>Meeting booking rate (taux de prise de RDV).</summary>
    public const string MeetingBookingRate = "meeting_booking_rate";

    /// <summary>MQL to SQL rate.</summary>
    public const string MqlToSqlRate = "mql_to_sql_rate";

    /// <summary>Lead to SQL rate.</summary>
    public const string LeadToSqlRate = "lead_to_sql_rate";

    /// <summary>Lead to opportunity rate.</summary>
    public const string LeadToOpportunityRate = "lead_to_opportunity_rate";

    /// <summary>Closing rate (taux de closing).</summary>
    public const string ClosingRate = "closing_rate";

    /// <summary>Qualified lead rate (taux de leads qualifiés).</summary>
    public const string QualifiedLeadRate = "qualified_lead_rate";

    /// <summary>Response rate (taux de réponse).</summary>
    public const string ResponseRate = "response_rate";

    /// <summary>Email open rate (taux d'ouverture).</summary>
    public const string OpenRate = "open_rate";

    /// <summary>Instant payment rate (taux de paiement instantané).</summary>
    public const string InstantPaymentRate = "instant_payment_rate";

    // 3. Value

    /// <summary>Revenue generated (chiffre d'affaires généré).</summary>
    public const string Revenue = "revenue";

    /// <summary>Average order value (panier moyen).</summary>
    public const string AverageOrderValue = "average_order_value";

    /// <summary>Average deal size (taille moyenne des contrats).</summary>
    public const string AverageDealSize = "average_deal_size";

    /// <summary>Customer lifetime value (valeur vie client).</summary>
    public const string CustomerLifetimeValue = "customer_lifetime_value";

    /// <summary>Additional revenue from added capacity (CA additionnel).</summary>
    public const string AdditionalRevenueFromCapacity = "additional_revenue_from_capacity";

    // 4. Efficiency

    /// <summary>Sales cycle length (durée du cycle de vente).</summary>
    public const string SalesCycleLength = "sales_cycle_length";

    /// <summary>LTV to CAC ratio.</summary>
    public const string LtvToCac = "ltv_to_cac";

    /// <summary>Average handling time (temps moyen de traitement).</summary>
    public const string AverageHandlingTime = "average_handling_time";

    /// <summary>Average response time (délai de réponse moyen).</summary>
    public const string AverageResponseTime = "average_response_time";

    /// <summary>Share of tickets resolved with no human (tickets résolus sans intervention humaine).</summary>
    public const string SelfServiceRate = "self_service_rate";

    /// <summary>Reminder calls per invoice (relances par facture).</summary>
    public const string FollowUpsPerInvoice = "follow_ups_per_invoice";

    // 5. Retention and engagement

    /// <summary>Retention rate (taux de fidélisation).</summary>
    public const string RetentionRate = "retention_rate";

    /// <summary>Churn rate (taux de churn).</summary>
    public const string ChurnRate = "churn_rate";

    /// <summary>Retention over 2 to 5 consecutive years (fidélisation sur 2/3/4/5 ans).</summary>
    public const string MultiYearRetention = "multi_year_retention";

    /// <summary>Cohort retention (rétention par cohorte).</summary>
    public const string CohortRetention = "cohort_retention";

    /// <summary>Average session duration (durée moyenne de session).</summary>
    public const string SessionDuration = "session_duration";

    /// <summary>Usage frequency (fréquence de connexion).</summary>
    public const string UsageFrequency = "usage_frequency";

    /// <summary>Share of time on key features (temps sur fonctionnalités clés).</summary>
    public const string FeatureTimeShare = "feature_time_share";

    /// <summary>Real adoption rate (taux d'adoption réel).</summary>
    public const string AdoptionRate = "adoption_rate";

    /// <summary>Inactive users alerts (alertes utilisateurs inactifs).</summary>
    public const string InactiveUsers = "inactive_users";

    // 6. Return on investment, productivity and quality

    /// <summary>Project ROI, gains : costs (ROI projet).</summary>
    public const string ProjectRoi = "project_roi";

    /// <summary>Marketing ROI, revenue : costs (ROI marketing).</summary>
    public const string MarketingRoi = "marketing_roi";

    /// <summary>Time saved (temps gagné).</summary>
    public const string TimeSaved = "time_saved";

    /// <summary>Cost per hour saved (coût par heure gagnée).</summary>
    public const string CostPerHourSaved = "cost_per_hour_saved";

    /// <summary>Value of the hours saved (valeur des heures gagnées).</summary>
    public const string ValueOfTimeSaved = "value_of_time_saved";

    /// <summary>Net monthly saving (économie mensuelle nette).</summary>
    public const string NetMonthlySaving = "net_monthly_saving";

    /// <summary>Payback period (délai de rentabilité).</summary>
    public const string PaybackPeriod = "payback_period";

    /// <summary>Errors avoided (erreurs évitées).</summary>
    public const string ErrorsAvoided = "errors_avoided";

    /// <summary>Value of the errors avoided (valeur des erreurs évitées).</summary>
    public const string ErrorsAvoidedValue = "errors_avoided_value";

    /// <summary>Net Promoter Score.</summary>
    public const string Nps = "nps";

    /// <summary>Complaint rate (taux de réclamation).</summary>
    public const string ComplaintRate = "complaint_rate";

    /// <summary>Mental load change (charge mentale).</summary>
    public const string MentalLoadChange = "mental_load_change";

    /// <summary>Capacity increase (capacité de traitement).</summary>
    public const string CapacityIncrease = "capacity_increase";

    /// <summary>How freed time is reinvested (usage du temps libéré).</summary>
    public const string TimeReinvestmentMix = "time_reinvestment_mix";

    /// <summary>Monthly ROI (ROI mensuel).</summary>
    public const string RoiMonthly = "roi_monthly";

    // 7. Activity

    /// <summary>Calls made (nombre d'appels).</summary>
    public const string Calls = "calls";

    /// <summary>Emails sent (nombre d'emails envoyés).</summary>
    public const string EmailsSent = "emails_sent";

    /// <summary>Meetings held (rendez-vous effectués).</summary>
    public const string MeetingsHeld = "meetings_held";

    /// <summary>Opportunities created (opportunités créées).</summary>
    public const string OpportunitiesCreated = "opportunities_created";

    /// <summary>Leads contacted (leads contactés).</summary>
    public const string LeadsContacted = "leads_contacted";

    /// <summary>Qualified meetings, SQL (rendez-vous qualifiés).</summary>
    public const string QualifiedMeetings = "qualified_meetings";

    // Tools of section 8 that produce results of their own.

    /// <summary>A before/after change (the Targets API), not a catalogue entry.</summary>
    public const string Change = "change";

    /// <summary>Net ROI, (gains − costs) / costs: the percent form of ROI, not a catalogue entry of the documents.</summary>
    public const string NetRoi = "net_roi";

    /// <summary>A baseline over the 30 days before acting (the Targets API), not a catalogue entry.</summary>
    public const string Baseline = "baseline";

    /// <summary>The relative gap of a weekly drift check (the Targets API), not a catalogue entry.</summary>
    public const string Drift = "drift";

    /// <summary>Progress to a target (the Targets API), not a catalogue entry.</summary>
    public const string TargetProgress = "target_progress";
}
