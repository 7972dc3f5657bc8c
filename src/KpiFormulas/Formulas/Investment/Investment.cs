using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Investment appraisal KPIs (« choix d'investissement »), with the spreadsheet functions' conventions:
/// what a series of cash flows is worth today at a discount rate (net present value, periodic as
/// <c>NPV</c> or dated as <c>XNPV</c>), the rate at which it is worth nothing (internal rate of return,
/// <c>IRR</c> and <c>XIRR</c>), its modified rate of return (<c>MIRR</c>), when its discounted flows pay
/// the outlay back, and the compound growth rate between two values (CAGR).
/// </summary>
/// <remarks>
/// <para><b>Cash flows.</b> Outflows (what is paid: the investment, running costs) are negative, inflows
/// (what comes back: savings, revenue) positive. They are <see cref="Money"/> of one currency (a mixed
/// series is refused) or plain decimals. Periodic flows are one per period (a year, a month); dated flows
/// carry a <see cref="DateOnly"/> each and are discounted per year of 365 days from the first date.</para>
/// <para><b>Where the first flow stands.</b> The calculator <see cref="Npv(Rate, ReadOnlySpan{Money})"/> is the spreadsheet's
/// <c>NPV</c>: its first flow is at the <i>end</i> of period 1 and is discounted once. To put the outlay at
/// t = 0 (today, undiscounted) as the textbooks do, use <see cref="NpvFromTimeZero(Rate, ReadOnlySpan{Money})"/>,
/// which is <c>=A1 + NPV(rate, A2:An)</c> in a sheet. <c>IRR</c>, <c>MIRR</c> and the discounted payback take
/// their first flow at t = 0.</para>
/// <para><b>Precision.</b> Sums and powers are computed in <see cref="decimal"/> (integer powers by repeated
/// multiplication, others by a decimal exponential and logarithm), never through floating point. An
/// internal rate of return is found by bracketing: every change of sign of the present value over rates
/// from −99.99999999 % to 10^12 per period is located on a scan in steps of 0.62 % of 1 + r, then narrowed
/// by bisection in decimal to far below 10^-12. Two roots closer together than a step, or a root where the
/// present value touches zero without crossing it, are not separated. A result beyond decimal's range
/// throws <see cref="OverflowException"/>.</para>
/// <para><b>Several rates of return.</b> Flows that change sign more than once (an outlay, inflows, then a
/// closing cost) may have several internal rates of return, one per root of the present value. The
/// calculators return the root nearest to 10 %, the spreadsheets' default guess, and the overloads that
/// take a guess the root nearest to it (the lower one on a tie). Flows that never change sign, or whose
/// present value never crosses zero, have none: the result is undefined with
/// <see cref="UndefinedReason.NoRateOfReturn"/>.</para>
/// </remarks>
/// <example>An AI tool costs 12 000 € now and saves 5 000 €, 5 000 € and 4 000 € over the next three years;
/// money costs the business 8 % a year:
/// <code>
/// Money[] flows = [Money.Euros(-12_000m), Money.Euros(5_000m), Money.Euros(5_000m), Money.Euros(4_000m)];
/// Investment.NpvFromTimeZero(Rate.FromPercent(8m), flows).Value;    // 91.65... EUR: worth doing, barely
/// Investment.Irr(flows).Value;                                       // 8.4...%, just above the 8 %
/// Investment.DiscountedPayback(Rate.FromPercent(8m), flows).Value;   // 2.97... years
/// </code></example>
public static partial class Investment
{
    // Above this many flows the decimals are taken from the heap rather than the stack.
    private const int StackLimit = 256;

    // ---- npv ------------------------------------------------------------------------------------

    /// <summary>
    /// Net present value (« valeur actuelle nette », VAN) of periodic cash flows as the spreadsheet's
    /// <c>NPV</c> computes it: the first flow at the end of period 1.
    /// </summary>
    /// <param name="discountRate">The discount rate per period (8 % a year for yearly flows), above −100 %.</param>
    /// <param name="cashFlows">One flow per period, the first at the end of period 1: outflows negative, inflows
    /// positive, all in one currency.</param>
    /// <returns>Σ flow_i / (1 + rate)^i for i = 1..n, in the flows' currency; undefined for no flow.</returns>
    /// <remarks>
    /// <para>Formula: Σ cash flow_i / (1 + rate)^i, i = 1..n. Unit: money of the flows, at the start of period 1.
    /// Direction: higher is better (positive: the flows earn more than the rate).</para>
    /// <para>The first flow is discounted once. An outlay paid today belongs outside, added undiscounted:
    /// <see cref="NpvFromTimeZero(Rate, ReadOnlySpan{Money})"/> does it.</para>
    /// <para>Undefined: no flow (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>Catalogue id <c>npv</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −100 % or below.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <exception cref="OverflowException">The present value is beyond decimal's range.</exception>
    /// <example>Three yearly savings of 1 000 € at the end of each year, discounted at 10 %:
    /// 1 000 / 1.1 + 1 000 / 1.21 + 1 000 / 1.331 = 2 486.85 €.</example>
    /// <example>
    /// <code>
    /// Investment.Npv(Rate.FromPercent(10m), [Money.Euros(1_000m), Money.Euros(1_000m), Money.Euros(1_000m)]).Value; // 2 486.85 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> Npv(Rate discountRate, ReadOnlySpan<Money> cashFlows)
    {
        var currency = CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return ToMoney(Npv(discountRate, amounts), currency);
    }

    /// <inheritdoc cref="Npv(Rate, ReadOnlySpan{Money})" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="discountRate">The discount rate per period, above −100 %.</param>
    /// <param name="cashFlows">One flow per period as plain numbers, the first at the end of period 1.</param>
    /// <returns>Σ flow_i / (1 + rate)^i for i = 1..n; undefined for no flow.</returns>
    public static KpiResult<decimal> Npv(Rate discountRate, ReadOnlySpan<decimal> cashFlows)
    {
        var onePlusRate = OnePlusRate(discountRate, nameof(discountRate));
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<decimal>(KpiIds.Npv, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is nothing to discount.");
        }

        return KpiResult.Defined(KpiIds.Npv, Discounted(onePlusRate, cashFlows));
    }

    /// <summary>
    /// Net present value (« valeur actuelle nette », VAN) of periodic cash flows whose first flow is at
    /// t = 0, today, and is not discounted: the textbook form, <c>=A1 + NPV(rate, A2:An)</c> in a sheet.
    /// </summary>
    /// <param name="discountRate">The discount rate per period, above −100 %.</param>
    /// <param name="cashFlows">One flow per period, the first today (usually the outlay, negative), the next at
    /// the end of period 1, and so on; all in one currency.</param>
    /// <returns>Σ flow_i / (1 + rate)^i for i = 0..n−1, in the flows' currency; undefined for no flow.</returns>
    /// <remarks>
    /// <para>Formula: cash flow_0 + Σ cash flow_i / (1 + rate)^i, i = 1..n−1. Unit: money of the flows, today.
    /// Direction: higher is better; zero at the internal rate of return (<see cref="Irr(ReadOnlySpan{Money})"/>).</para>
    /// <para>Undefined: no flow (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>Catalogue id <c>npv</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −100 % or below.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <exception cref="OverflowException">The present value is beyond decimal's range.</exception>
    /// <example>A tool bought 2 400 € today that saves 1 000 € at the end of each of three years, at 10 %:
    /// −2 400 + 2 486.85 = 86.85 €, worth buying. The same flows in <c>NPV</c> would discount the outlay too.</example>
    /// <example>
    /// <code>
    /// Investment.NpvFromTimeZero(Rate.FromPercent(10m), [Money.Euros(-2_400m), Money.Euros(1_000m), Money.Euros(1_000m), Money.Euros(1_000m)]).Value; // 86.85 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> NpvFromTimeZero(Rate discountRate, ReadOnlySpan<Money> cashFlows)
    {
        var currency = CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return ToMoney(NpvFromTimeZero(discountRate, amounts), currency);
    }

    /// <inheritdoc cref="NpvFromTimeZero(Rate, ReadOnlySpan{Money})" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="discountRate">The discount rate per period, above −100 %.</param>
    /// <param name="cashFlows">One flow per period as plain numbers, the first today.</param>
    /// <returns>Σ flow_i / (1 + rate)^i for i = 0..n−1; undefined for no flow.</returns>
    public static KpiResult<decimal> NpvFromTimeZero(Rate discountRate, ReadOnlySpan<decimal> cashFlows)
    {
        var onePlusRate = OnePlusRate(discountRate, nameof(discountRate));
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<decimal>(KpiIds.Npv, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is nothing to discount.");
        }

        return KpiResult.Defined(KpiIds.Npv, cashFlows[0] + Discounted(onePlusRate, cashFlows[1..]));
    }

    // ---- xnpv -----------------------------------------------------------------------------------

    /// <summary>
    /// Net present value of dated cash flows as the spreadsheet's <c>XNPV</c> computes it: each flow
    /// discounted from its date back to the first date, per year of 365 days.
    /// </summary>
    /// <param name="discountRate">The discount rate per year, above −100 %.</param>
    /// <param name="cashFlows">The flows, outflows negative, all in one currency.</param>
    /// <param name="dates">The date of each flow; none before the first, which is the date of the value.</param>
    /// <returns>Σ flow_i / (1 + rate)^((date_i − date_0) / 365), in the flows' currency; undefined for no flow.</returns>
    /// <remarks>
    /// <para>Formula: Σ cash flow_i / (1 + rate)^((date_i − date_0) / 365). Unit: money of the flows, at the first
    /// date. Direction: higher is better.</para>
    /// <para>The first flow is at its own date, undiscounted, as in <see cref="NpvFromTimeZero(Rate, ReadOnlySpan{Money})"/>;
    /// flows 365 days apart give exactly that form's value. Years are 365 days, leap or not, as in the spreadsheets.</para>
    /// <para>Undefined: no flow (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>Catalogue id <c>xnpv</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −100 % or below.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or a date precedes the first.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <exception cref="OverflowException">The present value is beyond decimal's range.</exception>
    /// <example>10 000 € invested on 1 January 2025 that return 11 000 € on 1 January 2026 (365 days), at 10 %:
    /// −10 000 + 11 000 / 1.1 = 0 €.</example>
    /// <example>
    /// <code>
    /// Investment.Xnpv(Rate.FromPercent(10m), [Money.Euros(-10_000m), Money.Euros(11_000m)], [new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)]).Value; // 0 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> Xnpv(Rate discountRate, ReadOnlySpan<Money> cashFlows, ReadOnlySpan<DateOnly> dates)
    {
        var currency = CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return ToMoney(Xnpv(discountRate, amounts, dates), currency);
    }

    /// <inheritdoc cref="Xnpv(Rate, ReadOnlySpan{Money}, ReadOnlySpan{DateOnly})" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="discountRate">The discount rate per year, above −100 %.</param>
    /// <param name="cashFlows">The flows as plain numbers.</param>
    /// <param name="dates">The date of each flow; none before the first.</param>
    /// <returns>Σ flow_i / (1 + rate)^((date_i − date_0) / 365); undefined for no flow.</returns>
    public static KpiResult<decimal> Xnpv(Rate discountRate, ReadOnlySpan<decimal> cashFlows, ReadOnlySpan<DateOnly> dates)
    {
        var onePlusRate = OnePlusRate(discountRate, nameof(discountRate));
        CheckDates(cashFlows.Length, dates);
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<decimal>(KpiIds.Xnpv, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is nothing to discount.");
        }

        var sum = 0m;
        for (var i = 0; i < cashFlows.Length; i++)
        {
            sum += Discount(cashFlows[i], onePlusRate, YearsBetween(dates[0], dates[i]));
        }

        return KpiResult.Defined(KpiIds.Xnpv, sum);
    }

    // ---- irr ------------------------------------------------------------------------------------

    /// <summary>
    /// Internal rate of return (« taux de rentabilité interne », TRI) of periodic cash flows, as the
    /// spreadsheet's <c>IRR</c>: the rate per period at which their net present value, first flow at
    /// t = 0, is zero. Of several such rates, the one nearest to 10 %.
    /// </summary>
    /// <param name="cashFlows">One flow per period, the first today (usually the outlay, negative), all in one currency.</param>
    /// <returns>The rate per period; undefined when no rate exists.</returns>
    /// <remarks>
    /// <para>Formula: the rate r above −100 % such that Σ cash flow_i / (1 + r)^i = 0, i = 0..n−1. Unit: rate per
    /// period of the flows. Direction: higher is better (compare it with the cost of money).</para>
    /// <para>Found by bracketing, not by Newton's method from a guess, so it never fails to converge: see the
    /// remarks of <see cref="Investment"/>. With several roots (flows changing sign more than once), the root
    /// nearest to 10 %, the spreadsheets' default guess; <see cref="Irr(ReadOnlySpan{Money}, Rate)"/> takes
    /// another guess.</para>
    /// <para>Undefined (<see cref="UndefinedReason.NoRateOfReturn"/>): the flows never change sign (only outflows,
    /// or only inflows: nothing is paid back, or nothing was invested), or no rate from −99.99999999 % to 10^12
    /// makes their present value zero. No flow is <see cref="UndefinedReason.EmptyInput"/>.</para>
    /// <para>Catalogue id <c>irr</c>.</para>
    /// </remarks>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <example>10 000 € invested today that return 6 000 € at the end of each of two years: the rate r with
    /// −10 000 + 6 000 / (1 + r) + 6 000 / (1 + r)² = 0 is 13.07 % a year.</example>
    /// <example>
    /// <code>
    /// Investment.Irr([Money.Euros(-10_000m), Money.Euros(6_000m), Money.Euros(6_000m)]).Value; // 13.07 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Irr(ReadOnlySpan<Money> cashFlows) => Irr(cashFlows, DefaultGuess);

    /// <summary>
    /// Internal rate of return (TRI) of periodic cash flows, first flow at t = 0; of several rates, the one
    /// nearest to <paramref name="guess"/>.
    /// </summary>
    /// <param name="cashFlows">One flow per period, the first today, all in one currency.</param>
    /// <param name="guess">The rate near which to choose when the flows have several rates of return.</param>
    /// <returns>The rate per period nearest to the guess (the lower one on a tie); undefined when no rate exists.</returns>
    /// <remarks>
    /// <para>The guess only chooses among the roots; it never decides whether one is found.</para>
    /// <para>Catalogue id <c>irr</c>.</para>
    /// </remarks>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <example>−100, 230, −132 has two rates of return, 10 % and 20 %: a guess of 18 % gives 20 %.</example>
    /// <example>
    /// <code>
    /// Investment.Irr([-100m, 230m, -132m], Rate.FromPercent(18m)).Value; // 20 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Irr(ReadOnlySpan<Money> cashFlows, Rate guess)
    {
        CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return Irr(amounts, guess);
    }

    /// <inheritdoc cref="Irr(ReadOnlySpan{Money})" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="cashFlows">One flow per period as plain numbers, the first today.</param>
    public static KpiResult<Rate> Irr(ReadOnlySpan<decimal> cashFlows) => Irr(cashFlows, DefaultGuess);

    /// <inheritdoc cref="Irr(ReadOnlySpan{Money}, Rate)" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="cashFlows">One flow per period as plain numbers, the first today.</param>
    /// <param name="guess">The rate near which to choose when the flows have several rates of return.</param>
    public static KpiResult<Rate> Irr(ReadOnlySpan<decimal> cashFlows, Rate guess)
    {
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<Rate>(KpiIds.Irr, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is no rate of return.");
        }

        Span<decimal> times = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = i;
        }

        return RateOfReturn(KpiIds.Irr, cashFlows, times, regular: true, guess);
    }

    // ---- xirr -----------------------------------------------------------------------------------

    /// <summary>
    /// Internal rate of return of dated cash flows, as the spreadsheet's <c>XIRR</c>: the rate per year
    /// of 365 days at which their <see cref="Xnpv(Rate, ReadOnlySpan{Money}, ReadOnlySpan{DateOnly})"/> is zero.
    /// Of several such rates, the one nearest to 10 %.
    /// </summary>
    /// <param name="cashFlows">The flows, outflows negative, all in one currency.</param>
    /// <param name="dates">The date of each flow; none before the first.</param>
    /// <returns>The rate per year; undefined when no rate exists.</returns>
    /// <remarks>
    /// <para>Formula: the rate r above −100 % such that Σ cash flow_i / (1 + r)^((date_i − date_0) / 365) = 0. Unit:
    /// rate per year. Direction: higher is better.</para>
    /// <para>Found by bracketing as <see cref="Irr(ReadOnlySpan{Money})"/>; several roots: the one nearest to 10 %,
    /// or to the guess of <see cref="Xirr(ReadOnlySpan{Money}, ReadOnlySpan{DateOnly}, Rate)"/>.</para>
    /// <para>Undefined: as <see cref="Irr(ReadOnlySpan{Money})"/> (<see cref="UndefinedReason.NoRateOfReturn"/>,
    /// <see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>Catalogue id <c>xirr</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length, or a date precedes the first.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <example>10 000 € invested on 1 January 2025 that return 11 000 € on 1 January 2026, 365 days later: 10 % a year.</example>
    /// <example>
    /// <code>
    /// Investment.Xirr([Money.Euros(-10_000m), Money.Euros(11_000m)], [new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)]).Value; // 10 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Xirr(ReadOnlySpan<Money> cashFlows, ReadOnlySpan<DateOnly> dates) => Xirr(cashFlows, dates, DefaultGuess);

    /// <summary>
    /// Internal rate of return of dated cash flows, per year of 365 days; of several rates, the one nearest
    /// to <paramref name="guess"/>.
    /// </summary>
    /// <param name="cashFlows">The flows, outflows negative, all in one currency.</param>
    /// <param name="dates">The date of each flow; none before the first.</param>
    /// <param name="guess">The rate near which to choose when the flows have several rates of return.</param>
    /// <returns>The rate per year nearest to the guess (the lower one on a tie); undefined when no rate exists.</returns>
    /// <remarks><para>Catalogue id <c>xirr</c>.</para></remarks>
    /// <exception cref="ArgumentException">The spans differ in length, or a date precedes the first.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <example>−100 on 1 January 2025, 230 a year of 365 days later and −132 a year after that: 10 % or 20 % a
    /// year; a guess of 18 % gives 20 %.</example>
    /// <example>
    /// <code>
    /// Investment.Xirr([-100m, 230m, -132m], [new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)], Rate.FromPercent(18m)).Value; // 20 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Xirr(ReadOnlySpan<Money> cashFlows, ReadOnlySpan<DateOnly> dates, Rate guess)
    {
        CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return Xirr(amounts, dates, guess);
    }

    /// <inheritdoc cref="Xirr(ReadOnlySpan{Money}, ReadOnlySpan{DateOnly})" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="cashFlows">The flows as plain numbers.</param>
    /// <param name="dates">The date of each flow; none before the first.</param>
    public static KpiResult<Rate> Xirr(ReadOnlySpan<decimal> cashFlows, ReadOnlySpan<DateOnly> dates) => Xirr(cashFlows, dates, DefaultGuess);

    /// <inheritdoc cref="Xirr(ReadOnlySpan{Money}, ReadOnlySpan{DateOnly}, Rate)" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="cashFlows">The flows as plain numbers.</param>
    /// <param name="dates">The date of each flow; none before the first.</param>
    /// <param name="guess">The rate near which to choose when the flows have several rates of return.</param>
    public static KpiResult<Rate> Xirr(ReadOnlySpan<decimal> cashFlows, ReadOnlySpan<DateOnly> dates, Rate guess)
    {
        CheckDates(cashFlows.Length, dates);
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<Rate>(KpiIds.Xirr, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is no rate of return.");
        }

        Span<decimal> times = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = YearsBetween(dates[0], dates[i]);
        }

        return RateOfReturn(KpiIds.Xirr, cashFlows, times, regular: false, guess);
    }

    // ---- mirr -----------------------------------------------------------------------------------

    /// <summary>
    /// Modified internal rate of return (« taux de rentabilité interne modifié », TRIM) of periodic cash
    /// flows, as the spreadsheet's <c>MIRR</c>: outflows financed at one rate, inflows reinvested at another.
    /// </summary>
    /// <param name="cashFlows">One flow per period, the first today, all in one currency.</param>
    /// <param name="financeRate">The rate paid on the money borrowed for the outflows, per period, above −100 %.</param>
    /// <param name="reinvestRate">The rate earned on the inflows reinvested until the last period, above −100 %.</param>
    /// <returns>(future value of the inflows / −present value of the outflows)^(1 / (n − 1)) − 1; undefined
    /// without both an inflow and an outflow.</returns>
    /// <remarks>
    /// <para>Formula: (Σ inflow_i (1 + reinvest rate)^(n−1−i) / −Σ outflow_i / (1 + finance rate)^i)^(1/(n−1)) − 1,
    /// i = 0..n−1. Unit: rate per period. Direction: higher is better.</para>
    /// <para>Unlike <see cref="Irr(ReadOnlySpan{Money})"/>, it always has one value: no root to choose.</para>
    /// <para>Undefined (<see cref="UndefinedReason.NoRateOfReturn"/>): no inflow or no outflow (the spreadsheets
    /// give <c>#DIV/0!</c>). No flow is <see cref="UndefinedReason.EmptyInput"/>.</para>
    /// <para>Catalogue id <c>mirr</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A rate is −100 % or below.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <exception cref="OverflowException">A value is beyond decimal's range.</exception>
    /// <example>1 000 € invested today that return 1 210 € in two years, whatever the rates: (1 210 / 1 000)^(1/2) − 1 = 10 %.</example>
    /// <example>
    /// <code>
    /// Investment.Mirr([Money.Euros(-1_000m), Money.Euros(0m), Money.Euros(1_210m)], Rate.FromPercent(5m), Rate.FromPercent(7m)).Value; // 10 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Mirr(ReadOnlySpan<Money> cashFlows, Rate financeRate, Rate reinvestRate)
    {
        CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return Mirr(amounts, financeRate, reinvestRate);
    }

    /// <inheritdoc cref="Mirr(ReadOnlySpan{Money}, Rate, Rate)" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="cashFlows">One flow per period as plain numbers, the first today.</param>
    /// <param name="financeRate">The rate paid on the money borrowed for the outflows, per period, above −100 %.</param>
    /// <param name="reinvestRate">The rate earned on the inflows reinvested until the last period, above −100 %.</param>
    public static KpiResult<Rate> Mirr(ReadOnlySpan<decimal> cashFlows, Rate financeRate, Rate reinvestRate)
    {
        var onePlusFinance = OnePlusRate(financeRate, nameof(financeRate));
        var onePlusReinvest = OnePlusRate(reinvestRate, nameof(reinvestRate));
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<Rate>(KpiIds.Mirr, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is no rate of return.");
        }

        // Horner's scheme: the inflows carried forward to the last period, the outflows back to today.
        var futureInflows = 0m;
        foreach (var flow in cashFlows)
        {
            futureInflows = (futureInflows * onePlusReinvest) + (flow > 0m ? flow : 0m);
        }

        var presentOutflows = 0m;
        for (var i = cashFlows.Length - 1; i >= 0; i--)
        {
            presentOutflows = (presentOutflows / onePlusFinance) + (cashFlows[i] < 0m ? cashFlows[i] : 0m);
        }

        if (futureInflows == 0m || presentOutflows == 0m)
        {
            return KpiResult.Undefined<Rate>(
                KpiIds.Mirr,
                UndefinedReason.NoRateOfReturn,
                futureInflows == 0m ? "'cashFlows' holds no inflow: nothing is returned to reinvest." : "'cashFlows' holds no outflow: nothing was invested.");
        }

        var growth = futureInflows / -presentOutflows;
        return KpiResult.Defined(KpiIds.Mirr, Rate.FromFraction(DecimalMath.NthRoot(growth, cashFlows.Length - 1) - 1m));
    }

    // ---- discounted_payback ---------------------------------------------------------------------

    /// <summary>
    /// Discounted payback period (« délai de récupération actualisé »): how many periods the discounted
    /// flows take to pay back the outlay, first flow at t = 0.
    /// </summary>
    /// <param name="discountRate">The discount rate per period, above −100 %.</param>
    /// <param name="cashFlows">One flow per period, the first today (usually the outlay, negative), all in one currency.</param>
    /// <returns>The periods, with the fraction of the period in which the cumulated discounted flows reach zero
    /// (2.97 for just before the end of year 3); undefined when they never do.</returns>
    /// <remarks>
    /// <para>Formula: with C_k the cumulated discounted flows Σ cash flow_i / (1 + rate)^i, i = 0..k, the first k
    /// where C_(k−1) &lt; 0 ≤ C_k gives (k − 1) + (−C_(k−1)) / (C_k − C_(k−1)): the flow of period k is taken as
    /// earned evenly through it. Unit: periods of the flows. Direction: lower is better.</para>
    /// <para>Flows whose cumulated value is never negative have nothing to pay back: 0 periods. Flows that turn
    /// negative again later (a closing cost) keep the first payback.</para>
    /// <para>Undefined: the cumulated discounted flows are still negative after the last flow
    /// (<see cref="UndefinedReason.NeverPaidBack"/>); no flow (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>Catalogue id <c>discounted_payback</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −100 % or below.</exception>
    /// <exception cref="CurrencyMismatchException">The flows are not all in one currency.</exception>
    /// <example>1 000 € invested today that return 550 € and 605 € at the end of years 1 and 2, at 10 %: 500 € and 500 €
    /// today, so the outlay is paid back at exactly 2 years (1 year without discounting: 1.82).</example>
    /// <example>
    /// <code>
    /// Investment.DiscountedPayback(Rate.FromPercent(10m), [Money.Euros(-1_000m), Money.Euros(550m), Money.Euros(605m)]).Value; // 2
    /// </code>
    /// </example>
    public static KpiResult<decimal> DiscountedPayback(Rate discountRate, ReadOnlySpan<Money> cashFlows)
    {
        CurrencyOf(cashFlows);
        Span<decimal> amounts = cashFlows.Length <= StackLimit ? stackalloc decimal[cashFlows.Length] : new decimal[cashFlows.Length];
        Amounts(cashFlows, amounts);
        return DiscountedPayback(discountRate, amounts);
    }

    /// <inheritdoc cref="DiscountedPayback(Rate, ReadOnlySpan{Money})" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="discountRate">The discount rate per period, above −100 %.</param>
    /// <param name="cashFlows">One flow per period as plain numbers, the first today.</param>
    public static KpiResult<decimal> DiscountedPayback(Rate discountRate, ReadOnlySpan<decimal> cashFlows)
    {
        var onePlusRate = OnePlusRate(discountRate, nameof(discountRate));
        if (cashFlows.IsEmpty)
        {
            return KpiResult.Undefined<decimal>(KpiIds.DiscountedPayback, UndefinedReason.EmptyInput, "'cashFlows' is empty: there is nothing to pay back.");
        }

        var cumulated = cashFlows[0];
        var everNegative = cumulated < 0m;
        for (var k = 1; k < cashFlows.Length; k++)
        {
            var discounted = Discount(cashFlows[k], onePlusRate, k);
            var next = cumulated + discounted;
            if (cumulated < 0m && next >= 0m)
            {
                return KpiResult.Defined(KpiIds.DiscountedPayback, (k - 1) + (-cumulated / discounted));
            }

            everNegative |= next < 0m;
            cumulated = next;
        }

        return everNegative
            ? KpiResult.Undefined<decimal>(KpiIds.DiscountedPayback, UndefinedReason.NeverPaidBack, "The cumulated discounted 'cashFlows' are still negative after the last flow.")
            : KpiResult.Defined(KpiIds.DiscountedPayback, 0m);
    }

    // ---- cagr -----------------------------------------------------------------------------------

    /// <summary>
    /// Compound annual growth rate (« taux de croissance annuel moyen », TCAM): the constant rate per
    /// period that turns the beginning value into the ending value.
    /// </summary>
    /// <param name="beginningValue">The value at the start, not negative.</param>
    /// <param name="endingValue">The value at the end, not negative, same currency.</param>
    /// <param name="periods">The periods between them (years for an annual rate; 2.5 for thirty months), above zero.</param>
    /// <returns>(ending / beginning)^(1 / periods) − 1; −100 % for an ending value of zero; undefined for a
    /// beginning value of zero.</returns>
    /// <remarks>
    /// <para>Formula: (ending value / beginning value)^(1 / periods) − 1. Unit: rate per period. Direction: higher
    /// is better. A spreadsheet writes it <c>=(end/start)^(1/n)-1</c> or <c>=RRI(n, start, end)</c>.</para>
    /// <para>Undefined: a beginning value of zero (<see cref="UndefinedReason.ZeroBaseline"/>): no growth rate
    /// leads from nothing to something.</para>
    /// <para>Catalogue id <c>cagr</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or the periods are not above zero.</exception>
    /// <exception cref="CurrencyMismatchException">The two values are in different currencies.</exception>
    /// <exception cref="OverflowException">The rate is beyond decimal's range.</exception>
    /// <example>Revenue grew from 100 000 € to 121 000 € in two years: (1.21)^(1/2) − 1 = 10 % a year.</example>
    /// <example>
    /// <code>
    /// Investment.Cagr(Money.Euros(100_000m), Money.Euros(121_000m), 2m).Value; // 10 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Cagr(Money beginningValue, Money endingValue, decimal periods)
    {
        Preconditions.NotNegative(beginningValue);
        Preconditions.NotNegative(endingValue);
        Preconditions.SameCurrency(beginningValue, endingValue, nameof(endingValue));
        return Cagr(beginningValue.Amount, endingValue.Amount, periods);
    }

    /// <inheritdoc cref="Cagr(Money, Money, decimal)" path="/*[not(self::param) and not(self::returns)]"/>
    /// <param name="beginningValue">The value at the start (customers, users, any positive quantity), not negative.</param>
    /// <param name="endingValue">The value at the end, not negative.</param>
    /// <param name="periods">The periods between them, above zero.</param>
    public static KpiResult<Rate> Cagr(decimal beginningValue, decimal endingValue, decimal periods)
    {
        Preconditions.NotNegative(beginningValue);
        Preconditions.NotNegative(endingValue);
        Preconditions.Positive(periods);
        if (beginningValue == 0m)
        {
            return KpiResult.Undefined<Rate>(KpiIds.Cagr, UndefinedReason.ZeroBaseline, "'beginningValue' is zero: no growth rate leads from nothing.");
        }

        var growth = endingValue / beginningValue;
        return KpiResult.Defined(KpiIds.Cagr, Rate.FromFraction(DecimalMath.Pow(growth, 1m / periods) - 1m));
    }

    // ---- shared ---------------------------------------------------------------------------------

    private static Rate DefaultGuess => Rate.FromPercent(10m);

    private static decimal OnePlusRate(Rate rate, string paramName)
    {
        Preconditions.ArgumentInRange(rate.Fraction > -1m, rate, paramName, "The rate must be above -100 %: at -100 % or below, discounting divides by zero or changes sign.");
        return 1m + rate.Fraction;
    }

    private static Currency CurrencyOf(ReadOnlySpan<Money> cashFlows)
    {
        if (cashFlows.IsEmpty)
        {
            return Currency.XXX;
        }

        var first = cashFlows[0];
        foreach (var flow in cashFlows)
        {
            Preconditions.SameCurrency(first, flow, nameof(cashFlows));
        }

        return first.Currency;
    }

    private static void Amounts(ReadOnlySpan<Money> cashFlows, Span<decimal> amounts)
    {
        for (var i = 0; i < cashFlows.Length; i++)
        {
            amounts[i] = cashFlows[i].Amount;
        }
    }

    private static KpiResult<Money> ToMoney(KpiResult<decimal> result, Currency currency) =>
        result.TryGetValue(out var amount)
            ? KpiResult.Defined(result.KpiId, new Money(amount, currency))
            : KpiResult.Undefined<Money>(result.KpiId, result.Reason!.Value, result.Explanation!);

    private static void CheckDates(int count, ReadOnlySpan<DateOnly> dates)
    {
        Preconditions.SameLength(count, dates.Length, "cashFlows", nameof(dates));
        for (var i = 1; i < dates.Length; i++)
        {
            Preconditions.Argument(dates[i] >= dates[0], nameof(dates), "No date may precede the first, the date the flows are discounted to.");
        }
    }

    private static decimal YearsBetween(DateOnly first, DateOnly date) => (date.DayNumber - first.DayNumber) / 365m;

    /// <summary>Σ flow_i / (1 + r)^(i + 1) by Horner's scheme: one division per flow, no power to overflow.</summary>
    private static decimal Discounted(decimal onePlusRate, ReadOnlySpan<decimal> cashFlows)
    {
        var value = 0m;
        for (var i = cashFlows.Length - 1; i >= 0; i--)
        {
            value = (value + cashFlows[i]) / onePlusRate;
        }

        return value;
    }

    /// <summary>
    /// amount / (1 + r)^t for t ≥ 0: a division by the exact integer power where its digits fit (550 / 1.1 is
    /// 500 exactly), the decimal exponential otherwise.
    /// </summary>
    private static decimal Discount(decimal amount, decimal onePlusRate, decimal years)
    {
        if (years == 0m || onePlusRate == 1m || amount == 0m)
        {
            return amount;
        }

        var exponent = -years * DecimalMath.Ln(onePlusRate);
        if (exponent < -66m)
        {
            // The factor is below decimal's smallest step: the flow is worth nothing today.
            return 0m;
        }

        if (years == decimal.Truncate(years) && years <= 100_000m)
        {
            var power = DecimalMath.PowInteger(onePlusRate, (long)years);
            return power >= 1e-8m ? amount / power : amount * DecimalMath.PowInteger(1m / onePlusRate, (long)years);
        }

        return amount * DecimalMath.Exp(exponent);
    }
}
