using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Serialization;

[assembly: SuppressMessage("ApiDesign", "RS0041:Public members should not use oblivious types", Scope = "namespaceanddescendants", Target = "~N:KpiFormulas.Json", Justification = "The JSON source generator writes the context's members without nullable annotations.")]

namespace KpiFormulas.Json;

/// <summary>
/// The source-generated System.Text.Json metadata of every public type of KpiFormulas that a service
/// returns or stores: the value types, <see cref="KpiResult{T}"/> of each value the calculators return,
/// changes, funnels, tables, band sets and their levels, catalogue definitions, and the accumulators'
/// results and states. Trimmed and native AOT applications serialize them through it, without reflection.
/// </summary>
/// <remarks>
/// <para>Each type has one JSON form, the same with or without this context and under any
/// <see cref="System.Text.Json.JsonSerializerOptions"/> (the converters fix the member names and
/// write numbers exactly); docs/json.md shows every form.</para>
/// <para>Use <see cref="JsonSerializerContext"/>'s typed properties, or chain the context into the
/// options of an application:</para>
/// <code>
/// var json = JsonSerializer.Serialize(result, KpiJsonContext.Default.KpiResultMoney);
/// var options = new JsonSerializerOptions(JsonSerializerOptions.Web) { TypeInfoResolver = KpiJsonContext.Default };
/// builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Insert(0, KpiJsonContext.Default));
/// </code>
/// </remarks>
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Rate))]
[JsonSerializable(typeof(PercentagePoints))]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(Period))]
[JsonSerializable(typeof(PeriodUnit))]
[JsonSerializable(typeof(TimeSpan))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(UndefinedReason))]
[JsonSerializable(typeof(KpiResult<Money>))]
[JsonSerializable(typeof(KpiResult<Rate>))]
[JsonSerializable(typeof(KpiResult<Ratio>))]
[JsonSerializable(typeof(KpiResult<PercentagePoints>))]
[JsonSerializable(typeof(KpiResult<decimal>))]
[JsonSerializable(typeof(KpiResult<long>))]
[JsonSerializable(typeof(KpiResult<TimeSpan>))]
[JsonSerializable(typeof(KpiResult<FunnelStep>))]
[JsonSerializable(typeof(KpiResult<Change<decimal, decimal>>))]
[JsonSerializable(typeof(KpiResult<TimeReinvestmentMix>))]
[JsonSerializable(typeof(KpiResult<RateInterval>))]
[JsonSerializable(typeof(KpiResult<SignificanceResult>))]
[JsonSerializable(typeof(KpiResult<RateDriftCheck>))]
[JsonSerializable(typeof(Direction))]
[JsonSerializable(typeof(ChangeAssessment))]
[JsonSerializable(typeof(KpiFamily))]
[JsonSerializable(typeof(ResultKind))]
[JsonSerializable(typeof(ThresholdSide))]
[JsonSerializable(typeof(KpiDefinition))]
[JsonSerializable(typeof(IReadOnlyList<KpiDefinition>))]
[JsonSerializable(typeof(BandSet<Ratio, LtvToCacHealth>))]
[JsonSerializable(typeof(Band<Ratio, LtvToCacHealth>))]
[JsonSerializable(typeof(Threshold<Ratio, LtvToCacHealth>))]
[JsonSerializable(typeof(BandSet<Rate, AdoptionLevel>))]
[JsonSerializable(typeof(Band<Rate, AdoptionLevel>))]
[JsonSerializable(typeof(Threshold<Rate, AdoptionLevel>))]
[JsonSerializable(typeof(BandSet<decimal, TimeSavedLevel>))]
[JsonSerializable(typeof(Band<decimal, TimeSavedLevel>))]
[JsonSerializable(typeof(Threshold<decimal, TimeSavedLevel>))]
[JsonSerializable(typeof(BandSet<decimal, CostPerHourSavedLevel>))]
[JsonSerializable(typeof(Band<decimal, CostPerHourSavedLevel>))]
[JsonSerializable(typeof(Threshold<decimal, CostPerHourSavedLevel>))]
[JsonSerializable(typeof(BandSet<decimal, PaybackLevel>))]
[JsonSerializable(typeof(Band<decimal, PaybackLevel>))]
[JsonSerializable(typeof(Threshold<decimal, PaybackLevel>))]
[JsonSerializable(typeof(BandSet<Ratio, ProjectRoiLevel>))]
[JsonSerializable(typeof(Band<Ratio, ProjectRoiLevel>))]
[JsonSerializable(typeof(Threshold<Ratio, ProjectRoiLevel>))]
[JsonSerializable(typeof(LtvToCacHealth))]
[JsonSerializable(typeof(AdoptionLevel))]
[JsonSerializable(typeof(TimeSavedLevel))]
[JsonSerializable(typeof(CostPerHourSavedLevel))]
[JsonSerializable(typeof(PaybackLevel))]
[JsonSerializable(typeof(ProjectRoiLevel))]
[JsonSerializable(typeof(NpsCategory))]
[JsonSerializable(typeof(UserActivityStatus))]
[JsonSerializable(typeof(DriftStatus))]
[JsonSerializable(typeof(DashboardScope))]
[JsonSerializable(typeof(DashboardSizeVerdict))]
[JsonSerializable(typeof(Change<decimal, decimal>))]
[JsonSerializable(typeof(Change<Money, Money>))]
[JsonSerializable(typeof(Change<Rate, PercentagePoints>))]
[JsonSerializable(typeof(Change<Rate, Rate>))]
[JsonSerializable(typeof(Change<TimeSpan, TimeSpan>))]
[JsonSerializable(typeof(DriftCheck))]
[JsonSerializable(typeof(RateDriftCheck))]
[JsonSerializable(typeof(DashboardSizeAdvice))]
[JsonSerializable(typeof(NorthStar))]
[JsonSerializable(typeof(Funnel))]
[JsonSerializable(typeof(FunnelStage))]
[JsonSerializable(typeof(FunnelStep))]
[JsonSerializable(typeof(TaskTimeSaving))]
[JsonSerializable(typeof(TimeReinvestmentShare))]
[JsonSerializable(typeof(TimeReinvestmentMix))]
[JsonSerializable(typeof(YearRetention))]
[JsonSerializable(typeof(IReadOnlyList<YearRetention>))]
[JsonSerializable(typeof(MultiYearRetentionTable))]
[JsonSerializable(typeof(CohortRetentionTable))]
[JsonSerializable(typeof(ActivityCountDictionary<string>))]
[JsonSerializable(typeof(CycleTimeMeasure))]
[JsonSerializable(typeof(AcquisitionCostState))]
[JsonSerializable(typeof(AdoptionState))]
[JsonSerializable(typeof(CohortRetentionState))]
[JsonSerializable(typeof(CustomerSummaryState))]
[JsonSerializable(typeof(DateOnly))]
[JsonSerializable(typeof(ConversionWindowState))]
[JsonSerializable(typeof(CycleTimeState))]
[JsonSerializable(typeof(FunnelState))]
[JsonSerializable(typeof(MrrMovementsState))]
[JsonSerializable(typeof(NpsState))]
[JsonSerializable(typeof(RevenueState))]
[JsonSerializable(typeof(NpsResult))]
[JsonSerializable(typeof(RevenueGroup))]
[JsonSerializable(typeof(RevenueResult))]
[JsonSerializable(typeof(ChannelAcquisition))]
[JsonSerializable(typeof(AcquisitionCostResult))]
[JsonSerializable(typeof(WeeklyAdoption))]
[JsonSerializable(typeof(AdoptionResult))]
[JsonSerializable(typeof(CycleTimeResult))]
[JsonSerializable(typeof(MrrMovements))]
[JsonSerializable(typeof(RateInterval))]
[JsonSerializable(typeof(SignificanceResult))]
[JsonSerializable(typeof(SignificanceTest))]
[JsonSerializable(typeof(CustomerSummary))]
[JsonSerializable(typeof(IReadOnlyDictionary<int, CustomerSummary>))]
[JsonSerializable(typeof(BgNbdModel))]
[JsonSerializable(typeof(GammaGammaModel))]
[JsonSerializable(typeof(SbgModel))]
[JsonSerializable(typeof(KpiResult<BgNbdModel>))]
[JsonSerializable(typeof(KpiResult<GammaGammaModel>))]
[JsonSerializable(typeof(KpiResult<SbgModel>))]
public sealed partial class KpiJsonContext : JsonSerializerContext
{
    // Registers the closed converters of the generic types whose type arguments live above the core
    // layer, so that native AOT compiles them and the core factories need no MakeGenericType.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "It only stores delegates; nothing is built until a value of these types is serialized.")]
    internal static void RegisterClosures()
    {
        JsonConverterClosures.Register(typeof(KpiResult<FunnelStep>), static () => new KpiResultJsonConverter<FunnelStep>());
        JsonConverterClosures.Register(typeof(KpiResult<Change<decimal, decimal>>), static () => new KpiResultJsonConverter<Change<decimal, decimal>>());
        JsonConverterClosures.Register(typeof(KpiResult<TimeReinvestmentMix>), static () => new KpiResultJsonConverter<TimeReinvestmentMix>());
        JsonConverterClosures.Register(typeof(KpiResult<RateInterval>), static () => new KpiResultJsonConverter<RateInterval>());
        JsonConverterClosures.Register(typeof(KpiResult<SignificanceResult>), static () => new KpiResultJsonConverter<SignificanceResult>());
        JsonConverterClosures.Register(typeof(KpiResult<RateDriftCheck>), static () => new KpiResultJsonConverter<RateDriftCheck>());
        JsonConverterClosures.Register(typeof(KpiResult<BgNbdModel>), static () => new KpiResultJsonConverter<BgNbdModel>());
        JsonConverterClosures.Register(typeof(KpiResult<GammaGammaModel>), static () => new KpiResultJsonConverter<GammaGammaModel>());
        JsonConverterClosures.Register(typeof(KpiResult<SbgModel>), static () => new KpiResultJsonConverter<SbgModel>());
        RegisterBands<Ratio, LtvToCacHealth>();
        RegisterBands<Rate, AdoptionLevel>();
        RegisterBands<decimal, TimeSavedLevel>();
        RegisterBands<decimal, CostPerHourSavedLevel>();
        RegisterBands<decimal, PaybackLevel>();
        RegisterBands<Ratio, ProjectRoiLevel>();
    }

    private static void RegisterBands<TValue, TLevel>()
        where TValue : struct, IComparable<TValue>
        where TLevel : struct, Enum
    {
        JsonConverterClosures.Register(typeof(Threshold<TValue, TLevel>), static () => new ThresholdJsonConverter<TValue, TLevel>());
        JsonConverterClosures.Register(typeof(Band<TValue, TLevel>), static () => new BandJsonConverter<TValue, TLevel>());
        JsonConverterClosures.Register(typeof(BandSet<TValue, TLevel>), static () => new BandSetJsonConverter<TValue, TLevel>());
    }
}
