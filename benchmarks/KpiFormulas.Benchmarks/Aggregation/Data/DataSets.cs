using System;

namespace KpiFormulas.Benchmarks.Aggregation.Data;

// Deterministic, seeded data sets shared by every side of a benchmark (LINQ, hand loop, DuckDB,
// KpiFormulas). The same (rows, seed) always gives the same columns, on any machine.

/// <summary>A year of orders: amounts (decimal and minor units), 16 channels, about one customer per ten orders.</summary>
public sealed class OrderData
{
    public const int ChannelCount = 16;

    private OrderData(int rows)
    {
        Rows = rows;
        Customers = Math.Max(1, rows / 10);
        Amounts = new decimal[rows];
        AmountMinorUnits = new long[rows];
        Channels = new byte[rows];
        CustomerIds = new int[rows];
        Dates = new DateOnly[rows];
    }

    public int Rows { get; }

    /// <summary>Distinct customer ids: ids are 0 .. Customers - 1, about a tenth of the orders.</summary>
    public int Customers { get; }

    /// <summary>Order amounts in euros, 5.00 .. 500.00, all with scale 2.</summary>
    public decimal[] Amounts { get; }

    /// <summary>The same amounts in cents.</summary>
    public long[] AmountMinorUnits { get; }

    public byte[] Channels { get; }

    public int[] CustomerIds { get; }

    /// <summary>Order dates through 2025, in time order (as an order log is).</summary>
    public DateOnly[] Dates { get; }

    public static OrderData Generate(int rows, ulong seed = 20250101)
    {
        var data = new OrderData(rows);
        var random = new SplitMix64(seed);
        for (var i = 0; i < rows; i++)
        {
            var cents = 500 + random.NextInt(49_501);
            data.AmountMinorUnits[i] = cents;
            data.Amounts[i] = new decimal(cents, 0, 0, false, 2);
            data.Channels[i] = (byte)random.NextInt(ChannelCount);
            data.CustomerIds[i] = random.NextInt(data.Customers);
            data.Dates[i] = Calendar.Day((int)((long)i * Calendar.Days / rows));
        }

        return data;
    }

    public Order[] ToRecords()
    {
        var records = new Order[Rows];
        for (var i = 0; i < Rows; i++)
        {
            records[i] = new Order(CustomerIds[i], Dates[i], Channels[i], Amounts[i]);
        }

        return records;
    }
}

/// <summary>
/// Marketing over 16 channels as a data team has it: spend lines (an ad platform's cost rows), and the
/// leads and new customers of the CRM, each tagged with its channel. One lead per 10 spend lines and one
/// new customer per 50.
/// </summary>
internal sealed class MarketingData
{
    public const int ChannelCount = 16;

    private int[]? spendChannelIds;
    private int[]? leadChannelIds;
    private int[]? customerChannelIds;

    private MarketingData(int rows)
    {
        Rows = rows;
        Costs = new decimal[rows];
        CostMinorUnits = new long[rows];
        SpendChannels = new byte[rows];
        LeadChannels = new byte[rows / 10];
        CustomerChannels = new byte[rows / 50];
    }

    /// <summary>Spend lines (the <c>Rows</c> of the benchmark); leads and customers come on top.</summary>
    public int Rows { get; }

    /// <summary>Cost of each spend line in euros, 0.05 .. 50.00, scale 2.</summary>
    public decimal[] Costs { get; }

    public long[] CostMinorUnits { get; }

    public byte[] SpendChannels { get; }

    /// <summary>The channel of each lead: Rows / 10 of them, skewed towards the high channels.</summary>
    public byte[] LeadChannels { get; }

    /// <summary>The channel of each new customer: Rows / 50 of them.</summary>
    public byte[] CustomerChannels { get; }

    public static MarketingData Generate(int rows, ulong seed = 20250202)
    {
        var data = new MarketingData(rows);
        var random = new SplitMix64(seed);
        for (var i = 0; i < rows; i++)
        {
            var cents = 5 + random.NextInt(4_996);
            data.CostMinorUnits[i] = cents;
            data.Costs[i] = new decimal(cents, 0, 0, false, 2);
            data.SpendChannels[i] = (byte)random.NextInt(ChannelCount);
        }

        // Channels convert differently: the larger of two draws favours the high channels.
        for (var i = 0; i < data.LeadChannels.Length; i++)
        {
            data.LeadChannels[i] = (byte)Math.Max(random.NextInt(ChannelCount), random.NextInt(ChannelCount));
        }

        for (var i = 0; i < data.CustomerChannels.Length; i++)
        {
            data.CustomerChannels[i] = (byte)random.NextInt(ChannelCount);
        }

        return data;
    }

    /// <summary>The spend channels as <c>int</c>s, the type <c>AcquisitionCostAccumulator</c> takes.</summary>
    public int[] SpendChannelIds => spendChannelIds ??= Widen(SpendChannels);

    /// <summary>The lead channels as <c>int</c>s.</summary>
    public int[] LeadChannelIds => leadChannelIds ??= Widen(LeadChannels);

    /// <summary>The customer channels as <c>int</c>s.</summary>
    public int[] CustomerChannelIds => customerChannelIds ??= Widen(CustomerChannels);

    public SpendLine[] SpendRecords()
    {
        var records = new SpendLine[Rows];
        for (var i = 0; i < Rows; i++)
        {
            records[i] = new SpendLine(SpendChannels[i], Costs[i]);
        }

        return records;
    }

    private static int[] Widen(byte[] channels) => Array.ConvertAll(channels, channel => (int)channel);

    public static Signup[] SignupRecords(byte[] channels)
    {
        var records = new Signup[channels.Length];
        for (var i = 0; i < channels.Length; i++)
        {
            records[i] = new Signup(i, channels[i]);
        }

        return records;
    }
}

/// <summary>Leads with the furthest of five funnel stages each (lead, MQL, SQL, opportunity, won) they reached.</summary>
public sealed class LeadData
{
    public const int StageCount = 5;

    public static readonly string[] StageNames = ["lead", "MQL", "SQL", "opportunity", "won"];

    // Cumulative per-mille thresholds: 55 % stay leads, 25 % stop at MQL, 12 % at SQL, 5 % at opportunity, 3 % won.
    private static readonly int[] Thresholds = [550, 800, 920, 970, 1000];

    private LeadData(int rows)
    {
        Rows = rows;
        FurthestStages = new byte[rows];
    }

    public int Rows { get; }

    public byte[] FurthestStages { get; }

    public static LeadData Generate(int rows, ulong seed = 20250303)
    {
        var data = new LeadData(rows);
        var random = new SplitMix64(seed);
        for (var i = 0; i < rows; i++)
        {
            var draw = random.NextInt(1000);
            byte stage = 0;
            while (draw >= Thresholds[stage])
            {
                stage++;
            }

            data.FurthestStages[i] = stage;
        }

        return data;
    }

    public Lead[] ToRecords()
    {
        var records = new Lead[Rows];
        for (var i = 0; i < Rows; i++)
        {
            records[i] = new Lead(i, FurthestStages[i]);
        }

        return records;
    }
}

/// <summary>NPS answers: 0..10 scores with a realistic shape (about 45 % promoters, 30 % passives, 25 % detractors).</summary>
public sealed class AnswerData
{
    // Cumulative per-mille thresholds for the scores 0..10.
    private static readonly int[] Thresholds = [20, 35, 50, 70, 90, 130, 250, 400, 550, 800, 1000];

    private AnswerData(int rows)
    {
        Rows = rows;
        Scores = new byte[rows];
    }

    public int Rows { get; }

    public byte[] Scores { get; }

    public static AnswerData Generate(int rows, ulong seed = 20250404)
    {
        var data = new AnswerData(rows);
        var random = new SplitMix64(seed);
        for (var i = 0; i < rows; i++)
        {
            var draw = random.NextInt(1000);
            byte score = 0;
            while (draw >= Thresholds[score])
            {
                score++;
            }

            data.Scores[i] = score;
        }

        return data;
    }

    public Answer[] ToRecords()
    {
        var records = new Answer[Rows];
        for (var i = 0; i < Rows; i++)
        {
            records[i] = new Answer(i, Scores[i]);
        }

        return records;
    }
}

/// <summary>A year of product uses: one row per (user, day) use, about 200 uses per user (3.8 a week on average).</summary>
public sealed class UsageData
{
    private UsageData(int rows)
    {
        Rows = rows;
        Users = Math.Max(1, rows / 200);
        UserIds = new int[rows];
        Dates = new DateOnly[rows];
    }

    public int Rows { get; }

    /// <summary>Trained users: ids 0 .. Users - 1 (some never use the product in a given week).</summary>
    public int Users { get; }

    public int[] UserIds { get; }

    /// <summary>Use dates through 2025, in time order (as a log is).</summary>
    public DateOnly[] Dates { get; }

    public static UsageData Generate(int rows, ulong seed = 20250505)
    {
        var data = new UsageData(rows);
        var random = new SplitMix64(seed);
        for (var i = 0; i < rows; i++)
        {
            // A quarter of the users are heavy (half the uses), the rest light: so the weeks hold active,
            // low and inactive users alike.
            var heavy = (random.Next() & 1) == 0;
            var quarter = Math.Max(1, data.Users / 4);
            data.UserIds[i] = heavy ? random.NextInt(quarter) : Math.Min(data.Users - 1, quarter + random.NextInt(Math.Max(1, data.Users - quarter)));
            data.Dates[i] = Calendar.Day((int)((long)i * Calendar.Days / rows));
        }

        return data;
    }

    public Usage[] ToRecords()
    {
        var records = new Usage[Rows];
        for (var i = 0; i < Rows; i++)
        {
            records[i] = new Usage(UserIds[i], Dates[i]);
        }

        return records;
    }
}
