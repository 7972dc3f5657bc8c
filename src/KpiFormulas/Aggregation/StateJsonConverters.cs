using System.Text.Json;
using KpiFormulas.Serialization;

namespace KpiFormulas.Aggregation;

// The JSON forms of the accumulators' states: one object per state, its members named as its
// properties in camel case, whole numbers and decimals as exact JSON numbers, lists as arrays. Reading
// checks the JSON (members, types, ranges); FromState checks what the numbers mean together.

/// <summary><c>{"promoters":50,"passives":32,"detractors":18}</c>.</summary>
internal sealed class NpsStateJsonConverter : ObjectJsonConverter<NpsState>
{
    protected override string TypeName => nameof(NpsState);

    protected override string[] Members => ["promoters", "passives", "detractors"];

    protected override NpsState Build(JsonMembers members) =>
        new(members.Int64("promoters"), members.Int64("passives"), members.Int64("detractors"));

    protected override void WriteMembers(Utf8JsonWriter writer, NpsState value, JsonSerializerOptions options)
    {
        writer.WriteNumber("promoters", value.Promoters);
        writer.WriteNumber("passives", value.Passives);
        writer.WriteNumber("detractors", value.Detractors);
    }
}

/// <summary><c>{"stageNames":["lead","won"],"furthestStageCounts":[60,40]}</c>.</summary>
internal sealed class FunnelStateJsonConverter : ObjectJsonConverter<FunnelState>
{
    protected override string TypeName => nameof(FunnelState);

    protected override string[] Members => ["stageNames", "furthestStageCounts"];

    protected override FunnelState Build(JsonMembers members) =>
        new(members.Items("stageNames", JsonMembers.ReadString).ToArray(), members.Items("furthestStageCounts", JsonMembers.ReadInt64).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, FunnelState value, JsonSerializerOptions options)
    {
        writer.WriteStrings("stageNames", value.StageNames);
        writer.WriteNumbers("furthestStageCounts", value.FurthestStageCounts);
    }
}

/// <summary><c>{"measure":"SalesCycleLength","dayCounts":[0,2,1]}</c>.</summary>
internal sealed class CycleTimeStateJsonConverter : ObjectJsonConverter<CycleTimeState>
{
    protected override string TypeName => nameof(CycleTimeState);

    protected override string[] Members => ["measure", "dayCounts"];

    protected override CycleTimeState Build(JsonMembers members) =>
        new(members.Value<CycleTimeMeasure>("measure"), members.Items("dayCounts", JsonMembers.ReadInt64).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, CycleTimeState value, JsonSerializerOptions options)
    {
        writer.WriteValue("measure", value.Measure, options);
        writer.WriteNumbers("dayCounts", value.DayCounts);
    }
}

/// <summary><c>{"customerCount":2,"firstPeriod":"2026-01","periodCount":3,"activePeriods":[3,4]}</c>.</summary>
internal sealed class CohortRetentionStateJsonConverter : ObjectJsonConverter<CohortRetentionState>
{
    protected override string TypeName => nameof(CohortRetentionState);

    protected override string[] Members => ["customerCount", "firstPeriod", "periodCount", "activePeriods"];

    protected override CohortRetentionState Build(JsonMembers members) =>
        new(members.Int32("customerCount"), members.Value<Period>("firstPeriod"), members.Int32("periodCount"), members.Items("activePeriods", JsonMembers.ReadUInt64).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, CohortRetentionState value, JsonSerializerOptions options)
    {
        writer.WriteNumber("customerCount", value.CustomerCount);
        writer.WriteValue("firstPeriod", value.FirstPeriod, options);
        writer.WriteNumber("periodCount", value.PeriodCount);
        writer.WriteNumbers("activePeriods", value.ActivePeriods);
    }
}

/// <summary><c>{"userCount":2,"firstWeek":"2026-W10","weekCount":2,"weeklyUses":[3,0,1,2]}</c>.</summary>
internal sealed class AdoptionStateJsonConverter : ObjectJsonConverter<AdoptionState>
{
    protected override string TypeName => nameof(AdoptionState);

    protected override string[] Members => ["userCount", "firstWeek", "weekCount", "weeklyUses"];

    protected override AdoptionState Build(JsonMembers members) =>
        new(members.Int32("userCount"), members.Value<Period>("firstWeek"), members.Int32("weekCount"), members.Items("weeklyUses", JsonMembers.ReadByte).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, AdoptionState value, JsonSerializerOptions options)
    {
        writer.WriteNumber("userCount", value.UserCount);
        writer.WriteValue("firstWeek", value.FirstWeek, options);
        writer.WriteNumber("weekCount", value.WeekCount);
        writer.WriteNumbers("weeklyUses", value.WeeklyUses);
    }
}

/// <summary><c>{"stageNames":["trial","paid"],"windowTicks":...,"entityCount":2,"firstEventTicks":[...]}</c>.</summary>
internal sealed class ConversionWindowStateJsonConverter : ObjectJsonConverter<ConversionWindowState>
{
    protected override string TypeName => nameof(ConversionWindowState);

    protected override string[] Members => ["stageNames", "windowTicks", "entityCount", "firstEventTicks"];

    protected override ConversionWindowState Build(JsonMembers members) =>
        new(members.Items("stageNames", JsonMembers.ReadString).ToArray(), members.Int64("windowTicks"), members.Int32("entityCount"), members.Items("firstEventTicks", JsonMembers.ReadInt64).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, ConversionWindowState value, JsonSerializerOptions options)
    {
        writer.WriteStrings("stageNames", value.StageNames);
        writer.WriteNumber("windowTicks", value.WindowTicks);
        writer.WriteNumber("entityCount", value.EntityCount);
        writer.WriteNumbers("firstEventTicks", value.FirstEventTicks);
    }
}

/// <summary><c>{"currency":"EUR","channelCount":2,"totalSpend":...,"spendRows":...,"channelSpend":[...],...}</c>.</summary>
internal sealed class AcquisitionCostStateJsonConverter : ObjectJsonConverter<AcquisitionCostState>
{
    protected override string TypeName => nameof(AcquisitionCostState);

    protected override string[] Members =>
        ["currency", "channelCount", "totalSpend", "spendRows", "channelSpend", "channelSpendRows", "channelNewCustomers", "channelLeads"];

    protected override AcquisitionCostState Build(JsonMembers members) =>
        new(
            members.Value<Currency>("currency"),
            members.Int32("channelCount"),
            members.Decimal("totalSpend"),
            members.Int64("spendRows"),
            members.Items("channelSpend", JsonMembers.ReadDecimal).ToArray(),
            members.Items("channelSpendRows", JsonMembers.ReadInt64).ToArray(),
            members.Items("channelNewCustomers", JsonMembers.ReadInt64).ToArray(),
            members.Items("channelLeads", JsonMembers.ReadInt64).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, AcquisitionCostState value, JsonSerializerOptions options)
    {
        writer.WriteValue("currency", value.Currency, options);
        writer.WriteNumber("channelCount", value.ChannelCount);
        writer.WriteNumber("totalSpend", value.TotalSpend);
        writer.WriteNumber("spendRows", value.SpendRows);
        writer.WriteNumbers("channelSpend", value.ChannelSpend);
        writer.WriteNumbers("channelSpendRows", value.ChannelSpendRows);
        writer.WriteNumbers("channelNewCustomers", value.ChannelNewCustomers);
        writer.WriteNumbers("channelLeads", value.ChannelLeads);
    }
}

/// <summary><c>{"currency":"EUR","keyCount":2,"total":...,"orders":...,"minorUnitsTotal":...,...}</c>.</summary>
internal sealed class RevenueStateJsonConverter : ObjectJsonConverter<RevenueState>
{
    protected override string TypeName => nameof(RevenueState);

    protected override string[] Members =>
        ["currency", "keyCount", "total", "orders", "minorUnitsTotal", "minorUnitOrders", "keyTotals", "keyOrders", "keyMinorUnitsTotals", "keyMinorUnitOrders"];

    protected override RevenueState Build(JsonMembers members) =>
        new(
            members.Value<Currency>("currency"),
            members.Int32("keyCount"),
            members.Decimal("total"),
            members.Int64("orders"),
            members.Int64("minorUnitsTotal"),
            members.Int64("minorUnitOrders"),
            members.Items("keyTotals", JsonMembers.ReadDecimal).ToArray(),
            members.Items("keyOrders", JsonMembers.ReadInt64).ToArray(),
            members.Items("keyMinorUnitsTotals", JsonMembers.ReadInt64).ToArray(),
            members.Items("keyMinorUnitOrders", JsonMembers.ReadInt64).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, RevenueState value, JsonSerializerOptions options)
    {
        writer.WriteValue("currency", value.Currency, options);
        writer.WriteNumber("keyCount", value.KeyCount);
        writer.WriteNumber("total", value.Total);
        writer.WriteNumber("orders", value.Orders);
        writer.WriteNumber("minorUnitsTotal", value.MinorUnitsTotal);
        writer.WriteNumber("minorUnitOrders", value.MinorUnitOrders);
        writer.WriteNumbers("keyTotals", value.KeyTotals);
        writer.WriteNumbers("keyOrders", value.KeyOrders);
        writer.WriteNumbers("keyMinorUnitsTotals", value.KeyMinorUnitsTotals);
        writer.WriteNumbers("keyMinorUnitOrders", value.KeyMinorUnitOrders);
    }
}

/// <summary><c>{"currency":"USD","customerCount":2,"calibrationEnd":"1997-09-30","holdoutEnd":"1998-06-30","timeUnitTicks":6048000000000,"customers":[0,0],"purchaseDays":[729024,729041],"purchaseAmounts":[29.33,29.73]}</c>.</summary>
internal sealed class CustomerSummaryStateJsonConverter : ObjectJsonConverter<CustomerSummaryState>
{
    protected override string TypeName => nameof(CustomerSummaryState);

    protected override string[] Members =>
        ["currency", "customerCount", "calibrationEnd", "holdoutEnd", "timeUnitTicks", "customers", "purchaseDays", "purchaseAmounts"];

    protected override CustomerSummaryState Build(JsonMembers members) =>
        new(
            members.Value<Currency>("currency"),
            members.Int32("customerCount"),
            members.Value<System.DateOnly>("calibrationEnd"),
            members.Value<System.DateOnly>("holdoutEnd"),
            members.Int64("timeUnitTicks"),
            members.Items("customers", ReadInt32).ToArray(),
            members.Items("purchaseDays", ReadInt32).ToArray(),
            members.Items("purchaseAmounts", JsonMembers.ReadDecimal).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, CustomerSummaryState value, JsonSerializerOptions options)
    {
        writer.WriteValue("currency", value.Currency, options);
        writer.WriteNumber("customerCount", value.CustomerCount);
        writer.WriteValue("calibrationEnd", value.CalibrationEnd, options);
        writer.WriteValue("holdoutEnd", value.HoldoutEnd, options);
        writer.WriteNumber("timeUnitTicks", value.TimeUnitTicks);
        WriteNumbers(writer, "customers", value.Customers);
        WriteNumbers(writer, "purchaseDays", value.PurchaseDays);
        writer.WriteNumbers("purchaseAmounts", value.PurchaseAmounts);
    }

    private static int ReadInt32(JsonElement element, string where, JsonSerializerOptions options) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"{where} must be a whole JSON number within a 32-bit integer.");

    private static void WriteNumbers(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<int> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }
}

/// <summary><c>{"currency":"EUR","month":"2026-03","customers":[7,9],"previousMrr":[49.00,0],"currentMrr":[99.00,0],"paidBefore":[false,true]}</c>.</summary>
internal sealed class MrrMovementsStateJsonConverter : ObjectJsonConverter<MrrMovementsState>
{
    protected override string TypeName => nameof(MrrMovementsState);

    protected override string[] Members => ["currency", "month", "customers", "previousMrr", "currentMrr", "paidBefore"];

    protected override MrrMovementsState Build(JsonMembers members) =>
        new(
            members.Value<Currency>("currency"),
            members.Value<Period>("month"),
            members.Items("customers", JsonMembers.ReadInt64).ToArray(),
            members.Items("previousMrr", JsonMembers.ReadDecimal).ToArray(),
            members.Items("currentMrr", JsonMembers.ReadDecimal).ToArray(),
            members.Items("paidBefore", ReadBoolean).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, MrrMovementsState value, JsonSerializerOptions options)
    {
        writer.WriteValue("currency", value.Currency, options);
        writer.WriteValue("month", value.Month, options);
        writer.WriteNumbers("customers", value.Customers);
        writer.WriteNumbers("previousMrr", value.PreviousMrr);
        writer.WriteNumbers("currentMrr", value.CurrentMrr);
        writer.WritePropertyName("paidBefore");
        writer.WriteStartArray();
        foreach (var paid in value.PaidBefore)
        {
            writer.WriteBooleanValue(paid);
        }

        writer.WriteEndArray();
    }

    private static bool ReadBoolean(JsonElement element, string where, JsonSerializerOptions options) =>
        element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new JsonException($"{where} must be true or false."),
        };
}
