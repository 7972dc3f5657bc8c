using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Money in System.Text.Json: <c>{"amount":1550.00,"currency":"EUR"}</c>, names following the
/// naming policy, the string form "EUR 1550.00", and the errors (docs/values.md, "JSON of Money").
/// </summary>
public class MoneyJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>An invoice line as an application would declare it.</summary>
    public sealed record InvoiceLine(string Label, Money Total, Money? Discount);

    /// <summary>A mutable class with a Money property and a list of them.</summary>
    public sealed class Budget
    {
        public string Name { get; set; } = string.Empty;

        public Money Limit { get; set; }

        // Get-only: the serializer fills the existing list.
        [JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)]
        public List<Money> Spent { get; } = [];
    }

    /// <summary>A naming policy no built-in one matches: a prefix.</summary>
    private sealed class PrefixPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => "money_" + name;
    }

    /// <summary>PascalCase, a policy people write for legacy APIs.</summary>
    private sealed class PascalPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => char.ToUpperInvariant(name[0]) + name[1..];
    }

    // ---- Writing -----------------------------------------------------------------------------

    [Fact]
    public void Writes_the_documented_shape()
    {
        Assert.Equal("{\"amount\":1550.00,\"currency\":\"EUR\"}", JsonSerializer.Serialize(Money.Euros(1550.00m)));
    }

    [Theory]
    [InlineData("1550", "EUR", "{\"amount\":1550,\"currency\":\"EUR\"}")]
    [InlineData("-0.123456789", "BHD", "{\"amount\":-0.123456789,\"currency\":\"BHD\"}")]
    [InlineData("1550.5", "JPY", "{\"amount\":1550.5,\"currency\":\"JPY\"}")]
    [InlineData("79228162514264337593543950335", "USD", "{\"amount\":79228162514264337593543950335,\"currency\":\"USD\"}")]
    public void Writes_the_exact_amount_as_a_number(string amount, string code, string expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code);

        Assert.Equal(expected, JsonSerializer.Serialize(money));
    }

    [Fact]
    public void Writes_default_money_as_zero_XXX()
    {
        Assert.Equal("{\"amount\":0,\"currency\":\"XXX\"}", JsonSerializer.Serialize(default(Money)));
    }

    [Fact]
    public void Web_defaults_give_camelCase_which_is_the_same_shape()
    {
        Assert.Equal("{\"amount\":1550.00,\"currency\":\"EUR\"}", JsonSerializer.Serialize(Money.Euros(1550.00m), Web));
    }

    public static TheoryData<string, string> BuiltInPolicies => new()
    {
        { nameof(JsonNamingPolicy.CamelCase), "{\"amount\":1.50,\"currency\":\"EUR\"}" },
        { nameof(JsonNamingPolicy.SnakeCaseLower), "{\"amount\":1.50,\"currency\":\"EUR\"}" },
        { nameof(JsonNamingPolicy.SnakeCaseUpper), "{\"AMOUNT\":1.50,\"CURRENCY\":\"EUR\"}" },
        { nameof(JsonNamingPolicy.KebabCaseLower), "{\"amount\":1.50,\"currency\":\"EUR\"}" },
        { nameof(JsonNamingPolicy.KebabCaseUpper), "{\"AMOUNT\":1.50,\"CURRENCY\":\"EUR\"}" },
    };

    private static JsonNamingPolicy Policy(string name) => name switch
    {
        nameof(JsonNamingPolicy.CamelCase) => JsonNamingPolicy.CamelCase,
        nameof(JsonNamingPolicy.SnakeCaseLower) => JsonNamingPolicy.SnakeCaseLower,
        nameof(JsonNamingPolicy.SnakeCaseUpper) => JsonNamingPolicy.SnakeCaseUpper,
        nameof(JsonNamingPolicy.KebabCaseLower) => JsonNamingPolicy.KebabCaseLower,
        nameof(JsonNamingPolicy.KebabCaseUpper) => JsonNamingPolicy.KebabCaseUpper,
        "Pascal" => new PascalPolicy(),
        "Prefix" => new PrefixPolicy(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown policy."),
    };

    [Theory]
    [MemberData(nameof(BuiltInPolicies))]
    [InlineData("Pascal", "{\"Amount\":1.50,\"Currency\":\"EUR\"}")]
    [InlineData("Prefix", "{\"money_amount\":1.50,\"money_currency\":\"EUR\"}")]
    public void Property_names_follow_the_naming_policy_both_ways(string policy, string expected)
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = Policy(policy) };
        var money = Money.Euros(1.50m);

        var json = JsonSerializer.Serialize(money, options);

        Assert.Equal(expected, json);
        Assert.Equal(money, JsonSerializer.Deserialize<Money>(json, options));
    }

    // ---- Reading -----------------------------------------------------------------------------

    [Fact]
    public void Reads_the_documented_shape_keeping_the_scale()
    {
        var money = JsonSerializer.Deserialize<Money>("{\"amount\":1550.00,\"currency\":\"EUR\"}");

        Assert.Equal(Money.Euros(1550m), money);
        Assert.Equal("EUR 1550.00", money.ToString("R", null));
    }

    [Theory]
    [InlineData("{\"currency\":\"EUR\",\"amount\":12.5}")] // any order
    [InlineData("{\"Amount\":12.5,\"CURRENCY\":\"eur\"}")] // any case
    [InlineData("{ \"amount\" : 12.5 , \"currency\" : \"EUR\" }")]
    [InlineData("{\"amount\":1.25E1,\"currency\":\"EUR\"}")] // exponent notation is a JSON number
    public void Reads_the_object_leniently(string json)
    {
        Assert.Equal(Money.Euros(12.5m), JsonSerializer.Deserialize<Money>(json));
    }

    [Theory]
    [InlineData("\"EUR 1550.00\"", "EUR 1550.00")]
    [InlineData("\"eur 1550.00\"", "EUR 1550.00")]
    [InlineData("\"JPY -5\"", "JPY -5")]
    [InlineData("\"XXX 0\"", "XXX 0")]
    public void Reads_the_invariant_string_form(string json, string expectedR)
    {
        Assert.Equal(expectedR, JsonSerializer.Deserialize<Money>(json).ToString("R", null));
    }

    [Theory]
    [InlineData("{\"amount\":\"1550.00\",\"currency\":\"EUR\"}", "EUR 1550.00")]
    [InlineData("{\"amount\":\"-0.5\",\"currency\":\"BHD\"}", "BHD -0.5")]
    [InlineData("{\"amount\":\"0.123456789012345678901234567\",\"currency\":\"USD\"}", "USD 0.123456789012345678901234567")]
    public void Reads_an_amount_given_as_a_string(string json, string expectedR)
    {
        Assert.Equal(expectedR, JsonSerializer.Deserialize<Money>(json).ToString("R", null));
    }

    [Theory]
    [InlineData("{}")] // both missing
    [InlineData("{\"amount\":1}")] // currency missing
    [InlineData("{\"currency\":\"EUR\"}")] // amount missing
    [InlineData("{\"amount\":1,\"currency\":\"QQQ\"}")] // unknown currency
    [InlineData("{\"id\":7,\"amount\":12.5,\"currency\":\"EUR\"}")] // an unknown member: refused, never skipped
    [InlineData("{\"amount\":1,\"amount\":1000,\"currency\":\"EUR\"}")] // a repeated member: refused, never the last one silently
    [InlineData("{\"amount\":1,\"currency\":\"\"}")]
    [InlineData("{\"amount\":1,\"currency\":978}")] // currency not a string
    [InlineData("{\"amount\":1,\"currency\":null}")]
    [InlineData("{\"amount\":1,\"currency\":{\"code\":\"EUR\"}}")]
    [InlineData("{\"amount\":\"abc\",\"currency\":\"EUR\"}")] // amount text not a number
    [InlineData("{\"amount\":\"1,550.00\",\"currency\":\"EUR\"}")] // the string form is invariant, ungrouped
    [InlineData("{\"amount\":\"1e3\",\"currency\":\"EUR\"}")]
    [InlineData("{\"amount\":null,\"currency\":\"EUR\"}")]
    [InlineData("{\"amount\":true,\"currency\":\"EUR\"}")]
    [InlineData("{\"amount\":[1],\"currency\":\"EUR\"}")]
    [InlineData("{\"amount\":1E40,\"currency\":\"EUR\"}")] // beyond decimal
    [InlineData("1550")] // wrong tokens
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("[\"EUR\",1550]")]
    [InlineData("\"garbage\"")]
    [InlineData("\"1550.00\"")] // string with no currency
    [InlineData("\"QQQ 1550.00\"")]
    [InlineData("\"\"")]
    public void Rejects_what_is_not_money_with_a_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void Nullable_money_reads_null()
    {
        Assert.Null(JsonSerializer.Deserialize<Money?>("null"));
        Assert.Equal(Money.Euros(1m), JsonSerializer.Deserialize<Money?>("{\"amount\":1,\"currency\":\"EUR\"}"));
        Assert.Equal("null", JsonSerializer.Serialize<Money?>(null));
    }

    // ---- Money inside other types ------------------------------------------------------------

    [Fact]
    public void Money_inside_a_record()
    {
        var line = new InvoiceLine("Licence", Money.Euros(1550.00m), null);

        var json = JsonSerializer.Serialize(line);

        Assert.Equal("{\"Label\":\"Licence\",\"Total\":{\"amount\":1550.00,\"currency\":\"EUR\"},\"Discount\":null}", json);
        Assert.Equal(line, JsonSerializer.Deserialize<InvoiceLine>(json));
    }

    [Fact]
    public void Money_inside_a_record_with_web_defaults()
    {
        var line = new InvoiceLine("Licence", Money.Euros(1550.00m), Money.Euros(-50m));

        var json = JsonSerializer.Serialize(line, Web);

        Assert.Equal(
            "{\"label\":\"Licence\",\"total\":{\"amount\":1550.00,\"currency\":\"EUR\"},\"discount\":{\"amount\":-50,\"currency\":\"EUR\"}}",
            json);
        Assert.Equal(line, JsonSerializer.Deserialize<InvoiceLine>(json, Web));
    }

    [Fact]
    public void Money_inside_a_record_read_from_the_string_form()
    {
        var line = JsonSerializer.Deserialize<InvoiceLine>("{\"Label\":\"x\",\"Total\":\"GBP 9.99\",\"Discount\":\"GBP 1\"}")!;

        Assert.Equal(new Money(9.99m, Currency.GBP), line.Total);
        Assert.Equal(new Money(1m, Currency.GBP), line.Discount);
    }

    [Fact]
    public void An_error_inside_a_record_is_reported_with_its_path()
    {
        var ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<InvoiceLine>("{\"Label\":\"x\",\"Total\":{\"amount\":1,\"currency\":\"QQQ\"}}"));

        Assert.Equal("$.Total", ex.Path);
    }

    [Fact]
    public void Money_inside_a_class_and_its_list()
    {
        var budget = new Budget { Name = "Q1", Limit = Money.Euros(1000m) };
        budget.Spent.Add(Money.Euros(250.50m));
        budget.Spent.Add(Money.Euros(-0.01m));

        var json = JsonSerializer.Serialize(budget, Web);
        var back = JsonSerializer.Deserialize<Budget>(json, Web)!;

        Assert.Equal(
            "{\"name\":\"Q1\",\"limit\":{\"amount\":1000,\"currency\":\"EUR\"},\"spent\":[{\"amount\":250.50,\"currency\":\"EUR\"},{\"amount\":-0.01,\"currency\":\"EUR\"}]}",
            json);
        Assert.Equal("Q1", back.Name);
        Assert.Equal(budget.Limit, back.Limit);
        Assert.Equal(budget.Spent, back.Spent);
    }

    [Fact]
    public void A_list_of_money_in_several_currencies()
    {
        var list = new List<Money> { Money.Euros(1m), Money.UsDollars(2.50m), new(1550m, Currency.JPY), default };

        var json = JsonSerializer.Serialize(list);

        Assert.Equal(
            "[{\"amount\":1,\"currency\":\"EUR\"},{\"amount\":2.50,\"currency\":\"USD\"},{\"amount\":1550,\"currency\":\"JPY\"},{\"amount\":0,\"currency\":\"XXX\"}]",
            json);
        Assert.Equal(list, JsonSerializer.Deserialize<List<Money>>(json));
    }

    [Fact]
    public void A_list_mixing_object_and_string_forms()
    {
        var list = JsonSerializer.Deserialize<List<Money>>("[{\"amount\":1,\"currency\":\"EUR\"},\"USD 2.50\"]")!;

        Assert.Equal(new[] { Money.Euros(1m), Money.UsDollars(2.5m) }, list);
    }

    [Fact]
    public void Money_keyed_by_currency()
    {
        var totals = new Dictionary<Currency, Money> { [Currency.EUR] = Money.Euros(10m), [Currency.USD] = Money.UsDollars(12m) };

        var json = JsonSerializer.Serialize(totals);

        Assert.Equal("{\"EUR\":{\"amount\":10,\"currency\":\"EUR\"},\"USD\":{\"amount\":12,\"currency\":\"USD\"}}", json);
        Assert.Equal(totals, JsonSerializer.Deserialize<Dictionary<Currency, Money>>(json));
    }
}
