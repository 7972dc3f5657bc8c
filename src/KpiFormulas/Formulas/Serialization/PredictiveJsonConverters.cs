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
