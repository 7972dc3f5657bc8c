using System.Text.Json;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

// The JSON forms of the predictive models' types, one object each with fixed member names (see
// ObjectJsonConverter); docs/json.md shows every shape, and JsonShapeTests asserts the exact text.

/// <summary>
/// <c>{"repeatPurchases":2,"recency":30.43,"timeObserved":38.86,"repeatValue":money,"holdoutPurchases":1,"holdoutValue":money}</c>,
/// checked by the constructor.
/// </summary>
internal sealed class CustomerSummaryJsonConverter : ObjectJsonConverter<CustomerSummary>
{
    protected override string TypeName => nameof(CustomerSummary);

    protected override string[] Members => ["repeatPurchases", "recency", "timeObserved", "repeatValue", "holdoutPurchases", "holdoutValue"];

    protected override CustomerSummary Build(JsonMembers members) =>
        new(
            members.Int64("repeatPurchases"),
            members.Decimal("recency"),
            members.Decimal("timeObserved"),
            members.Value<Money>("repeatValue"),
            members.Int64("holdoutPurchases"),
            members.Value<Money>("holdoutValue"));

    protected override void WriteMembers(Utf8JsonWriter writer, CustomerSummary value, JsonSerializerOptions options)
    {
        writer.WriteNumber("repeatPurchases", value.RepeatPurchases);
        writer.WriteNumber("recency", value.Recency);
        writer.WriteNumber("timeObserved", value.TimeObserved);
        writer.WriteValue("repeatValue", value.RepeatValue, options);
        writer.WriteNumber("holdoutPurchases", value.HoldoutPurchases);
        writer.WriteValue("holdoutValue", value.HoldoutValue, options);
    }
}

/// <summary><c>{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426}</c>.</summary>
internal sealed class BgNbdModelJsonConverter : ObjectJsonConverter<BgNbdModel>
{
    protected override string TypeName => nameof(BgNbdModel);

    protected override string[] Members => ["r", "alpha", "a", "b"];

    protected override BgNbdModel Build(JsonMembers members) =>
        new(members.Decimal("r"), members.Decimal("alpha"), members.Decimal("a"), members.Decimal("b"));

    protected override void WriteMembers(Utf8JsonWriter writer, BgNbdModel value, JsonSerializerOptions options)
    {
        writer.WriteNumber("r", value.R);
        writer.WriteNumber("alpha", value.Alpha);
        writer.WriteNumber("a", value.A);
        writer.WriteNumber("b", value.B);
    }
}

/// <summary><c>{"p":6.25,"q":3.74,"gamma":15.44}</c>.</summary>
internal sealed class GammaGammaModelJsonConverter : ObjectJsonConverter<GammaGammaModel>
{
    protected override string TypeName => nameof(GammaGammaModel);

    protected override string[] Members => ["p", "q", "gamma"];

    protected override GammaGammaModel Build(JsonMembers members) =>
        new(members.Decimal("p"), members.Decimal("q"), members.Decimal("gamma"));

    protected override void WriteMembers(Utf8JsonWriter writer, GammaGammaModel value, JsonSerializerOptions options)
    {
        writer.WriteNumber("p", value.P);
        writer.WriteNumber("q", value.Q);
        writer.WriteNumber("gamma", value.Gamma);
    }
}

/// <summary><c>{"alpha":0.704,"beta":1.182}</c>.</summary>
internal sealed class SbgModelJsonConverter : ObjectJsonConverter<SbgModel>
{
    protected override string TypeName => nameof(SbgModel);

    protected override string[] Members => ["alpha", "beta"];

    protected override SbgModel Build(JsonMembers members) => new(members.Decimal("alpha"), members.Decimal("beta"));

    protected override void WriteMembers(Utf8JsonWriter writer, SbgModel value, JsonSerializerOptions options)
    {
        writer.WriteNumber("alpha", value.Alpha);
        writer.WriteNumber("beta", value.Beta);
    }
}
