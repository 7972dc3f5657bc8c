using System;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Types;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Arrow.Tests;

/// <summary>Every Arrow type an accumulator reads gives the state of the span overload over the same values, bit for bit.</summary>
public class ArrowTypeTests
{
    private static readonly long[] Cents = [1990, 500, 12000, 3550, 0, 99, 250_000, 1];
    private static readonly byte[] Channels = [0, 2, 1, 3, 0, 2, 2, 1];
    private static readonly decimal[] Amounts = [.. Cents.Select(Support.Hundredths)]; // 19.90, 5.00...: scale 2, as a Decimal128(18, 2) column holds them

    [Fact]
    public void Int64_minor_units_with_UInt8_keys_are_read_in_place()
    {
        var expected = new RevenueAccumulator(Currency.EUR, 4);
        expected.AddMinorUnits(Cents, Channels);

        var actual = new RevenueAccumulator(Currency.EUR, 4);
        actual.Add(Arrays.Batch(("amount", Arrays.Int64(Cents.Select(c => (long?)c))), ("channel", Arrays.UInt8(Channels.Select(c => (byte?)c)))), new RevenueColumns("amount", "channel"));

        Same.Revenue(expected, actual);
        Assert.Equal(2681.40m, actual.Result().Total.Revenue.Amount);
    }

    [Fact]
    public void Int64_minor_units_with_Int32_keys_and_without_keys()
    {
        var keyed = new RevenueAccumulator(Currency.EUR, 4);
        keyed.AddMinorUnits(Cents, Channels.Select(c => (int)c).ToArray());
        var fromArrow = new RevenueAccumulator(Currency.EUR, 4);
        fromArrow.Add(Arrays.Batch(("amount", Arrays.Int64(Cents.Select(c => (long?)c))), ("channel", Arrays.Int32(Channels.Select(c => (int?)c)))), new RevenueColumns("amount", "channel"));
        Same.Revenue(keyed, fromArrow);

        var total = new RevenueAccumulator(Currency.EUR);
        total.AddMinorUnits(Cents);
        var totalFromArrow = new RevenueAccumulator(Currency.EUR);
        totalFromArrow.Add(Arrays.Batch(("amount", Arrays.Int64(Cents.Select(c => (long?)c)))), new RevenueColumns("amount"));
        Same.Revenue(total, totalFromArrow);
    }

    [Fact]
    public void Decimal128_keeps_its_scale_and_dictionary_indices_are_the_keys()
    {
        var expected = new RevenueAccumulator(Currency.EUR, 4);
        expected.Add(Amounts, Channels);

        var channel = Arrays.Dictionary(Arrays.UInt8(Channels.Select(c => (byte?)c)), "web", "shop", "phone", "partner");
        var actual = new RevenueAccumulator(Currency.EUR, 4);
        actual.Add(Arrays.Batch(("amount", Arrays.Decimal128(18, 2, Amounts.Select(a => (decimal?)a))), ("channel", channel)), new RevenueColumns("amount", "channel"));

        Same.Revenue(expected, actual);
        Assert.Equal(2, actual.Result().Total.Revenue.Amount.Scale); // 2681.40, the scale of the column
    }

    [Fact]
    public void Decimal128_of_precision_38_is_read_when_its_values_fit_and_negative_values_keep_their_sign()
    {
        // -12.345 and 7.5 at scale 3: unscaled -12345 and 7500 in two's complement over 128 bits.
        decimal[] values = [7.500m, 0.001m, 123456789012345678901234.567m];
        var expected = new RevenueAccumulator(Currency.EUR);
        expected.Add(values);
        var actual = new RevenueAccumulator(Currency.EUR);
        actual.Add(Arrays.Batch(("amount", Arrays.Decimal128(38, 3, values.Select(v => (decimal?)v)))), new RevenueColumns("amount"));
        Same.Revenue(expected, actual);

        var negative = new RevenueAccumulator(Currency.EUR);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => negative.Add(Arrays.Batch(("amount", Arrays.Decimal128(10, 3, [1m, -12.345m]))), new RevenueColumns("amount")));
        Assert.Equal(-12.345m, error.ActualValue);
        Assert.Contains("Column 'amount', row 1 of the record batch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal64_amounts_with_Int16_keys_converted()
    {
        var expected = new RevenueAccumulator(Currency.EUR, 4);
        expected.Add(Amounts, Channels.Select(c => (int)c).ToArray());
        var actual = new RevenueAccumulator(Currency.EUR, 4);
        actual.Add(Arrays.Batch(("amount", Arrays.Decimal64(18, 2, Amounts.Select(a => (decimal?)a))), ("channel", Arrays.Int16(Channels.Select(c => (short?)c)))), new RevenueColumns("amount", "channel"));
        Same.Revenue(expected, actual);
    }

    [Fact]
    public void Cohorts_from_Int32_ids_and_Date32_dates_Int64_ids_and_Date64_dates_and_dictionary_ids()
    {
        int[] customers = [0, 1, 0, 2, 1, 2, 0];
        DateOnly[] dates = [new(2026, 1, 5), new(2026, 1, 31), new(2026, 2, 1), new(2026, 3, 15), new(2026, 3, 31), new(2026, 4, 1), new(2026, 4, 30)];
        var expected = new CohortRetentionAccumulator(3, Period.Month(2026, 1), 4);
        expected.Add(customers, dates);

        var columns = new CohortRetentionColumns("customer", "date");
        var int32Date32 = new CohortRetentionAccumulator(3, Period.Month(2026, 1), 4);
        int32Date32.Add(Arrays.Batch(("customer", Arrays.Int32(customers.Select(c => (int?)c))), ("date", Arrays.Date32(dates.Select(d => (DateOnly?)d)))), columns);
        Same.State(expected, int32Date32);

        var int64Date64 = new CohortRetentionAccumulator(3, Period.Month(2026, 1), 4);
        int64Date64.Add(Arrays.Batch(("customer", Arrays.Int64(customers.Select(c => (long?)c))), ("date", Arrays.Date64(dates.Select(d => (DateOnly?)d)))), columns);
        Same.State(expected, int64Date64);

        var dictionary = new CohortRetentionAccumulator(3, Period.Month(2026, 1), 4);
        var ids = Arrays.Dictionary(Arrays.Int32(customers.Select(c => (int?)c)), "ana@example.com", "bo@example.com", "cy@example.com");
        dictionary.Add(Arrays.Batch(("customer", ids), ("date", Arrays.Date32(dates.Select(d => (DateOnly?)d)))), columns);
        Same.State(expected, dictionary);
    }

    [Theory]
    [InlineData(TimeUnit.Second)]
    [InlineData(TimeUnit.Millisecond)]
    [InlineData(TimeUnit.Microsecond)]
    [InlineData(TimeUnit.Nanosecond)]
    public void Timestamps_of_every_unit_are_dated_in_their_zone(TimeUnit unit)
    {
        // Two instants half an hour before midnight UTC on a Sunday, one after the epoch and one before
        // it (negative counts round down, not toward zero): in UTC, without a zone (the builder stores
        // the wall clock of UTC) and at -05:00 they are dated that Sunday; at +02:00 and in Paris (CET,
        // +01:00 in winter) they are dated the Monday, which starts the next ISO week.
        (DateTimeOffset Instant, Period SundayWeek, DateOnly Sunday)[] instants =
        [
            (new(2026, 3, 1, 23, 30, 0, TimeSpan.Zero), Period.IsoWeek(2026, 9), new(2026, 3, 1)),
            (new(1969, 12, 28, 23, 30, 0, TimeSpan.Zero), Period.IsoWeek(1969, 52), new(1969, 12, 28)),
        ];
        (string? Zone, int DaysAfterUtc)[] zones = [(null, 0), ("UTC", 0), ("-05:00", 0), ("+02:00", 1), ("Europe/Paris", 1)];
        foreach (var (instant, week, sunday) in instants)
        {
            foreach (var (zone, days) in zones)
            {
                var expected = new AdoptionAccumulator(1, week, 2);
                expected.Add([0], [sunday.AddDays(days)]);
                var actual = new AdoptionAccumulator(1, week, 2);
                actual.Add(Arrays.Batch(("user", Arrays.Int32([0])), ("at", Arrays.Timestamps(unit, zone, [instant]))), new AdoptionColumns("user", "at"));
                Same.State(expected, actual);
            }
        }
    }

    [Fact]
    public void Adoption_from_dictionary_users_and_Date32_uses()
    {
        int[] users = [0, 1, 1, 0, 2];
        DateOnly[] days = [new(2026, 3, 2), new(2026, 3, 3), new(2026, 3, 10), new(2026, 3, 11), new(2026, 3, 12)];
        var expected = new AdoptionAccumulator(3, Period.IsoWeek(2026, 10), 2);
        expected.Add(users, days);
        var actual = new AdoptionAccumulator(3, Period.IsoWeek(2026, 10), 2);
        actual.Add(Arrays.Batch(("user", Arrays.Dictionary(Arrays.Int8(users.Select(u => (sbyte?)u)), "a", "b", "c")), ("day", Arrays.Date32(days.Select(d => (DateOnly?)d)))), new AdoptionColumns("user", "day"));
        Same.State(expected, actual);
    }

    [Fact]
    public void Nps_from_UInt8_and_Int32_scores_and_funnel_from_UInt8_and_Int32_stages()
    {
        byte[] scores = [10, 9, 3, 7, 8, 0, 10];
        var nps = new NpsAccumulator();
        nps.Add(scores);
        var fromBytes = new NpsAccumulator();
        fromBytes.Add(Arrays.Batch(("score", Arrays.UInt8(scores.Select(s => (byte?)s)))), new NpsColumns("score"));
        Same.State(nps, fromBytes);
        var fromInts = new NpsAccumulator();
        fromInts.Add(Arrays.Batch(("score", Arrays.Int32(scores.Select(s => (int?)s)))), new NpsColumns("score"));
        Same.State(nps, fromInts);

        byte[] stages = [0, 1, 2, 2, 1, 0];
        var funnel = new FunnelAccumulator("lead", "meeting", "won");
        funnel.Add(stages);
        var stagesFromBytes = new FunnelAccumulator("lead", "meeting", "won");
        stagesFromBytes.Add(Arrays.Batch(("stage", Arrays.UInt8(stages.Select(s => (byte?)s)))), new FunnelColumns("stage"));
        Same.State(funnel, stagesFromBytes);
        var stagesFromInts = new FunnelAccumulator("lead", "meeting", "won");
        stagesFromInts.Add(Arrays.Batch(("stage", Arrays.Dictionary(Arrays.Int32(stages.Select(s => (int?)s)), "lead", "meeting", "won"))), new FunnelColumns("stage"));
        Same.State(funnel, stagesFromInts);
    }

    [Fact]
    public void A_sliced_batch_reads_its_own_rows_of_the_shared_buffers_and_bitmaps()
    {
        long?[] cents = [100, null, 200, 300, null, 400, 500, 600, null, 700, 800];
        byte?[] keys = [0, 1, null, 1, 0, 1, 0, 1, 1, null, 0];
        var batch = Arrays.Batch(("amount", Arrays.Int64(cents)), ("channel", Arrays.UInt8(keys))).Slice(3, 6); // rows 3 to 8

        var expected = new RevenueAccumulator(Currency.EUR, 2);
        expected.AddMinorUnits([300, 400, 500, 600], (byte[])[1, 1, 0, 1]); // rows 3, 5, 6, 7: rows 4 and 8 have a null
        var actual = new RevenueAccumulator(Currency.EUR, 2);
        actual.Add(batch, new RevenueColumns("amount", "channel"), NullRows.Skip);
        Same.Revenue(expected, actual);
    }
}

/// <summary>Acquisition cost from spend, new-customer and lead batches.</summary>
public class AcquisitionColumnsTests
{
    [Fact]
    public void Spend_customers_and_leads_from_decimal_UInt8_and_dictionary_columns()
    {
        decimal[] spend = [600.00m, 400.00m, 125.50m];
        int[] spendChannels = [0, 1, 1];
        int[] customers = [0, 0, 1];
        int[] leads = [0, 1, 1, 1, 0];
        var expected = new AcquisitionCostAccumulator(Currency.EUR, 2);
        expected.AddSpend(spend, spendChannels);
        expected.AddCustomers(customers);
        expected.AddLeads(leads);

        var actual = new AcquisitionCostAccumulator(Currency.EUR, 2);
        actual.Add(Arrays.Batch(("amount", Arrays.Decimal128(12, 2, spend.Select(s => (decimal?)s))), ("channel", Arrays.UInt8(spendChannels.Select(c => (byte?)c)))), new AcquisitionSpendColumns("amount", "channel"));
        actual.Add(Arrays.Batch(("channel", Arrays.Int32(customers.Select(c => (int?)c)))), new NewCustomerColumns("channel"));
        actual.Add(Arrays.Batch(("channel", Arrays.Dictionary(Arrays.UInt8(leads.Select(c => (byte?)c)), "ads", "events"))), new LeadColumns("channel"));
        Same.State(expected, actual);

        var minorUnits = Assert.Throws<ArgumentException>(() => new AcquisitionCostAccumulator(Currency.EUR, 2).Add(Arrays.Batch(("amount", Arrays.Int64([60000])), ("channel", Arrays.Int32([0]))), new AcquisitionSpendColumns("amount", "channel")));
        Assert.StartsWith("Column 'amount' of the record batch is Int64; it must be a decimal column", minorUnits.Message, StringComparison.Ordinal);
    }
}
