using System;
using System.Linq;
using System.Text.Json;
using KpiFormulas.Formulas;
using KpiFormulas.Serialization;

namespace KpiFormulas.Aggregation;

// The JSON forms of the accumulators' results (Result()): one object per type, fixed member names;
// the KPI results in them are checked against the counts they come from where one calculator gives them.

/// <summary><c>{"promoters":50,"passives":32,"detractors":18,"score":result}</c>; the score must be the one the counts give.</summary>
internal sealed class NpsResultJsonConverter : ObjectJsonConverter<NpsResult>
{
    protected override string TypeName => nameof(NpsResult);

    protected override string[] Members => ["promoters", "passives", "detractors", "score"];

    protected override string[] Derived => ["score"];

    protected override NpsResult Build(JsonMembers members)
    {
        var (promoters, passives, detractors) = (members.Int64("promoters"), members.Int64("passives"), members.Int64("detractors"));
        return new(promoters, passives, detractors, Satisfaction.NetPromoterScore(promoters, passives, detractors));
    }

    protected override void WriteMembers(Utf8JsonWriter writer, NpsResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("promoters", value.Promoters);
        writer.WriteNumber("passives", value.Passives);
        writer.WriteNumber("detractors", value.Detractors);
        writer.WriteValue("score", value.Score, options);
    }
}

/// <summary><c>{"revenue":money,"orders":2,"averageOrderValue":result}</c>; the average must be revenue / orders.</summary>
internal sealed class RevenueGroupJsonConverter : ObjectJsonConverter<RevenueGroup>
{
    protected override string TypeName => nameof(RevenueGroup);

    protected override string[] Members => ["revenue", "orders", "averageOrderValue"];

    protected override string[] Derived => ["averageOrderValue"];

    protected override RevenueGroup Build(JsonMembers members)
    {
        var revenue = members.Value<Money>("revenue");
        var orders = members.Int64("orders");
        return new(revenue, orders, SalesValue.AverageOrderValue(revenue, orders));
    }

    protected override void WriteMembers(Utf8JsonWriter writer, RevenueGroup value, JsonSerializerOptions options)
    {
        writer.WriteValue("revenue", value.Revenue, options);
        writer.WriteNumber("orders", value.Orders);
        writer.WriteValue("averageOrderValue", value.AverageOrderValue, options);
    }
}

/// <summary><c>{"total":group,"groups":[group,...]}</c>; with groups, the total is their sum.</summary>
internal sealed class RevenueResultJsonConverter : ObjectJsonConverter<RevenueResult>
{
    protected override string TypeName => nameof(RevenueResult);

    protected override string[] Members => ["total", "groups"];

    protected override RevenueResult Build(JsonMembers members)
    {
        var total = members.Value<RevenueGroup>("total");
        var groups = members.Items("groups", JsonMembers.ReadValue<RevenueGroup>).ToArray();
        if (groups.Length > 0
            && (groups.Any(g => g.Revenue.Currency != total.Revenue.Currency)
                || groups.Sum(g => g.Revenue.Amount) != total.Revenue.Amount
                || groups.Sum(g => g.Orders) != total.Orders))
        {
            throw new JsonException("RevenueResult: the groups must be in the total's currency and add up to the total's revenue and orders.");
        }

        return new RevenueResult(total, groups);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, RevenueResult value, JsonSerializerOptions options)
    {
        writer.WriteValue("total", value.Total, options);
        writer.WriteItems("groups", value.Groups, options);
    }
}

/// <summary><c>{"spend":money,"newCustomers":3,"leads":40,"customerAcquisitionCost":result,"costPerLead":result}</c>.</summary>
internal sealed class ChannelAcquisitionJsonConverter : ObjectJsonConverter<ChannelAcquisition>
{
    protected override string TypeName => nameof(ChannelAcquisition);

    protected override string[] Members => ["spend", "newCustomers", "leads", "customerAcquisitionCost", "costPerLead"];

    protected override string[] Derived => ["costPerLead"];

    protected override ChannelAcquisition Build(JsonMembers members)
    {
        var spend = members.Value<Money>("spend");
        var leads = members.Int64("leads");
        return new(spend, members.Int64("newCustomers"), leads, members.Value<KpiResult<Money>>("customerAcquisitionCost"), Acquisition.CostPerLead(spend, leads));
    }

    protected override void WriteMembers(Utf8JsonWriter writer, ChannelAcquisition value, JsonSerializerOptions options)
    {
        writer.WriteValue("spend", value.Spend, options);
        writer.WriteNumber("newCustomers", value.NewCustomers);
        writer.WriteNumber("leads", value.Leads);
        writer.WriteValue("customerAcquisitionCost", value.CustomerAcquisitionCost, options);
        writer.WriteValue("costPerLead", value.CostPerLead, options);
    }
}

/// <summary><c>{"total":channel,"channels":[channel,...]}</c>; with channels, the total's spend, customers and leads are their sums.</summary>
internal sealed class AcquisitionCostResultJsonConverter : ObjectJsonConverter<AcquisitionCostResult>
{
    protected override string TypeName => nameof(AcquisitionCostResult);

    protected override string[] Members => ["total", "channels"];

    protected override AcquisitionCostResult Build(JsonMembers members)
    {
        var total = members.Value<ChannelAcquisition>("total");
        var channels = members.Items("channels", JsonMembers.ReadValue<ChannelAcquisition>).ToArray();
        if (channels.Length > 0
            && (channels.Any(c => c.Spend.Currency != total.Spend.Currency)
                || channels.Sum(c => c.Spend.Amount) != total.Spend.Amount
                || channels.Sum(c => c.NewCustomers) != total.NewCustomers
                || channels.Sum(c => c.Leads) != total.Leads))
        {
            throw new JsonException("AcquisitionCostResult: the channels must be in the total's currency and add up to the total's spend, new customers and leads.");
        }

        return new AcquisitionCostResult(total, channels);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, AcquisitionCostResult value, JsonSerializerOptions options)
    {
        writer.WriteValue("total", value.Total, options);
        writer.WriteItems("channels", value.Channels, options);
    }
}

/// <summary><c>{"week":"2026-W10","activeUsers":1,"lowUsers":0,"inactiveUsers":1,"adoptionRate":result}</c>.</summary>
internal sealed class WeeklyAdoptionJsonConverter : ObjectJsonConverter<WeeklyAdoption>
{
    protected override string TypeName => nameof(WeeklyAdoption);

    protected override string[] Members => ["week", "activeUsers", "lowUsers", "inactiveUsers", "adoptionRate"];

    protected override WeeklyAdoption Build(JsonMembers members) =>
        new(members.Value<Period>("week"), members.Int64("activeUsers"), members.Int64("lowUsers"), members.Int64("inactiveUsers"), members.Value<KpiResult<Rate>>("adoptionRate"));

    protected override void WriteMembers(Utf8JsonWriter writer, WeeklyAdoption value, JsonSerializerOptions options)
    {
        writer.WriteValue("week", value.Week, options);
        writer.WriteNumber("activeUsers", value.ActiveUsers);
        writer.WriteNumber("lowUsers", value.LowUsers);
        writer.WriteNumber("inactiveUsers", value.InactiveUsers);
        writer.WriteValue("adoptionRate", value.AdoptionRate, options);
    }
}

/// <summary><c>{"trainedUsers":2,"weeks":[week,...]}</c>.</summary>
internal sealed class AdoptionResultJsonConverter : ObjectJsonConverter<AdoptionResult>
{
    protected override string TypeName => nameof(AdoptionResult);

    protected override string[] Members => ["trainedUsers", "weeks"];

    protected override AdoptionResult Build(JsonMembers members)
    {
        var trained = members.Int32("trainedUsers");
        var weeks = members.Items("weeks", JsonMembers.ReadValue<WeeklyAdoption>).ToArray();
        if (trained < 0 || weeks.Any(w => w.ActiveUsers < 0 || w.LowUsers < 0 || w.InactiveUsers < 0 || w.ActiveUsers + w.LowUsers + w.InactiveUsers != trained))
        {
            throw new JsonException("AdoptionResult: each week's active, low and inactive users are counts that add up to the trained users.");
        }

        return new AdoptionResult(trained, weeks);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, AdoptionResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("trainedUsers", value.TrainedUsers);
        writer.WriteItems("weeks", value.Weeks, options);
    }
}

/// <summary>
/// <c>{"kpiId":"sales_cycle_length","dayCounts":[0,2,1],"count":3,"mean":result,"median":result,"percentile90":result}</c>:
/// the histogram of whole days the figures come from, rebuilt through the accumulator.
/// </summary>
internal sealed class CycleTimeResultJsonConverter : ObjectJsonConverter<CycleTimeResult>
{
    protected override string TypeName => nameof(CycleTimeResult);

    protected override string[] Members => ["kpiId", "dayCounts", "count", "mean", "median", "percentile90"];

    protected override string[] Derived => ["count", "mean", "median", "percentile90"];

    protected override CycleTimeResult Build(JsonMembers members)
    {
        var kpiId = members.String("kpiId");
        var measure = string.Equals(kpiId, KpiIds.SalesCycleLength, StringComparison.Ordinal) ? CycleTimeMeasure.SalesCycleLength
            : string.Equals(kpiId, KpiIds.TimeToConvert, StringComparison.Ordinal) ? CycleTimeMeasure.TimeToConvert
            : throw new JsonException($"CycleTimeResult 'kpiId' must be '{KpiIds.SalesCycleLength}' or '{KpiIds.TimeToConvert}'.");
        return CycleTimeAccumulator.FromState(new CycleTimeState(measure, members.Items("dayCounts", JsonMembers.ReadInt64).ToArray())).Result();
    }

    protected override void WriteMembers(Utf8JsonWriter writer, CycleTimeResult value, JsonSerializerOptions options)
    {
        writer.WriteString("kpiId", value.Mean.KpiId);
        writer.WriteNumbers("dayCounts", value.DayCounts);
        writer.WriteNumber("count", value.Count);
        writer.WriteValue("mean", value.Mean, options);
        writer.WriteValue("median", value.Median, options);
        writer.WriteValue("percentile90", value.Percentile90, options);
    }
}
