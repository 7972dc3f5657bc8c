using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Return-on-investment KPIs (catalogue section 6): what a project, a marketing action or a tool
/// brings back for what it costs, in money and in time, and how soon it pays for itself.
/// </summary>
/// <remarks>
/// <para>Two forms of ROI live side by side and must not be confused. The catalogue's ROI is a
/// <b>ratio</b>, gains : costs (<see cref="ProjectRoi(Money, Money)"/>: 2.4 : 1 means the gains are
/// 2.4 times the costs). The financial textbooks' ROI is a <b>net rate</b>, (gains − costs) / costs
/// (<see cref="NetRoi(Money, Money)"/>): the same project is +140 %, not 240 %. A ratio of 1 : 1 is
/// a net ROI of 0 %.</para>
/// <para>The time-to-money KPIs of a tool chain together: hours saved
/// (<see cref="Productivity.TimeSaved(TimeSpan, TimeSpan, decimal)"/>) valued at an hourly cost
/// (<see cref="ValueOfTimeSaved(TimeSpan, Money)"/>), minus the tool's monthly cost
/// (<see cref="NetMonthlySaving(TimeSpan, Money, Money)"/>), pay back the initial investment
/// (<see cref="PaybackPeriodInMonths(Money, Money)"/>).</para>
/// </remarks>
/// <example>A tool that costs 200 € a month and saves 50 hours a month, valued at an employee's 35 € an hour,
/// after an initial investment of 1 500 €:
/// <code>
/// var hours = TimeSpan.FromHours(50);                                              // per month
/// ReturnOnInvestment.CostPerHourSaved(Money.Euros(200m), hours).Value;              // 4 EUR
/// var net = ReturnOnInvestment.NetMonthlySaving(hours, ReturnOnInvestment.HourlyCostOfEmployee, Money.Euros(200m)); // 1 550 EUR
/// var months = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), net).Value;  // 0.9677... (30/31)
/// ReturnOnInvestment.ClassifyPayback(months);                                       // PaybackLevel.Excellent
/// </code></example>
public static partial class ReturnOnInvestment
{
    /// <summary>
    /// The hourly cost of an intern, the cheapest alternative to a tool: 12 € an hour
    /// (« stagiaire », salary and employer contributions).
    /// </summary>
    /// <remarks>A reference point for <see cref="CostPerHourSaved(Money, TimeSpan)"/>: an hour saved by a tool should cost less.</remarks>
    public static Money HourlyCostOfIntern { get; } = Money.Euros(12m);

    /// <summary>
    /// The hourly cost of a permanent employee, fully loaded: 35 € an hour (« CDI », « coût
    /// chargé »). It is also the usual value of an hour saved (« coût moyen salarié »).
    /// </summary>
    /// <remarks>A reference point for <see cref="CostPerHourSaved(Money, TimeSpan)"/>, and the hourly value in <see cref="ValueOfTimeSaved(TimeSpan, Money)"/>.</remarks>
    public static Money HourlyCostOfEmployee { get; } = Money.Euros(35m);

    /// <summary>The hourly cost of a freelancer: 45 € an hour (« freelance », a mean rate).</summary>
    /// <remarks>A reference point for <see cref="CostPerHourSaved(Money, TimeSpan)"/>.</remarks>
    public static Money HourlyCostOfFreelance { get; } = Money.Euros(45m);

    /// <summary>
    /// Project ROI (« ROI projet »): the gains of a project as a multiple of its costs, written x : 1.
    /// </summary>
    /// <param name="gains">What the project brought (savings on administration, extra sales...), not negative.</param>
    /// <param name="costs">What it cost, not negative, in the same currency.</param>
    /// <returns>gains / costs : 1, exact; undefined when the costs are zero.</returns>
    /// <remarks>
    /// <para>Formula: gains € / costs €, shown as x : 1. This is the ratio form; the net form,
    /// (gains − costs) / costs, is <see cref="NetRoi(Money, Money)"/>: 2.4 : 1 is a net ROI of +140 %.</para>
    /// <para>Unit: ratio x : 1. Direction: higher is better. Bands: <see cref="ReturnOnInvestment.ProjectRoiBands"/>
    /// (success from 1.5 : 1 inclusive, see <see cref="ClassifyProjectRoi(Ratio)"/>).</para>
    /// <para>Undefined: <paramref name="costs"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>The library's success threshold is 1.5 : 1. Worked example: a trading company that
    /// automated its invoice reminders measured 2.4 : 1. Catalogue id <c>project_roi</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The gains or the costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The gains and the costs are in different currencies.</exception>
    /// <example>
    /// <code>
    /// var roi = ReturnOnInvestment.ProjectRoi(Money.Euros(24_000m), Money.Euros(10_000m)).Value; // 2.4:1
    /// ReturnOnInvestment.ClassifyProjectRoi(roi);                                                // Successful
    /// </code>
    /// </example>
    public static KpiResult<Ratio> ProjectRoi(Money gains, Money costs) =>
        RatioOf(KpiIds.ProjectRoi, gains, costs, nameof(gains), nameof(costs));

    /// <summary>
    /// Classifies a project ROI against the library's success threshold: 1.5 : 1 or more is
    /// <see cref="ProjectRoiLevel.Successful"/>, below is <see cref="ProjectRoiLevel.BelowTarget"/>.
    /// </summary>
    /// <param name="roi">A project ROI as returned by <see cref="ProjectRoi(Money, Money)"/>.</param>
    /// <returns>The level of <see cref="ReturnOnInvestment.ProjectRoiBands"/> that contains <paramref name="roi"/>.</returns>
    /// <remarks>Bands: [0, 1.5) below target, [1.5, +∞) successful. Catalogue id <c>project_roi</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roi"/> is negative (gains and costs never are).</exception>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.ClassifyProjectRoi(new Ratio(1.5m)); // Successful (the threshold is inclusive)
    /// ReturnOnInvestment.ClassifyProjectRoi(new Ratio(1.2m)); // BelowTarget
    /// </code>
    /// </example>
    public static ProjectRoiLevel ClassifyProjectRoi(Ratio roi)
    {
        Preconditions.ArgumentInRange(roi.Value >= 0m, roi, nameof(roi), Preconditions.MustNotBeNegative);

        return ReturnOnInvestment.ProjectRoiBands.Classify(roi);
    }

    /// <summary>
    /// Net ROI (« ROI net »): the profit of a project as a share of its costs, (gains − costs) / costs,
    /// the percent form of ROI. Not to be confused with the ratio <see cref="ProjectRoi(Money, Money)"/>:
    /// a ratio of 2.4 : 1 is a net ROI of +140 %, not 240 %.
    /// </summary>
    /// <param name="gains">What the project brought, not negative.</param>
    /// <param name="costs">What it cost, not negative, in the same currency.</param>
    /// <returns>(gains − costs) / costs as a rate (negative when the project loses money); undefined when the costs are zero.</returns>
    /// <remarks>
    /// <para>Formula: (gains − costs) / costs = project ROI − 1. 1 : 1 (break-even) is 0 %; 1.5 : 1 is
    /// +50 %; gains of zero are −100 %.</para>
    /// <para>Unit: rate. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="costs"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>The percent reading of the project ROI; an ROI above break-even, « un ROI positif »,
    /// is a positive net ROI. Catalogue id <c>net_roi</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The gains or the costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The gains and the costs are in different currencies.</exception>
    /// <example>A month with 1 750 € of valued gains for 200 € of costs is a ratio of 8.75 : 1 and a net ROI of
    /// +775 %.</example>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.NetRoi(Money.Euros(24_000m), Money.Euros(10_000m)).Value; // 140 % (the ratio is 2.4:1)
    /// </code>
    /// </example>
    public static KpiResult<Rate> NetRoi(Money gains, Money costs)
    {
        Preconditions.NotNegative(gains);
        Preconditions.NotNegative(costs);
        Preconditions.SameCurrency(gains, costs, nameof(costs));
        return costs.IsZero
            ? KpiResult.Undefined<Rate>(KpiIds.NetRoi, UndefinedReason.ZeroDenominator, "'costs' is zero: a return on nothing invested does not exist.")
            : KpiResult.Defined(KpiIds.NetRoi, Rate.FromFraction((gains.Amount - costs.Amount) / costs.Amount));
    }

    /// <summary>
    /// Marketing ROI (« ROI marketing »): the revenue generated by marketing actions as a multiple of
    /// what the actions cost, written x : 1.
    /// </summary>
    /// <param name="revenueGenerated">Revenue attributed to the actions (new contacts who bought), not negative.</param>
    /// <param name="actionCosts">What the actions cost, not negative, in the same currency.</param>
    /// <returns>revenue / costs : 1, exact; undefined when the costs are zero.</returns>
    /// <remarks>
    /// <para>Formula: revenue generated by the actions / cost of the actions. Unit: ratio x : 1.
    /// Direction: higher is better. Above 1 : 1 the actions bring more than they cost (a
    /// « ROI positif » is a positive <see cref="NetRoi(Money, Money)"/>, i.e. a ratio above 1 : 1).</para>
    /// <para>Undefined: <paramref name="actionCosts"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Meant for actions aimed at new contacts, not brand awareness. Catalogue id
    /// <c>marketing_roi</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The revenue and the costs are in different currencies.</exception>
    /// <example>The webinar series below, 18 000 € of sales for 4 000 €, is a ratio of 4.5 : 1 and a net ROI of
    /// +350 %: 14 000 € of revenue beyond its cost.</example>
    /// <example>
    /// A webinar series costing 4 000 € that brought 18 000 € of sales:
    /// <code>
    /// ReturnOnInvestment.MarketingRoi(Money.Euros(18_000m), Money.Euros(4_000m)).Value; // 4.5:1
    /// </code>
    /// </example>
    public static KpiResult<Ratio> MarketingRoi(Money revenueGenerated, Money actionCosts) =>
        RatioOf(KpiIds.MarketingRoi, revenueGenerated, actionCosts, nameof(revenueGenerated), nameof(actionCosts));

    /// <summary>
    /// Monthly ROI (« ROI mensuel »): the valued gains of one month as a multiple of that month's
    /// costs, written x : 1, as a monthly financial dashboard of a tool shows it.
    /// </summary>
    /// <param name="valuedGainsOfMonth">The month's gains in money (hours saved × hourly value, errors avoided...), not negative.</param>
    /// <param name="costsOfMonth">The month's costs (licences, amortised training and set-up), not negative, same currency.</param>
    /// <returns>gains / costs : 1 for the month; undefined when the month cost nothing.</returns>
    /// <remarks>
    /// <para>Formula: valued gains of the month / costs of the month. Unit: ratio x : 1. Direction:
    /// higher is better.</para>
    /// <para>Undefined: <paramref name="costsOfMonth"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>The gains are valued hours (« gains valorisés », hours × hourly value). Worked example:
    /// a tool at 200 € a month that saves 50 h valued at 35 € is 1 750 € against 200 €, 8.75 : 1. Catalogue id <c>roi_monthly</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The gains or the costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The gains and the costs are in different currencies.</exception>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.MonthlyRoi(Money.Euros(1_750m), Money.Euros(200m)).Value; // 8.75:1
    /// </code>
    /// </example>
    public static KpiResult<Ratio> MonthlyRoi(Money valuedGainsOfMonth, Money costsOfMonth) =>
        RatioOf(KpiIds.RoiMonthly, valuedGainsOfMonth, costsOfMonth, nameof(valuedGainsOfMonth), nameof(costsOfMonth));

    /// <summary>
    /// Monthly ROI from the hours saved in the month and their hourly value (see
    /// <see cref="MonthlyRoi(Money, Money)"/>): « gains valorisés (heures × valeur horaire) ».
    /// </summary>
    /// <param name="timeSavedInMonth">Hours saved in the month, not negative.</param>
    /// <param name="hourlyValue">The value of one hour (for example <see cref="HourlyCostOfEmployee"/>), not negative.</param>
    /// <param name="costsOfMonth">The month's costs, not negative, in the currency of <paramref name="hourlyValue"/>.</param>
    /// <returns>(hours × hourly value) / costs : 1; undefined when the month cost nothing.</returns>
    /// <remarks>Formula: (hours saved × hourly value) / costs of the month. Catalogue id <c>roi_monthly</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The time, the hourly value or the costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The hourly value and the costs are in different currencies.</exception>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.MonthlyRoi(TimeSpan.FromHours(50), ReturnOnInvestment.HourlyCostOfEmployee, Money.Euros(200m)).Value; // 8.75:1
    /// </code>
    /// </example>
    public static KpiResult<Ratio> MonthlyRoi(TimeSpan timeSavedInMonth, Money hourlyValue, Money costsOfMonth)
    {
        Preconditions.NotNegative(timeSavedInMonth);
        Preconditions.NotNegative(hourlyValue);
        return MonthlyRoi(TimesHours(hourlyValue, timeSavedInMonth), costsOfMonth);
    }

    /// <summary>
    /// Cost per hour saved (« coût par heure gagnée »): what each hour freed by a tool costs, the
    /// accountants' favourite metric.
    /// </summary>
    /// <param name="totalToolCost">The tool's total cost over the period (licences + amortised training), not negative.</param>
    /// <param name="timeSaved">The hours saved over the same period, not negative.</param>
    /// <returns>The cost per hour, exact, in the cost's currency; undefined when no time was saved.</returns>
    /// <remarks>
    /// <para>Formula: total tool cost / hours saved, computed as cost × ticks per hour / ticks so that
    /// the result is exact whenever decimal can hold it (100 € over 40 min is 150 €/h, not 149.99...).</para>
    /// <para>Unit: money per hour. Direction: lower is better. Bands: <see cref="ReturnOnInvestment.CostPerHourSavedInEurosBands"/>
    /// (see <see cref="ClassifyCostPerHourSaved(Money)"/>); compare with <see cref="HourlyCostOfIntern"/>,
    /// <see cref="HourlyCostOfEmployee"/> and <see cref="HourlyCostOfFreelance"/>.</para>
    /// <para>Undefined: <paramref name="timeSaved"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).
    /// A negative time saved (a tool that makes work slower) is rejected: it would give a negative cost
    /// per hour that reads as excellent; report it with <see cref="Productivity.TimeSaved(TimeSpan, TimeSpan, decimal)"/>.</para>
    /// <para>Worked example: a tool at 200 € a month that saves 50 h a month costs 4 € an hour saved. Catalogue id <c>cost_per_hour_saved</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The cost or the time saved is negative.</exception>
    /// <example>
    /// <code>
    /// var perHour = ReturnOnInvestment.CostPerHourSaved(Money.Euros(200m), TimeSpan.FromHours(50)).Value; // 4 EUR
    /// ReturnOnInvestment.ClassifyCostPerHourSaved(perHour);                                               // Excellent
    /// </code>
    /// </example>
    public static KpiResult<Money> CostPerHourSaved(Money totalToolCost, TimeSpan timeSaved)
    {
        Preconditions.NotNegative(totalToolCost);
        Preconditions.NotNegative(timeSaved);
        return timeSaved == TimeSpan.Zero
            ? KpiResult.Undefined<Money>(KpiIds.CostPerHourSaved, UndefinedReason.ZeroDenominator, "'timeSaved' is zero: no hour was saved.")
            : KpiResult.Defined(KpiIds.CostPerHourSaved, PerHour(totalToolCost, timeSaved));
    }

    /// <summary>
    /// Classifies a cost per hour saved with the library's documented thresholds, which are in euros: below
    /// 10 €/h <see cref="CostPerHourSavedLevel.Excellent"/>, 10 to 20 €/h inclusive
    /// <see cref="CostPerHourSavedLevel.Profitable"/>, above 20 €/h <see cref="CostPerHourSavedLevel.Revisit"/>.
    /// </summary>
    /// <param name="costPerHour">A cost per hour saved in EUR, as returned by <see cref="CostPerHourSaved(Money, TimeSpan)"/>.</param>
    /// <returns>The level of <see cref="ReturnOnInvestment.CostPerHourSavedInEurosBands"/>.</returns>
    /// <remarks>
    /// Bands: [0, 10) excellent, [10, 20] profitable, (20, +∞) revisit the tool or its use. The
    /// thresholds are euro amounts: convert another currency first (the library has no exchange
    /// rates), or build your own <see cref="BandSet{TValue, TLevel}"/>. Catalogue id <c>cost_per_hour_saved</c>.
    /// </remarks>
    /// <exception cref="CurrencyMismatchException"><paramref name="costPerHour"/> is not in EUR.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="costPerHour"/> is negative.</exception>
    /// <example>The hourly costs of the alternatives to a tool, classified with the same bands: an intern
    /// (<see cref="HourlyCostOfIntern"/>, 12 € an hour) is profitable; an employee (<see cref="HourlyCostOfEmployee"/>,
    /// 35 €) and a freelancer (<see cref="HourlyCostOfFreelance"/>, 45 €) call to revisit.</example>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(4m));  // Excellent
    /// ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(20m)); // Profitable (20 is inclusive)
    /// </code>
    /// </example>
    public static CostPerHourSavedLevel ClassifyCostPerHourSaved(Money costPerHour)
    {
        Preconditions.SameCurrency(Currency.EUR, costPerHour.Currency, nameof(costPerHour));
        Preconditions.NotNegative(costPerHour);
        return ReturnOnInvestment.CostPerHourSavedInEurosBands.Classify(costPerHour.Amount);
    }

    /// <summary>
    /// Value of the hours saved (« valeur des heures gagnées »): the time saved priced at an hourly
    /// value.
    /// </summary>
    /// <param name="timeSaved">The time saved; may be negative (a tool that slows work down costs time, valued negatively).</param>
    /// <param name="hourlyValue">The value of one hour (for example <see cref="HourlyCostOfEmployee"/>), not negative.</param>
    /// <returns>hours × hourly value, exact, in the hourly value's currency.</returns>
    /// <remarks>
    /// <para>Formula: hours saved × hourly value, computed as value × ticks / ticks per hour so that the
    /// result is exact whenever decimal can hold it (12 h 55 min × 45 € = 581.25 €). Unit: money.
    /// Direction: higher is better.</para>
    /// <para>Worked example: 50 h saved in a month at 35 € an hour are worth 1 750 €, the valued gains
    /// (« gains valorisés ») of a monthly ROI. Catalogue id <c>value_of_time_saved</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hourlyValue"/> is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromHours(50), ReturnOnInvestment.HourlyCostOfEmployee); // 1 750 EUR
    /// </code>
    /// </example>
    public static Money ValueOfTimeSaved(TimeSpan timeSaved, Money hourlyValue)
    {
        Preconditions.NotNegative(hourlyValue);
        return TimesHours(hourlyValue, timeSaved);
    }

    /// <summary>
    /// Net monthly saving (« économie mensuelle nette »): the value of the hours saved in a month minus
    /// what the tool costs each month.
    /// </summary>
    /// <param name="timeSavedPerMonth">Hours saved per month; may be negative.</param>
    /// <param name="hourlyValue">The value of one hour, not negative.</param>
    /// <param name="monthlyCost">The tool's monthly cost, not negative, in the same currency.</param>
    /// <returns>(hours × hourly value) − monthly cost, exact; negative when the tool costs more than it saves.</returns>
    /// <remarks>
    /// <para>Formula: hours saved per month × hourly value − monthly cost. Unit: money per month.
    /// Direction: higher is better. A negative result is a valid answer (the tool loses money each
    /// month) and makes <see cref="PaybackPeriodInMonths(Money, Money)"/> undefined.</para>
    /// <para>Worked example: 50 h at 35 € minus a 200 € tool is 1 550 € a month. Catalogue id <c>net_monthly_saving</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The hourly value or the monthly cost is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The hourly value and the monthly cost are in different currencies.</exception>
    /// <example>A tool that saves only 4 hours a month at 35 € an hour and costs 200 € a month loses money:
    /// 4 × 35 − 200 = −60 € a month, and its payback period is undefined.</example>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(50), Money.Euros(35m), Money.Euros(200m)); // 1 550 EUR
    /// </code>
    /// </example>
    public static Money NetMonthlySaving(TimeSpan timeSavedPerMonth, Money hourlyValue, Money monthlyCost)
    {
        Preconditions.NotNegative(hourlyValue);
        Preconditions.NotNegative(monthlyCost);
        Preconditions.SameCurrency(hourlyValue, monthlyCost, nameof(monthlyCost));
        return ValueOfTimeSaved(timeSavedPerMonth, hourlyValue) - monthlyCost;
    }

    /// <summary>
    /// Payback period (« délai de rentabilité »): how many months of net saving it takes to recover the
    /// initial investment.
    /// </summary>
    /// <param name="initialInvestment">The one-off investment (training, set-up), not negative.</param>
    /// <param name="netMonthlySaving">The net saving per month, as from <see cref="NetMonthlySaving(TimeSpan, Money, Money)"/>; same currency.</param>
    /// <returns>The number of months, exact and fractional (0.97 months, 1 month rounded); undefined when the net saving is zero or negative.</returns>
    /// <remarks>
    /// <para>Formula: initial investment / net monthly saving. Unit: months (as many as the saving's
    /// period: a saving per calendar month gives calendar months). Direction: lower is better. Bands:
    /// <see cref="ReturnOnInvestment.PaybackMonthsBands"/> (see <see cref="ClassifyPayback(decimal)"/>).</para>
    /// <para>Count each cost once: when the monthly cost already includes training amortised over the
    /// months, the initial investment must not include the same training again, or the payback reads
    /// longer than it is.</para>
    /// <para>Undefined: the net monthly saving is zero or negative (<see cref="UndefinedReason.NeverPaidBack"/>):
    /// the investment is never recovered. A zero investment with a positive saving pays back in 0 months.</para>
    /// <para>Worked example: a 1 500 € setup paid back by 1 550 € a month takes 0.9677 months, 30/31 of a
    /// month, often rounded to 1 month. Catalogue id <c>payback_period</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialInvestment"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The investment and the saving are in different currencies.</exception>
    /// <example>1 500 € recovered at 1 550 € a month takes 30/31 = 0.9677 month: the investment is back within the
    /// first month, excellent. 6 000 € recovered at 20 hours a month × 40 € − 300 € of monthly cost, a net
    /// 500 € a month, takes 12 months: a period to challenge.</example>
    /// <example>
    /// <code>
    /// var months = ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(1_550m)).Value; // 0.9677... (30/31)
    /// ReturnOnInvestment.ClassifyPayback(months);                                                           // Excellent
    /// </code>
    /// </example>
    public static KpiResult<decimal> PaybackPeriodInMonths(Money initialInvestment, Money netMonthlySaving)
    {
        Preconditions.NotNegative(initialInvestment);
        Preconditions.SameCurrency(initialInvestment, netMonthlySaving, nameof(netMonthlySaving));
        return netMonthlySaving.Amount <= 0m
            ? KpiResult.Undefined<decimal>(KpiIds.PaybackPeriod, UndefinedReason.NeverPaidBack, "'netMonthlySaving' is zero or negative: the investment is never paid back.")
            : KpiResult.Defined(KpiIds.PaybackPeriod, initialInvestment.Amount / netMonthlySaving.Amount);
    }

    /// <summary>
    /// Payback period from its components (see <see cref="PaybackPeriodInMonths(Money, Money)"/>):
    /// « Délai = Investissement initial / (Valeur heures gagnées/mois – Coût mensuel) ».
    /// </summary>
    /// <param name="initialInvestment">The one-off investment, not negative.</param>
    /// <param name="timeSavedPerMonth">Hours saved per month; may be negative.</param>
    /// <param name="hourlyValue">The value of one hour, not negative.</param>
    /// <param name="monthlyCost">The tool's monthly cost, not negative.</param>
    /// <returns>The number of months; undefined when the net monthly saving is zero or negative.</returns>
    /// <remarks>
    /// Formula: initial investment / (hours per month × hourly value − monthly cost). All amounts in
    /// one currency. Catalogue id <c>payback_period</c>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The investment, the hourly value or the monthly cost is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), TimeSpan.FromHours(50), Money.Euros(35m), Money.Euros(200m)).Value; // 0.9677...
    /// </code>
    /// </example>
    public static KpiResult<decimal> PaybackPeriodInMonths(Money initialInvestment, TimeSpan timeSavedPerMonth, Money hourlyValue, Money monthlyCost)
    {
        Preconditions.NotNegative(initialInvestment);
        Preconditions.SameCurrency(initialInvestment, hourlyValue, nameof(hourlyValue));
        return PaybackPeriodInMonths(initialInvestment, NetMonthlySaving(timeSavedPerMonth, hourlyValue, monthlyCost));
    }

    /// <summary>
    /// Classifies a payback period with the library's documented benchmarks: below 2 months
    /// <see cref="PaybackLevel.Excellent"/>, 2 to 6 months inclusive <see cref="PaybackLevel.Good"/>,
    /// above 6 months <see cref="PaybackLevel.Challenge"/> (challenge the tool or the use case).
    /// </summary>
    /// <param name="months">A payback period in months, as from <see cref="PaybackPeriodInMonths(Money, Money)"/>.</param>
    /// <returns>The level of <see cref="ReturnOnInvestment.PaybackMonthsBands"/>.</returns>
    /// <remarks>Bands: [0, 2) excellent, [2, 6] good, (6, +∞) challenge. Catalogue id <c>payback_period</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative.</exception>
    /// <example>
    /// <code>
    /// ReturnOnInvestment.ClassifyPayback(30m / 31m); // Excellent
    /// ReturnOnInvestment.ClassifyPayback(6m);        // Good (6 is inclusive)
    /// </code>
    /// </example>
    public static PaybackLevel ClassifyPayback(decimal months)
    {
        Preconditions.NotNegative(months);
        return ReturnOnInvestment.PaybackMonthsBands.Classify(months);
    }

    // amount × ticks / ticks-per-hour, multiplying first so that the result is exact whenever it can
    // be (12 h 55 min × 45 € is 581.25 €, where 45 × 12.91666...7 h would be 581.2500...015). Only an
    // amount near the top of decimal's range overflows the product; it then goes through the hours.
    private static Money TimesHours(Money perHour, TimeSpan time)
    {
        try
        {
            return new Money(perHour.Amount * time.Ticks / TimeSpan.TicksPerHour, perHour.Currency);
        }
        catch (OverflowException)
        {
            return perHour * KpiMath.Hours(time);
        }
    }

    // amount × ticks-per-hour / ticks, for the same reason (100 € over 40 min is 150 €/h exactly).
    private static Money PerHour(Money amount, TimeSpan time)
    {
        try
        {
            return new Money(amount.Amount * TimeSpan.TicksPerHour / time.Ticks, amount.Currency);
        }
        catch (OverflowException)
        {
            return amount / KpiMath.Hours(time);
        }
    }

    private static KpiResult<Ratio> RatioOf(string kpiId, Money numerator, Money denominator, string numeratorName, string denominatorName)
    {
        Preconditions.NotNegative(numerator, numeratorName);
        Preconditions.NotNegative(denominator, denominatorName);
        Preconditions.SameCurrency(numerator, denominator, denominatorName);
        return denominator.IsZero
            ? KpiResult.Undefined<Ratio>(kpiId, UndefinedReason.ZeroDenominator, $"'{denominatorName}' is zero.")
            : KpiResult.Defined(kpiId, new Ratio(numerator.Amount / denominator.Amount));
    }
}
