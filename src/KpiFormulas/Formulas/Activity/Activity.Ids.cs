namespace KpiFormulas;

/// <content>The ids of the activity KPIs.</content>
public static partial class KpiIds
{
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
}
