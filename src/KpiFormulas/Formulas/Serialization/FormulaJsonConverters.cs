using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

// The JSON forms of the calculators' result types. Each is one object with fixed member names (see
// ObjectJsonConverter); docs/json.md shows every shape, and JsonShapeTests asserts the exact text.

/// <summary><c>{"name":"lead","count":1000}</c>.</summary>
internal sealed class FunnelStageJsonConverter : ObjectJsonConverter<FunnelStage>
{
    protected override string TypeName => nameof(FunnelStage);

    protected override string[] Members => ["name", "count"];

    protected override FunnelStage Build(JsonMembers members) => new(members.String("name"), members.Int64("count"));

    protected override void WriteMembers(Utf8JsonWriter writer, FunnelStage value, JsonSerializerOptions options)
    {
        writer.WriteString("name", value.Name);
        writer.WriteNumber("count", value.Count);
    }
}

/// <summary><c>{"from":stage,"to":stage,"rate":result}</c>; the rate must be the one the two counts give.</summary>
internal sealed class FunnelStepJsonConverter : ObjectJsonConverter<FunnelStep>
{
    protected override string TypeName => nameof(FunnelStep);

    protected override string[] Members => ["from", "to", "rate"];

    protected override string[] Derived => ["rate"];

    protected override FunnelStep Build(JsonMembers members) =>
        Conversion.Funnel([members.Value<FunnelStage>("from"), members.Value<FunnelStage>("to")]).Steps[0];

    protected override void WriteMembers(Utf8JsonWriter writer, FunnelStep value, JsonSerializerOptions options)
    {
        writer.WriteValue("from", value.From, options);
        writer.WriteValue("to", value.To, options);
        writer.WriteValue("rate", value.Rate, options);
    }
}

/// <summary><c>{"stages":[...],"steps":[...],"overallRate":result,"bottleneck":result}</c>, rebuilt from the stages.</summary>
internal sealed class FunnelJsonConverter : ObjectJsonConverter<Funnel>
{
    protected override string TypeName => nameof(Funnel);

    protected override string[] Members => ["stages", "steps", "overallRate", "bottleneck"];

    protected override string[] Derived => ["steps", "overallRate", "bottleneck"];

    protected override Funnel Build(JsonMembers members) =>
        Conversion.Funnel(members.Items("stages", JsonMembers.ReadValue<FunnelStage>).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, Funnel value, JsonSerializerOptions options)
    {
        writer.WriteItems("stages", value.Stages, options);
        writer.WriteItems("steps", value.Steps, options);
        writer.WriteValue("overallRate", value.OverallRate, options);
        writer.WriteValue("bottleneck", value.Bottleneck, options);
    }
}

/// <summary>Makes the converter of each closed <see cref="Change{TValue, TDifference}"/> the library creates.</summary>
internal sealed class ChangeJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Change<,>);

    // Each closure is named so that trimmed and native AOT builds keep its code: Change.Between
    // rebuilds the absolute and relative parts from before and after, so a payload cannot contradict them.
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(Change<decimal, decimal>) ? new ChangeJsonConverter<decimal, decimal>(static (b, a) => Change.Between(b, a))
        : typeToConvert == typeof(Change<Money, Money>) ? new ChangeJsonConverter<Money, Money>(static (b, a) => Change.Between(b, a))
        : typeToConvert == typeof(Change<Rate, PercentagePoints>) ? new ChangeJsonConverter<Rate, PercentagePoints>(static (b, a) => Change.Between(b, a))
        : typeToConvert == typeof(Change<Rate, Rate>) ? new ChangeJsonConverter<Rate, Rate>(static (b, a) => Change.Between<Rate>(b, a))
        : typeToConvert == typeof(Change<TimeSpan, TimeSpan>) ? new ChangeJsonConverter<TimeSpan, TimeSpan>(static (b, a) => Change.Between(b, a))
        : throw new NotSupportedException($"{typeToConvert} has no JSON form: only the changes of decimal, Money, Rate and TimeSpan are written and read.");
}

/// <summary><c>{"before":...,"after":...,"absolute":...,"relative":result}</c>, rebuilt from before and after.</summary>
internal sealed class ChangeJsonConverter<TValue, TDifference>(Func<TValue, TValue, Change<TValue, TDifference>> between) : ObjectJsonConverter<Change<TValue, TDifference>>
    where TValue : struct, IComparable<TValue>
    where TDifference : struct
{
    protected override string TypeName => "Change";

    protected override string[] Members => ["before", "after", "absolute", "relative"];

    protected override string[] Derived => ["absolute", "relative"];

    protected override Change<TValue, TDifference> Build(JsonMembers members) =>
        between(members.Value<TValue>("before"), members.Value<TValue>("after"));

    protected override void WriteMembers(Utf8JsonWriter writer, Change<TValue, TDifference> value, JsonSerializerOptions options)
    {
        writer.WriteValue("before", value.Before, options);
        writer.WriteValue("after", value.After, options);
        writer.WriteValue("absolute", value.Absolute, options);
        writer.WriteValue("relative", value.Relative, options);
    }
}

/// <summary>
/// <c>{"relativeGap":result,"tolerance":0.1,"status":"OnTrack","requiresAdjustment":false}</c>. The measure
/// and the target are not part of a check, so reading checks what the members say of each other: the
/// gap's id and reason, adjustment exactly when the gap is beyond the tolerance, on track exactly when not.
/// </summary>
internal sealed class DriftCheckJsonConverter : ObjectJsonConverter<DriftCheck>
{
    protected override string TypeName => nameof(DriftCheck);

    protected override string[] Members => ["relativeGap", "tolerance", "status", "requiresAdjustment"];

    protected override DriftCheck Build(JsonMembers members)
    {
        var gap = members.Value<KpiResult<Rate>>("relativeGap");
        var tolerance = members.Value<Rate>("tolerance");
        var status = members.Value<DriftStatus>("status");
        var adjust = members.Boolean("requiresAdjustment");
        Require(string.Equals(gap.KpiId, KpiIds.Drift, StringComparison.Ordinal), $"'relativeGap' must carry the id '{KpiIds.Drift}'.");
        Require(tolerance.Fraction >= 0m, "'tolerance' must not be negative.");
        Require(gap.IsDefined || gap.Reason == UndefinedReason.ZeroTarget, "an undefined 'relativeGap' has the reason ZeroTarget.");
        if (gap.TryGetValue(out var relative))
        {
            Require(adjust == Math.Abs(relative.Fraction) > tolerance.Fraction, "'requiresAdjustment' must be true exactly when the gap is beyond the tolerance.");
        }

        Require(adjust == (status != DriftStatus.OnTrack), "'status' must be OnTrack exactly when no adjustment is required.");
        return new DriftCheck(gap, tolerance, status, adjust);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, DriftCheck value, JsonSerializerOptions options)
    {
        writer.WriteValue("relativeGap", value.RelativeGap, options);
        writer.WriteValue("tolerance", value.Tolerance, options);
        writer.WriteValue("status", value.Status, options);
        writer.WriteBoolean("requiresAdjustment", value.RequiresAdjustment);
    }

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new JsonException($"{nameof(DriftCheck)}: {rule}");
        }
    }
}

/// <summary><c>{"scope":"Team","kpiCount":9,"recommendedMaximum":7,"verdict":"AboveRecommendation"}</c>, rebuilt from the scope and the count.</summary>
internal sealed class DashboardSizeAdviceJsonConverter : ObjectJsonConverter<DashboardSizeAdvice>
{
    protected override string TypeName => nameof(DashboardSizeAdvice);

    protected override string[] Members => ["scope", "kpiCount", "recommendedMaximum", "verdict"];

    protected override string[] Derived => ["recommendedMaximum", "verdict"];

    protected override DashboardSizeAdvice Build(JsonMembers members) =>
        Targets.AdviseDashboardSize(members.Int32("kpiCount"), members.Value<DashboardScope>("scope"));

    protected override void WriteMembers(Utf8JsonWriter writer, DashboardSizeAdvice value, JsonSerializerOptions options)
    {
        writer.WriteValue("scope", value.Scope, options);
        writer.WriteNumber("kpiCount", value.KpiCount);
        writer.WriteNumber("recommendedMaximum", value.RecommendedMaximum);
        writer.WriteValue("verdict", value.Verdict, options);
    }
}

/// <summary><c>{"metric":"monthly_orders","drivers":["traffic","retention_rate"]}</c>.</summary>
internal sealed class NorthStarJsonConverter : ObjectJsonConverter<NorthStar>
{
    protected override string TypeName => nameof(NorthStar);

    protected override string[] Members => ["metric", "drivers"];

    protected override NorthStar Build(JsonMembers members) =>
        new(members.String("metric"), members.Items("drivers", JsonMembers.ReadString));

    protected override void WriteMembers(Utf8JsonWriter writer, NorthStar value, JsonSerializerOptions options)
    {
        writer.WriteString("metric", value.Metric);
        writer.WriteStrings("drivers", value.Drivers);
    }
}

/// <summary><c>{"name":"quote","timeBefore":"00:45:00","timeAfter":"00:15:00","repetitions":20}</c>.</summary>
internal sealed class TaskTimeSavingJsonConverter : ObjectJsonConverter<TaskTimeSaving>
{
    protected override string TypeName => nameof(TaskTimeSaving);

    protected override string[] Members => ["name", "timeBefore", "timeAfter", "repetitions"];

    protected override TaskTimeSaving Build(JsonMembers members) =>
        new(members.String("name"), members.Value<TimeSpan>("timeBefore"), members.Value<TimeSpan>("timeAfter"), members.Decimal("repetitions"));

    protected override void WriteMembers(Utf8JsonWriter writer, TaskTimeSaving value, JsonSerializerOptions options)
    {
        writer.WriteString("name", value.Name);
        writer.WriteValue("timeBefore", value.TimeBefore, options);
        writer.WriteValue("timeAfter", value.TimeAfter, options);
        writer.WriteNumber("repetitions", value.Repetitions);
    }
}

/// <summary><c>{"use":"selling","share":0.5}</c>.</summary>
internal sealed class TimeReinvestmentShareJsonConverter : ObjectJsonConverter<TimeReinvestmentShare>
{
    protected override string TypeName => nameof(TimeReinvestmentShare);

    protected override string[] Members => ["use", "share"];

    protected override TimeReinvestmentShare Build(JsonMembers members) => new(members.String("use"), members.Value<Rate>("share"));

    protected override void WriteMembers(Utf8JsonWriter writer, TimeReinvestmentShare value, JsonSerializerOptions options)
    {
        writer.WriteString("use", value.Use);
        writer.WriteValue("share", value.Share, options);
    }
}

/// <summary><c>{"shares":[{"use":"selling","share":0.5},...]}</c>: unique uses, proportions adding up to exactly 100 %.</summary>
internal sealed class TimeReinvestmentMixJsonConverter : ObjectJsonConverter<TimeReinvestmentMix>
{
    protected override string TypeName => nameof(TimeReinvestmentMix);

    protected override string[] Members => ["shares"];

    protected override TimeReinvestmentMix Build(JsonMembers members)
    {
        var shares = members.Items("shares", JsonMembers.ReadValue<TimeReinvestmentShare>);

        // A mix of no use is default(TimeReinvestmentMix), which the factory (shares adding up to 100 %) cannot make.
        return shares.Count == 0
            ? default
            : Productivity.TimeReinvestmentMix(shares.Select(s => s.Use).ToArray(), shares.Select(s => s.Share).ToArray());
    }

    protected override void WriteMembers(Utf8JsonWriter writer, TimeReinvestmentMix value, JsonSerializerOptions options) =>
        writer.WriteItems("shares", value, options);
}

/// <summary><c>{"baseYear":2024,"rate":result}</c>.</summary>
internal sealed class YearRetentionJsonConverter : ObjectJsonConverter<YearRetention>
{
    protected override string TypeName => nameof(YearRetention);

    protected override string[] Members => ["baseYear", "rate"];

    protected override YearRetention Build(JsonMembers members) => new(members.Int32("baseYear"), members.Value<KpiResult<Rate>>("rate"));

    protected override void WriteMembers(Utf8JsonWriter writer, YearRetention value, JsonSerializerOptions options)
    {
        writer.WriteNumber("baseYear", value.BaseYear);
        writer.WriteValue("rate", value.Rate, options);
    }
}

/// <summary>
/// <c>{"cohorts":["2026-01","2026-02"],"activeCustomers":[[200,80,60],[100,50]]}</c>: the arguments of
/// <see cref="Retention.CohortRetention(IReadOnlyList{Period}, long[][])"/>, one row per cohort, element 0 its size.
/// </summary>
internal sealed class CohortRetentionTableJsonConverter : ObjectJsonConverter<CohortRetentionTable>
{
    protected override string TypeName => nameof(CohortRetentionTable);

    protected override string[] Members => ["cohorts", "activeCustomers"];

    protected override CohortRetentionTable Build(JsonMembers members) =>
        Retention.CohortRetention(
            members.Items("cohorts", JsonMembers.ReadValue<Period>),
            members.Items("activeCustomers", static (row, where, options) => Row(row, where)).ToArray());

    protected override void WriteMembers(Utf8JsonWriter writer, CohortRetentionTable value, JsonSerializerOptions options)
    {
        writer.WriteItems("cohorts", value.Cohorts, options);
        writer.WritePropertyName("activeCustomers");
        writer.WriteStartArray();
        for (var c = 0; c < value.Cohorts.Count; c++)
        {
            writer.WriteStartArray();
            for (var offset = 0; offset < value.OffsetCount(c); offset++)
            {
                writer.WriteNumberValue(value.ActiveCustomers(c, offset));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    internal static long[] Row(JsonElement row, string where)
    {
        if (row.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{where} must be a JSON array of counts.");
        }

        var counts = new long[row.GetArrayLength()];
        var k = 0;
        foreach (var count in row.EnumerateArray())
        {
            counts[k] = JsonMembers.ReadInt64(count, $"{where}[{k}]");
            k++;
        }

        return counts;
    }
}

/// <summary>
/// <c>{"firstYear":2023,"maxConsecutiveYears":3,"customers":[[100,40,25],[90,45],[80]]}</c>: row y holds,
/// for k = 1, 2..., the customers who bought in year firstYear + y and in each of the k − 1 years after
/// it, up to the cap and the last year of the data. An empty table is <c>{"firstYear":0,...,"customers":[]}</c>.
/// </summary>
internal sealed class MultiYearRetentionTableJsonConverter : ObjectJsonConverter<MultiYearRetentionTable>
{
    protected override string TypeName => nameof(MultiYearRetentionTable);

    protected override string[] Members => ["firstYear", "maxConsecutiveYears", "customers"];

    protected override MultiYearRetentionTable Build(JsonMembers members)
    {
        var firstYear = members.Int32("firstYear");
        var cap = members.Int32("maxConsecutiveYears");
        var rows = members.Items("customers", static (row, where, options) => CohortRetentionTableJsonConverter.Row(row, where));
        Require(cap >= 2, "'maxConsecutiveYears' must be at least 2.");
        if (rows.Count == 0)
        {
            Require(firstYear == 0, "an empty table has 'firstYear' 0.");
            return new MultiYearRetentionTable(0, cap, []);
        }

        Require(firstYear >= 1 && firstYear + rows.Count - 1 <= 9999, "the years must be within 1..9999.");
        var counts = new long[]?[rows.Count];
        for (var y = 0; y < rows.Count; y++)
        {
            var row = rows[y];
            Require(row.Length == Math.Min(cap, rows.Count - y), $"'customers'[{y}] must hold {Math.Min(cap, rows.Count - y)} counts: one per run up to the cap and the last year.");
            for (var k = 0; k < row.Length; k++)
            {
                Require(row[k] >= 0, $"'customers'[{y}][{k}] must not be negative.");
                Require(k == 0 || row[k] <= row[k - 1], $"'customers'[{y}][{k}] must not exceed the shorter run before it.");

                // A customer who bought every year from y to y + k also bought every year from y + 1 to y + k.
                Require(k == 0 || row[k] <= rows[y + 1][k - 1], $"'customers'[{y}][{k}] must not exceed 'customers'[{y + 1}][{k - 1}].");
            }

            counts[y] = row[0] == 0 ? null : row;
        }

        Require(counts[0] is not null && counts[^1] is not null, "the first and the last year hold customers (they are the years of the first and the last purchase).");
        return new MultiYearRetentionTable(firstYear, cap, counts);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, MultiYearRetentionTable value, JsonSerializerOptions options)
    {
        writer.WriteNumber("firstYear", value.IsEmpty ? 0 : value.Years[0]);
        writer.WriteNumber("maxConsecutiveYears", value.MaxConsecutiveYears);
        writer.WritePropertyName("customers");
        writer.WriteStartArray();
        foreach (var year in value.Years)
        {
            writer.WriteStartArray();
            for (var k = 1; k <= value.MaxConsecutiveYears && value.IsObserved(year, k); k++)
            {
                writer.WriteNumberValue(value.CustomersBuyingEveryYear(year, k));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new JsonException($"{nameof(MultiYearRetentionTable)}: {rule}");
        }
    }
}

/// <summary>Makes the converter of each <see cref="ActivityCountDictionary{TPerson}"/>.</summary>
internal sealed class ActivityCountDictionaryJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ActivityCountDictionary<>);

    // People named by a string or a number are named so that trimmed and native AOT builds keep their code.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only other person types reach MakeGenericType; the common ones are created directly above.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The closed converter type is built from the dictionary type the serializer was asked for.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The converter's parameterless constructor is kept by the typeof below.")]
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var person = typeToConvert.GetGenericArguments()[0];
        return person == typeof(string) ? new ActivityCountDictionaryJsonConverter<string>()
            : person == typeof(int) ? new ActivityCountDictionaryJsonConverter<int>()
            : person == typeof(long) ? new ActivityCountDictionaryJsonConverter<long>()
            : person == typeof(Guid) ? new ActivityCountDictionaryJsonConverter<Guid>()
            : (JsonConverter)Activator.CreateInstance(typeof(ActivityCountDictionaryJsonConverter<>).MakeGenericType(person))!;
    }
}

/// <summary>
/// <c>{"people":["ana","ben"],"periods":["2026-03","2026-04"],"counts":[[3,0],[1,2]]}</c>: the people in
/// the order they first appear, the periods in order, and one row of counts per person, one count per
/// period (0 where the person did nothing in that period).
/// </summary>
/// <typeparam name="TPerson">The type naming a person or team.</typeparam>
internal sealed class ActivityCountDictionaryJsonConverter<TPerson> : ObjectJsonConverter<ActivityCountDictionary<TPerson>>
    where TPerson : notnull
{
    protected override string TypeName => "ActivityCountDictionary";

    protected override string[] Members => ["people", "periods", "counts"];

    protected override ActivityCountDictionary<TPerson> Build(JsonMembers members)
    {
        var people = members.Items("people", JsonMembers.ReadValue<TPerson>);
        var periods = members.Items("periods", JsonMembers.ReadValue<Period>);
        var rows = members.Items("counts", static (row, where, options) => CohortRetentionTableJsonConverter.Row(row, where));
        Require(rows.Count == people.Count, "'counts' must hold one row per person.");
        for (var p = 1; p < periods.Count; p++)
        {
            Require(periods[p].Unit == periods[0].Unit, "the periods must all be of one unit.");
            Require(periods[p - 1].CompareTo(periods[p]) < 0, "the periods must be in increasing order, each once.");
        }

        var builder = new ActivityCountDictionary<TPerson>.Builder(periods.Count == 0 ? PeriodUnit.Days : periods[0].Unit, null);
        var periodUsed = new bool[periods.Count];
        for (var p = 0; p < people.Count; p++)
        {
            Require(rows[p].Length == periods.Count, $"'counts'[{p}] must hold one count per period.");
            var any = false;
            for (var k = 0; k < periods.Count; k++)
            {
                Require(rows[p][k] >= 0, $"'counts'[{p}][{k}] must not be negative.");
                if (rows[p][k] > 0)
                {
                    builder.AddCount(people[p], periods[k], rows[p][k]);
                    any = true;
                    periodUsed[k] = true;
                }
            }

            Require(any, $"person {p} has no event: a person appears with at least one.");
        }

        Require(Array.TrueForAll(periodUsed, static used => used), "every period holds at least one event.");
        var counts = builder.Build();
        Require(counts.People.Count == people.Count, "each person must appear once.");
        return counts;
    }

    protected override void WriteMembers(Utf8JsonWriter writer, ActivityCountDictionary<TPerson> value, JsonSerializerOptions options)
    {
        writer.WriteItems("people", value.People, options);
        writer.WriteItems("periods", value.Periods, options);
        writer.WritePropertyName("counts");
        writer.WriteStartArray();
        foreach (var person in value.People)
        {
            writer.WriteStartArray();
            foreach (var period in value.Periods)
            {
                writer.WriteNumberValue(value.CountOf(person, period));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new JsonException($"ActivityCountDictionary: {rule}");
        }
    }
}

/// <summary><c>{"opening":money,"new":money,"expansion":money,"reactivation":money,"contraction":money,"churned":money,"closing":money}</c>; the closing amount is derived.</summary>
internal sealed class MrrMovementsJsonConverter : ObjectJsonConverter<MrrMovements>
{
    protected override string TypeName => nameof(MrrMovements);

    protected override string[] Members => ["opening", "new", "expansion", "reactivation", "contraction", "churned", "closing"];

    protected override string[] Derived => ["closing"];

    protected override MrrMovements Build(JsonMembers members) =>
        new(
            members.Value<Money>("opening"), members.Value<Money>("new"), members.Value<Money>("expansion"),
            members.Value<Money>("reactivation"), members.Value<Money>("contraction"), members.Value<Money>("churned"));

    protected override void WriteMembers(Utf8JsonWriter writer, MrrMovements value, JsonSerializerOptions options)
    {
        writer.WriteValue("opening", value.Opening, options);
        writer.WriteValue("new", value.New, options);
        writer.WriteValue("expansion", value.Expansion, options);
        writer.WriteValue("reactivation", value.Reactivation, options);
        writer.WriteValue("contraction", value.Contraction, options);
        writer.WriteValue("churned", value.Churned, options);
        writer.WriteValue("closing", value.Closing, options);
    }
}

/// <summary><c>{"lower":0.2553,"upper":0.3662,"pointEstimate":0.308}</c>; the bounds must enclose the point estimate within 0 % and 100 %.</summary>
internal sealed class RateIntervalJsonConverter : ObjectJsonConverter<RateInterval>
{
    protected override string TypeName => nameof(RateInterval);

    protected override string[] Members => ["lower", "upper", "pointEstimate"];

    protected override RateInterval Build(JsonMembers members)
    {
        var lower = members.Value<Rate>("lower");
        var upper = members.Value<Rate>("upper");
        var pointEstimate = members.Value<Rate>("pointEstimate");
        if (!(0m <= lower.Fraction && lower <= pointEstimate && pointEstimate <= upper && upper.Fraction <= 1m))
        {
            throw new JsonException($"{TypeName} must have 0 ≤ lower ≤ pointEstimate ≤ upper ≤ 1; it has {lower.Fraction}, {pointEstimate.Fraction}, {upper.Fraction}.");
        }

        return new RateInterval(lower, upper, pointEstimate);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, RateInterval value, JsonSerializerOptions options)
    {
        writer.WriteValue("lower", value.Lower, options);
        writer.WriteValue("upper", value.Upper, options);
        writer.WriteValue("pointEstimate", value.PointEstimate, options);
    }
}

/// <summary><c>{"pValue":0.4857,"test":"FisherExact","significanceLevel":0.05,"isSignificant":false,"verdict":"Not significant..."}</c>; the last two follow from the others.</summary>
internal sealed class SignificanceResultJsonConverter : ObjectJsonConverter<SignificanceResult>
{
    protected override string TypeName => nameof(SignificanceResult);

    protected override string[] Members => ["pValue", "test", "significanceLevel", "isSignificant", "verdict"];

    protected override string[] Derived => ["isSignificant", "verdict"];

    protected override SignificanceResult Build(JsonMembers members)
    {
        var pValue = members.Decimal("pValue");
        var level = members.Value<Rate>("significanceLevel");
        if (pValue is < 0m or > 1m || level.Fraction <= 0m || level.Fraction >= 1m)
        {
            throw new JsonException($"{TypeName} must have a pValue within 0 and 1 and a significanceLevel strictly between them; it has {pValue} and {level.Fraction}.");
        }

        return new SignificanceResult(pValue, members.Value<SignificanceTest>("test"), level);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, SignificanceResult value, JsonSerializerOptions options)
    {
        writer.WriteNumber("pValue", value.PValue);
        writer.WriteValue("test", value.Test, options);
        writer.WriteValue("significanceLevel", value.SignificanceLevel, options);
        writer.WriteBoolean("isSignificant", value.IsSignificant);
        writer.WriteString("verdict", value.Verdict);
    }
}

/// <summary>
/// <c>{"observed":interval,"target":0.25,"direction":"HigherIsBetter","pValue":0.4884,"significanceLevel":0.05,"gap":-3,"isBeyondNoise":false,"status":"OnTrack","verdict":"Within noise..."}</c>;
/// the last four follow from the others.
/// </summary>
internal sealed class RateDriftCheckJsonConverter : ObjectJsonConverter<RateDriftCheck>
{
    protected override string TypeName => nameof(RateDriftCheck);

    protected override string[] Members => ["observed", "target", "direction", "pValue", "significanceLevel", "gap", "isBeyondNoise", "status", "verdict"];

    protected override string[] Derived => ["gap", "isBeyondNoise", "status", "verdict"];

    protected override RateDriftCheck Build(JsonMembers members)
    {
        var target = members.Value<Rate>("target");
        var pValue = members.Decimal("pValue");
        var level = members.Value<Rate>("significanceLevel");
        if (target.Fraction is <= 0m or >= 1m || pValue is < 0m or > 1m || level.Fraction is <= 0m or >= 1m)
        {
            throw new JsonException($"{TypeName} must have a target and a significanceLevel strictly between 0 and 1 and a pValue within them; it has {target.Fraction}, {level.Fraction} and {pValue}.");
        }

        return new RateDriftCheck(members.Value<RateInterval>("observed"), target, members.Value<Direction>("direction"), pValue, level);
    }

    protected override void WriteMembers(Utf8JsonWriter writer, RateDriftCheck value, JsonSerializerOptions options)
    {
        writer.WriteValue("observed", value.Observed, options);
        writer.WriteValue("target", value.Target, options);
        writer.WriteValue("direction", value.Direction, options);
        writer.WriteNumber("pValue", value.PValue);
        writer.WriteValue("significanceLevel", value.SignificanceLevel, options);
        writer.WriteValue("gap", value.Gap, options);
        writer.WriteBoolean("isBeyondNoise", value.IsBeyondNoise);
        writer.WriteValue("status", value.Status, options);
        writer.WriteString("verdict", value.Verdict);
    }
}
