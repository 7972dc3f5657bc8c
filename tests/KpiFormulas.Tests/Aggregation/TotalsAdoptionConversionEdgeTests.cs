using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// Edges of the running totals behind the revenue and spend accumulators (overflow exactly at the
/// boundary, totals untouched by a refused batch, zero amounts accepted, scales kept by empty parts),
/// and of the adoption, conversion-window and funnel accumulators: thresholds, window ends to the
/// tick, the calendar's last week, vector and scalar merges, and every refusal's type, parameter
/// and message.
/// </summary>
public class TotalsAdoptionConversionEdgeTests
{
    private const string IndexRule = "below the count given when the accumulator was created.";
    private const string NegativeAmountRule = "The amount must not be negative; subtract refunds and credit notes explicitly.";

    private static readonly Period Week10 = Period.IsoWeek(2026, 10);
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateTime T0 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // ---- decimal totals --------------------------------------------------------------------------

    [Fact]
    public void A_single_row_of_zero_is_accepted_and_counted_under_its_key()
    {
        var totals = new DecimalTotals(2);

        totals.Add(0m, 1, "amount", "key");
        totals.Add(2.5m, 1, "amount", "key");

        // Two rows of key 1: 0 + 2.5 = 2.5.
        Assert.Equal(2.5m, totals.Total);
        Assert.Equal(2, totals.Count);
        Assert.Equal(new[] { 0m, 2.5m }, totals.KeyTotals);
        Assert.Equal(new long[] { 0, 2 }, totals.KeyCounts);
    }

    [Fact]
    public void A_single_negative_row_is_refused_with_its_amount_and_changes_nothing()
    {
        var totals = new DecimalTotals(2);
        totals.Add(1m, 0, "amount", "key");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.Add(-0.01m, 0, "amount", "key"));

        Assert.Equal("amount", ex.ParamName);
        Assert.Equal(-0.01m, ex.ActualValue);
        Assert.Contains("Row 0: " + NegativeAmountRule, ex.Message);
        Assert.Equal(1m, totals.Total);
        Assert.Equal(1, totals.Count);
        Assert.Equal(new[] { 1m, 0m }, totals.KeyTotals);
        Assert.Equal(new long[] { 1, 0 }, totals.KeyCounts);
    }

    [Fact]
    public void A_single_row_beyond_long_MaxValue_rows_overflows_and_changes_nothing()
    {
        var totals = new DecimalTotals(1) { Count = long.MaxValue };

        Assert.Throws<OverflowException>(() => totals.Add(1m, 0, "amount", "key"));

        Assert.Equal(0m, totals.Total);
        Assert.Equal(long.MaxValue, totals.Count);
        Assert.Equal(0m, totals.KeyTotals[0]);
        Assert.Equal(0, totals.KeyCounts[0]);
    }

    [Fact]
    public void Unkeyed_and_keyed_batches_beyond_long_MaxValue_rows_overflow_and_change_nothing()
    {
        var unkeyed = new DecimalTotals(0) { Count = long.MaxValue };
        Assert.Throws<OverflowException>(() => unkeyed.Add([1m], "amounts"));
        Assert.Equal(0m, unkeyed.Total);
        Assert.Equal(long.MaxValue, unkeyed.Count);

        var keyed = new DecimalTotals(1) { Count = long.MaxValue };
        Assert.Throws<OverflowException>(() => keyed.AddPlain<int>([1m], [0], "amounts", "keys"));
        Assert.Equal(0m, keyed.Total);
        Assert.Equal(long.MaxValue, keyed.Count);
        Assert.Equal(0m, keyed.KeyTotals[0]);
        Assert.Equal(0, keyed.KeyCounts[0]);
    }

    [Fact]
    public void A_batch_below_an_eighth_of_the_keys_is_added_in_place_and_a_larger_one_on_spare_arrays()
    {
        // 16 keys: an eighth is 2 rows.
        var totals = new DecimalTotals(16);
        var live = totals.KeyTotals;

        totals.AddPlain<int>([1m], [3], "amounts", "keys");
        Assert.Same(live, totals.KeyTotals);

        totals.AddPlain<int>([2m, 4m], [3, 4], "amounts", "keys");
        Assert.NotSame(live, totals.KeyTotals);

        // Key 3: 1 + 2 = 3; key 4: 4; total 1 + 2 + 4 = 7 over 3 rows.
        Assert.Equal(3m, totals.KeyTotals[3]);
        Assert.Equal(4m, totals.KeyTotals[4]);
        Assert.Equal(2, totals.KeyCounts[3]);
        Assert.Equal(1, totals.KeyCounts[4]);
        Assert.Equal(7m, totals.Total);
        Assert.Equal(3, totals.Count);
    }

    [Fact]
    public void A_small_batch_is_added_row_by_row_and_zero_amounts_count_as_rows()
    {
        // 64 keys: batches below 8 rows take the in-place path.
        var totals = new DecimalTotals(64);

        totals.AddPlain<int>([10m, 0m, 2.5m], [0, 5, 0], "amounts", "keys");

        // Key 0: 10 + 2.5 = 12.5 over 2 rows; key 5: one row of 0; total 12.5 over 3 rows.
        Assert.Equal(12.5m, totals.Total);
        Assert.Equal(3, totals.Count);
        Assert.Equal(12.5m, totals.KeyTotals[0]);
        Assert.Equal(0m, totals.KeyTotals[5]);
        Assert.Equal(2, totals.KeyCounts[0]);
        Assert.Equal(1, totals.KeyCounts[5]);
        Assert.Equal(3, totals.KeyCounts.Sum());
    }

    [Fact]
    public void A_small_batch_refused_at_a_negative_amount_undoes_its_earlier_rows()
    {
        var totals = new DecimalTotals(64);
        totals.AddPlain<int>([10m, 0m], [0, 5], "amounts", "keys");
        var totalsBefore = totals.KeyTotals.ToArray();
        var countsBefore = totals.KeyCounts.ToArray();

        // Rows 0 to 2 are added (key 0 twice) before row 3 is refused: all three must be undone, in reverse.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.AddPlain<int>([1m, 2m, 4m, -1m], [0, 1, 0, 2], "amounts", "keys"));

        Assert.Equal("amounts", ex.ParamName);
        Assert.Equal(-1m, ex.ActualValue);
        Assert.Contains("Row 3: " + NegativeAmountRule, ex.Message);
        Assert.Equal(10m, totals.Total);
        Assert.Equal(2, totals.Count);
        Assert.Equal(totalsBefore, totals.KeyTotals);
        Assert.Equal(countsBefore, totals.KeyCounts);
        Assert.Equal(10m, totals.KeyTotals[0]);
        Assert.Equal(1, totals.KeyCounts[0]);
    }

    [Fact]
    public void A_small_batch_refused_at_a_key_out_of_range_names_the_row_and_undoes_its_earlier_rows()
    {
        var totals = new DecimalTotals(64);
        totals.AddPlain<int>([10m], [0], "amounts", "keys");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.AddPlain<int>([1m, 2m, 3m], [0, 1, 64], "amounts", "keys"));

        Assert.Equal("keys", ex.ParamName);
        Assert.Equal(64L, ex.ActualValue);
        Assert.Contains("Row 2: The index must be between 0 and 63, " + IndexRule, ex.Message);
        Assert.Equal(10m, totals.Total);
        Assert.Equal(1, totals.Count);
        Assert.Equal(10m, totals.KeyTotals[0]);
        Assert.Equal(0m, totals.KeyTotals[1]);
        Assert.Equal(new long[] { 1, 0 }, totals.KeyCounts.Take(2));
        Assert.Equal(1, totals.KeyCounts.Sum());
    }

    [Fact]
    public void A_large_batch_refused_at_a_negative_amount_changes_nothing()
    {
        // 8 keys: an eighth is one row, so every batch is added on spare arrays.
        var totals = new DecimalTotals(8);
        totals.AddPlain<int>([10m], [0], "amounts", "keys");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.AddPlain<int>([1m, -2m], [0, 1], "amounts", "keys"));

        Assert.Equal("amounts", ex.ParamName);
        Assert.Contains("Row 1: " + NegativeAmountRule, ex.Message);
        Assert.Equal(10m, totals.Total);
        Assert.Equal(1, totals.Count);
        Assert.Equal(10m, totals.KeyTotals[0]);
        Assert.Equal(1, totals.KeyCounts.Sum());
    }

    [Fact]
    public void A_merge_beyond_long_MaxValue_rows_overflows_and_changes_nothing()
    {
        var left = new DecimalTotals(0) { Total = 1m, Count = long.MaxValue };
        var right = new DecimalTotals(0) { Total = 1m, Count = 1 };

        Assert.Throws<OverflowException>(() => left.Merge(right));

        Assert.Equal(1m, left.Total);
        Assert.Equal(long.MaxValue, left.Count);
    }

    [Fact]
    public void Merging_an_empty_part_keeps_the_other_parts_scale_even_when_its_zero_carries_one()
    {
        // A restored state may hold an empty total written as 0.000 (zero, so accepted without rows);
        // 1.5 + 0.000 would be 1.500, so an empty part must be skipped, not added.
        var left = new DecimalTotals(1) { Total = 1.5m, Count = 1, KeyTotals = [1.5m], KeyCounts = [1] };
        left.Merge(new DecimalTotals(1) { Total = 0.000m, Count = 0, KeyTotals = [0.000m], KeyCounts = [0] });

        Assert.Equal("1.5", Invariant(left.Total));
        Assert.Equal("1.5", Invariant(left.KeyTotals[0]));
        Assert.Equal(1, left.Count);

        var empty = new DecimalTotals(1) { Total = 0.000m, Count = 0, KeyTotals = [0.000m], KeyCounts = [0] };
        empty.Merge(new DecimalTotals(1) { Total = 1.5m, Count = 1, KeyTotals = [1.5m], KeyCounts = [1] });

        Assert.Equal("1.5", Invariant(empty.Total));
        Assert.Equal("1.5", Invariant(empty.KeyTotals[0]));
        Assert.Equal(1, empty.KeyCounts[0]);
    }

    [Fact]
    public void Decimal_working_arrays_are_allocated_once_and_replaced_only_when_the_keys_grow()
    {
        var totals = new DecimalTotals(3);
        totals.AddPlain<int>([1m, 2m, 3m], [0, 1, 2], "amounts", "keys");
        var scratch = totals.Scratch();

        Assert.Same(scratch, totals.Scratch());

        totals.GrowKeys(3);
        Assert.Same(scratch, totals.Scratch());

        // Growing never shrinks: asking for fewer keys keeps every total.
        totals.GrowKeys(2);
        Assert.Equal(3, totals.KeyCount);
        Assert.Equal(new[] { 1m, 2m, 3m }, totals.KeyTotals);
        Assert.Same(scratch, totals.Scratch());

        totals.GrowKeys(5);
        Assert.Equal(new[] { 1m, 2m, 3m, 0m, 0m }, totals.KeyTotals);
        Assert.Equal(new long[] { 1, 1, 1, 0, 0 }, totals.KeyCounts);
        Assert.NotSame(scratch, totals.Scratch());
        Assert.Equal(5, totals.Scratch().Totals.Length);
    }

    // ---- minor-unit totals -----------------------------------------------------------------------

    [Fact]
    public void Minor_unit_batches_beyond_long_MaxValue_rows_overflow_and_change_nothing()
    {
        var unkeyed = new MinorUnitTotals(0) { Count = long.MaxValue };
        Assert.Throws<OverflowException>(() => unkeyed.Add([1L], "amounts"));
        Assert.Equal(0, unkeyed.Total);
        Assert.Equal(long.MaxValue, unkeyed.Count);

        var keyed = new MinorUnitTotals(1) { Count = long.MaxValue };
        Assert.Throws<OverflowException>(() => keyed.AddPlain<int>([1L], [0], "amounts", "keys"));
        Assert.Equal(0, keyed.Total);
        Assert.Equal(long.MaxValue, keyed.Count);
        Assert.Equal(0, keyed.KeyTotals[0]);
        Assert.Equal(0, keyed.KeyCounts[0]);
    }

    [Fact]
    public void Minor_unit_keyed_columns_of_different_lengths_are_refused_naming_both()
    {
        var totals = new MinorUnitTotals(2);

        var ex = Assert.Throws<ArgumentException>(() => totals.Add<int>([1L, 2L], [0], "amounts", "keys"));

        Assert.Equal("keys", ex.ParamName);
        Assert.Contains("The spans must have the same length; 'amounts' has 2 elements, this one 1.", ex.Message);
        Assert.Equal(0, totals.Count);
    }

    [Fact]
    public void Minor_unit_rows_with_a_key_out_of_range_are_refused_before_any_is_added()
    {
        var totals = new MinorUnitTotals(2);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.AddPlain<int>([1L, 2L], [0, 2], "amounts", "keys"));

        Assert.Equal("keys", ex.ParamName);
        Assert.Equal(2L, ex.ActualValue);
        Assert.Contains("Row 1: The index must be between 0 and 1, " + IndexRule, ex.Message);
        Assert.Equal(0, totals.Total);
        Assert.Equal(0, totals.Count);
        Assert.Equal(new long[] { 0, 0 }, totals.KeyTotals);
        Assert.Equal(new long[] { 0, 0 }, totals.KeyCounts);
    }

    [Fact]
    public void Minor_unit_rows_of_zero_are_accepted_and_counted()
    {
        var totals = new MinorUnitTotals(2);

        totals.AddPlain<int>([0L, 5L], [1, 1], "amounts", "keys");

        Assert.Equal(5, totals.Total);
        Assert.Equal(2, totals.Count);
        Assert.Equal(new long[] { 0, 5 }, totals.KeyTotals);
        Assert.Equal(new long[] { 0, 2 }, totals.KeyCounts);
    }

    [Fact]
    public void Minor_units_adding_up_beyond_long_MaxValue_overflow_and_change_nothing()
    {
        // MaxValue − 1 already, then 1 + 1: the second row passes MaxValue.
        var totals = new MinorUnitTotals(2) { Total = long.MaxValue - 1, Count = 1, KeyTotals = [long.MaxValue - 1, 0], KeyCounts = [1, 0] };

        Assert.Throws<OverflowException>(() => totals.AddPlain<int>([1L, 1L], [1, 1], "amounts", "keys"));

        Assert.Equal(long.MaxValue - 1, totals.Total);
        Assert.Equal(1, totals.Count);
        Assert.Equal(new[] { long.MaxValue - 1, 0L }, totals.KeyTotals);
        Assert.Equal(new long[] { 1, 0 }, totals.KeyCounts);
    }

    [Fact]
    public void A_minor_unit_merge_beyond_long_MaxValue_units_or_rows_overflows_and_changes_nothing()
    {
        var rich = new MinorUnitTotals(0) { Total = long.MaxValue, Count = 1 };
        Assert.Throws<OverflowException>(() => rich.Merge(new MinorUnitTotals(0) { Total = 1, Count = 1 }));
        Assert.Equal(long.MaxValue, rich.Total);
        Assert.Equal(1, rich.Count);

        var busy = new MinorUnitTotals(0) { Total = 0, Count = long.MaxValue };
        Assert.Throws<OverflowException>(() => busy.Merge(new MinorUnitTotals(0) { Total = 0, Count = 1 }));
        Assert.Equal(0, busy.Total);
        Assert.Equal(long.MaxValue, busy.Count);
    }

    [Fact]
    public void Minor_unit_working_arrays_are_allocated_once_and_the_keys_never_shrink()
    {
        var totals = new MinorUnitTotals(3);
        totals.AddPlain<int>([1L, 2L, 3L], [0, 1, 2], "amounts", "keys");
        var scratch = totals.Scratch();

        Assert.Same(scratch, totals.Scratch());

        totals.GrowKeys(2);
        Assert.Equal(3, totals.KeyCount);
        Assert.Equal(new long[] { 1, 2, 3 }, totals.KeyTotals);
        Assert.Same(scratch, totals.Scratch());

        totals.GrowKeys(4);
        Assert.Equal(new long[] { 1, 2, 3, 0 }, totals.KeyTotals);
        Assert.Equal(4, totals.Scratch().Totals.Length);
    }

    // ---- adoption --------------------------------------------------------------------------------

    [Fact]
    public void A_negative_user_count_is_refused_with_its_range()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AdoptionAccumulator(-1, Week10, 1));

        Assert.Equal("userCount", ex.ParamName);
        Assert.Contains("The value must be between 0 and 268435456 inclusive.", ex.Message);
    }

    [Fact]
    public void Users_times_weeks_beyond_the_largest_array_are_refused_before_allocating()
    {
        // 2^28 users × 8 weeks = 2^31 bytes, above Array.MaxLength (2^31 − 57); 2^28 × 7 would fit.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AdoptionAccumulator(1 << 28, Week10, 8));

        Assert.Equal("userCount", ex.ParamName);
        Assert.Equal(1 << 28, ex.ActualValue);
        Assert.Contains("The users times the weeks must fit in the largest array; split the users.", ex.Message);
    }

    [Fact]
    public void No_trained_user_gives_an_undefined_rate_that_says_why()
    {
        var week = new AdoptionAccumulator(0, Week10, 1).Result().Weeks[0];

        Assert.False(week.AdoptionRate.IsDefined);
        Assert.Equal(KpiIds.AdoptionRate, week.AdoptionRate.KpiId);
        Assert.Equal(UndefinedReason.EmptyInput, week.AdoptionRate.Reason);
        Assert.Equal("no trained user was given.", week.AdoptionRate.Explanation);
        Assert.Equal(0, week.ActiveUsers + week.LowUsers + week.InactiveUsers);
    }

    [Fact]
    public void Two_uses_are_low_and_three_are_active()
    {
        var adoption = new AdoptionAccumulator(4, Week10, 1);

        // User 0 none, user 1 one use, user 2 two, user 3 three.
        adoption.Add([1, 2, 2, 3, 3, 3], [Monday, Monday, Monday, Monday, Monday.AddDays(3), Monday.AddDays(6)]);
        var week = adoption.Result().Weeks[0];

        Assert.Equal(1, week.InactiveUsers);
        Assert.Equal(2, week.LowUsers);
        Assert.Equal(1, week.ActiveUsers);
        Assert.Equal(Rate.FromFraction(0.25m), week.AdoptionRate.Value); // 1 active / 4 trained
    }

    [Fact]
    public void A_window_ending_at_the_calendars_last_iso_week_has_a_result()
    {
        // ISO year 9998 starts on a Thursday (1 January 9999 is a Friday, 9998 has 365 days), so it
        // has 53 weeks; 9998-W53 is the last week a Period can hold, and the result must not step past it.
        var adoption = new AdoptionAccumulator(1, Period.IsoWeek(9998, 52), 2);

        var weeks = adoption.Result().Weeks;

        Assert.Equal(2, weeks.Count);
        Assert.Equal(Period.IsoWeek(9998, 52), weeks[0].Week);
        Assert.Equal(Period.IsoWeek(9998, 53), weeks[1].Week);
        Assert.Equal(1, weeks[1].InactiveUsers);
    }

    [Fact]
    public void Restoring_a_state_with_a_negative_user_count_names_that_count()
    {
        var ex = Assert.Throws<ArgumentException>(() => AdoptionAccumulator.FromState(new AdoptionState(-1, Week10, 1, [])));

        Assert.Equal("state", ex.ParamName);
        Assert.Contains("The state's 'UserCount' must be between 0 and 268435456 inclusive; it is -1.", ex.Message);
    }

    [Fact]
    public void Restoring_or_merging_null_is_refused_naming_the_argument()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.FromState(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new AdoptionAccumulator(1, Week10, 1).Merge(null!)).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.FromState(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new ConversionWindowAccumulator(1, TimeSpan.Zero, "a", "b").Merge(null!)).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => FunnelAccumulator.FromState(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new FunnelAccumulator("a", "b").Merge(null!)).ParamName);
    }

    [Theory]
    [InlineData(3, 10, 2)] // other users, same weeks
    [InlineData(2, 11, 2)] // same users, a window one week later
    [InlineData(2, 10, 3)] // same users, a longer window
    public void Adoption_merges_need_the_same_users_and_the_same_weeks(int users, int firstWeek, int weeks)
    {
        var adoption = new AdoptionAccumulator(2, Week10, 2);
        adoption.Add([0], [Monday]);

        var ex = Assert.Throws<ArgumentException>(() => adoption.Merge(new AdoptionAccumulator(users, Period.IsoWeek(2026, firstWeek), weeks)));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("The accumulators must have the same users and the same weeks.", ex.Message);
        Assert.Equal(1, adoption.State.WeeklyUses[0]);
    }

    [Fact]
    public void Merged_uses_saturate_at_255_in_every_slot()
    {
        // 40 users: with vectors of up to 32 bytes, both the vector loop and the scalar tail are used.
        var left = new AdoptionAccumulator(40, Week10, 1);
        var right = new AdoptionAccumulator(40, Week10, 1);
        AddUses(left, user: 0, count: 200);
        AddUses(right, user: 0, count: 100);
        AddUses(left, user: 1, count: 254);
        AddUses(right, user: 1, count: 1);
        AddUses(left, user: 39, count: 128);
        AddUses(right, user: 39, count: 128);
        AddUses(left, user: 38, count: 1);
        AddUses(right, user: 38, count: 1);

        left.Merge(right);
        var uses = left.State.WeeklyUses;

        Assert.Equal(255, uses[0]);  // 200 + 100 = 300, held at 255
        Assert.Equal(255, uses[1]);  // 254 + 1 = 255 exactly
        Assert.Equal(255, uses[39]); // 128 + 128 = 256, held at 255
        Assert.Equal(2, uses[38]);   // 1 + 1, low
        Assert.Equal(0, uses[20]);
        var week = left.Result().Weeks[0];
        Assert.Equal(3, week.ActiveUsers);
        Assert.Equal(1, week.LowUsers);
        Assert.Equal(36, week.InactiveUsers);
    }

    [Fact]
    public void Adding_more_than_255_uses_holds_the_counter_at_255()
    {
        var adoption = new AdoptionAccumulator(1, Week10, 1);

        AddUses(adoption, user: 0, count: 300);

        Assert.Equal(255, adoption.State.WeeklyUses[0]);
        Assert.Equal(1, adoption.Result().Weeks[0].ActiveUsers);
    }

    private static void AddUses(AdoptionAccumulator adoption, int user, int count) =>
        adoption.Add(Enumerable.Repeat(user, count).ToArray(), Enumerable.Repeat(Monday, count).ToArray());

    private sealed record Use(string? User, DateOnly Date);

    [Fact]
    public void Adoption_records_refuse_null_arguments_naming_each()
    {
        Use[] uses = [new("ana", Monday)];
        string[] trained = ["ana"];

        Assert.Equal("uses", Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.Aggregate<Use, string>(null!, u => u.User!, u => u.Date, trained, Week10, 1)).ParamName);
        Assert.Equal("user", Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.Aggregate<Use, string>(uses, null!, u => u.Date, trained, Week10, 1)).ParamName);
        Assert.Equal("useDate", Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.Aggregate<Use, string>(uses, u => u.User!, null!, trained, Week10, 1)).ParamName);
        Assert.Equal("trainedUsers", Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.Aggregate<Use, string>(uses, u => u.User!, u => u.Date, null!, Week10, 1)).ParamName);
    }

    [Fact]
    public void Adoption_records_refuse_a_null_or_repeated_trained_user()
    {
        Use[] uses = [new("ana", Monday)];

        var missing = Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.Aggregate(uses, u => u.User!, u => u.Date, new[] { "ana", null! }, Week10, 1));
        Assert.Equal("trainedUsers", missing.ParamName);
        Assert.Contains("The trained users must not be null.", missing.Message);

        var repeated = Assert.Throws<ArgumentException>(() => AdoptionAccumulator.Aggregate(uses, u => u.User!, u => u.Date, new[] { "ana", "bob", "ana" }, Week10, 1));
        Assert.Equal("trainedUsers", repeated.ParamName);
        Assert.Contains("The trained users must be unique; 'ana' appears twice.", repeated.Message);
    }

    [Fact]
    public void Adoption_records_refuse_a_missing_or_untrained_user_naming_the_row()
    {
        string[] trained = ["ana", "bob"];

        var missing = Assert.Throws<ArgumentNullException>(() => AdoptionAccumulator.Aggregate(new Use[] { new("ana", Monday), new(null, Monday) }, u => u.User!, u => u.Date, trained, Week10, 1));
        Assert.Equal("user", missing.ParamName);
        Assert.Contains("Row 1: The user selector must not return null.", missing.Message);

        var stranger = Assert.Throws<ArgumentException>(() => AdoptionAccumulator.Aggregate(new Use[] { new("ana", Monday), new("zoe", Monday) }, u => u.User!, u => u.Date, trained, Week10, 1));
        Assert.Equal("user", stranger.ParamName);
        Assert.Contains("Row 1: The users must be among the trained users; 'zoe' is not.", stranger.Message);
    }

    [Fact]
    public void An_adoption_result_whose_weekly_users_do_not_add_up_is_refused_in_json()
    {
        // 1 active + 0 low + 0 inactive = 1, not the 2 trained users.
        const string Json = """{"trainedUsers":2,"weeks":[{"week":"2026-W10","activeUsers":1,"lowUsers":0,"inactiveUsers":0,"adoptionRate":{"kpiId":"adoption_rate","value":0.5}}]}""";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AdoptionResult>(Json));

        Assert.Contains("AdoptionResult: each week's active, low and inactive users are counts that add up to the trained users.", ex.Message);
    }

    // ---- conversion within a window --------------------------------------------------------------

    [Fact]
    public void A_conversion_exactly_at_the_windows_end_counts_and_one_tick_later_does_not()
    {
        var conversions = new ConversionWindowAccumulator(5, TimeSpan.FromDays(7), "signup", "paid", "renewed");
        conversions.Add(0, [0, 1, 2, 3, 4], [T0, T0, T0, T0, T0]);

        // 0: paid at exactly 7 days; 1: one tick after; 2: at the same instant; 3: one tick before signing up;
        // 4: renewed without having paid, so it stops at the signup.
        conversions.Add(1, [0, 1, 2, 3], [T0.AddDays(7), T0.AddDays(7).AddTicks(1), T0, T0.AddTicks(-1)]);
        conversions.Add(2, [0, 2, 4], [T0.AddDays(14), T0.AddDays(7).AddTicks(1), T0.AddDays(1)]);

        var stages = conversions.Result().Stages;

        Assert.Equal(5, stages[0].Count);
        Assert.Equal(2, stages[1].Count); // entities 0 and 2
        Assert.Equal(1, stages[2].Count); // entity 0 again exactly at its window's end; entity 2 a tick late
    }

    [Fact]
    public void The_first_and_last_tick_a_DateTime_can_hold_are_valid_state_timestamps()
    {
        // With a zero window, an entity converts only at the very instant it entered.
        var earliest = ConversionWindowAccumulator.FromState(new ConversionWindowState(["signup", "paid"], 0, 1, [0L, 0L]));
        Assert.Equal(new long[] { 1, 1 }, earliest.Result().Stages.Select(s => s.Count));

        var latest = DateTime.MaxValue.Ticks;
        var last = ConversionWindowAccumulator.FromState(new ConversionWindowState(["signup", "paid"], 0, 1, [latest, latest]));
        Assert.Equal(new long[] { 1, 1 }, last.Result().Stages.Select(s => s.Count));
    }

    [Fact]
    public void Restoring_a_state_with_a_null_stage_name_names_its_position()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConversionWindowAccumulator.FromState(new ConversionWindowState(["signup", null!], 0, 0, [])));

        Assert.Equal("state", ex.ParamName);
        Assert.Contains("The state must have its 'StageNames[1]'.", ex.Message);
    }

    [Fact]
    public void Entities_times_stages_beyond_the_largest_array_are_refused_before_allocating()
    {
        // 2^28 entities × 8 stages = 2^31 timestamps, above Array.MaxLength.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ConversionWindowAccumulator(1 << 28, TimeSpan.FromDays(1), "a", "b", "c", "d", "e", "f", "g", "h"));

        Assert.Equal("entityCount", ex.ParamName);
        Assert.Equal(1 << 28, ex.ActualValue);
        Assert.Contains("The entities times the stages must fit in the largest array; split the entities.", ex.Message);
    }

    [Fact]
    public void Mixed_stage_columns_of_different_lengths_are_refused_naming_both()
    {
        var conversions = new ConversionWindowAccumulator(2, TimeSpan.FromDays(1), "a", "b");

        var stages = Assert.Throws<ArgumentException>(() => conversions.Add([0, 0], [0], [T0, T0]));
        Assert.Equal("stages", stages.ParamName);
        Assert.Contains("The spans must have the same length; 'entities' has 2 elements, this one 1.", stages.Message);

        var times = Assert.Throws<ArgumentException>(() => conversions.Add([0], [0], ReadOnlySpan<DateTime>.Empty));
        Assert.Equal("timestamps", times.ParamName);
        Assert.Contains("The spans must have the same length; 'entities' has 1 elements, this one 0.", times.Message);

        Assert.Equal(0, conversions.Result().Stages[0].Count);
    }

    [Fact]
    public void Mixed_stage_rows_with_an_entity_out_of_range_are_refused_before_any_is_added()
    {
        var conversions = new ConversionWindowAccumulator(2, TimeSpan.FromDays(1), "a", "b");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => conversions.Add([0, 2], [0, 1], [T0, T0]));

        Assert.Equal("entities", ex.ParamName);
        Assert.Equal(2L, ex.ActualValue);
        Assert.Contains("Row 1: The index must be between 0 and 1, " + IndexRule, ex.Message);
        Assert.Equal(0, conversions.Result().Stages[0].Count);
    }

    [Fact]
    public void Conversion_merges_need_the_same_stages_window_and_entities()
    {
        var conversions = new ConversionWindowAccumulator(2, TimeSpan.FromDays(1), "a", "b");

        var renamed = Assert.Throws<ArgumentException>(() => conversions.Merge(new ConversionWindowAccumulator(2, TimeSpan.FromDays(1), "a", "c")));
        Assert.Equal("other", renamed.ParamName);
        Assert.Contains("The accumulators must have the same stages.", renamed.Message);

        var wider = Assert.Throws<ArgumentException>(() => conversions.Merge(new ConversionWindowAccumulator(2, TimeSpan.FromDays(2), "a", "b")));
        Assert.Equal("other", wider.ParamName);
        Assert.Contains("The accumulators must have the same window and the same entities.", wider.Message);

        var larger = Assert.Throws<ArgumentException>(() => conversions.Merge(new ConversionWindowAccumulator(3, TimeSpan.FromDays(1), "a", "b")));
        Assert.Contains("The accumulators must have the same window and the same entities.", larger.Message);
    }

    [Fact]
    public void A_merge_keeps_the_earliest_event_of_every_slot_including_the_last_ones()
    {
        // 1 entity × 3 stages = 3 slots: fewer than one vector of 4 longs, or one of 2 plus a scalar tail.
        var left = new ConversionWindowAccumulator(1, TimeSpan.FromDays(1.5), "signup", "trial", "paid");
        var right = new ConversionWindowAccumulator(1, TimeSpan.FromDays(1.5), "signup", "trial", "paid");
        left.Add(0, [0], [T0]);
        left.Add(1, [0], [T0.AddDays(1)]);
        left.Add(2, [0], [T0.AddDays(3)]);
        right.Add(1, [0], [T0.AddDays(2)]);
        right.Add(2, [0], [T0.AddDays(2)]);

        left.Merge(right);

        // Earliest: signup T0, trial +1 day (not +2), paid +2 days (not +3): 1 day after the trial, within 1.5.
        Assert.Equal(new[] { T0.Ticks, T0.AddDays(1).Ticks, T0.AddDays(2).Ticks }, left.State.FirstEventTicks);
        Assert.Equal(new long[] { 1, 1, 1 }, left.Result().Stages.Select(s => s.Count));
    }

    [Fact]
    public void A_merge_of_many_entities_keeps_the_earliest_event_of_each()
    {
        // 3 entities × 3 stages = 9 slots: whole vectors and a tail whatever the vector width.
        var left = new ConversionWindowAccumulator(3, TimeSpan.FromDays(7), "signup", "trial", "paid");
        var right = new ConversionWindowAccumulator(3, TimeSpan.FromDays(7), "signup", "trial", "paid");
        left.Add(0, [0, 1, 2], [T0, T0, T0]);
        right.Add(0, [2], [T0.AddDays(-1)]);
        left.Add(2, [2], [T0.AddDays(9)]);
        right.Add(2, [2], [T0.AddDays(5)]);
        right.Add(1, [2], [T0.AddDays(1)]);

        left.Merge(right);

        var ticks = left.State.FirstEventTicks;
        Assert.Equal(T0.AddDays(-1).Ticks, ticks[6]); // entity 2's signup: the earlier of T0 and T0 − 1 day
        Assert.Equal(T0.AddDays(1).Ticks, ticks[7]);
        Assert.Equal(T0.AddDays(5).Ticks, ticks[8]);  // the last slot: the earlier of +9 and +5 days
        Assert.Equal(long.MaxValue, ticks[1]);        // entity 0 never started a trial
        // Entity 2: signup −1 day, trial +1 day (2 days later), paid +5 days (4 days later): all within 7.
        Assert.Equal(new long[] { 3, 1, 1 }, left.Result().Stages.Select(s => s.Count));
    }

    private sealed record Event(string? Entity, int Stage, DateTime At);

    [Fact]
    public void Conversion_records_refuse_null_arguments_naming_each()
    {
        Event[] events = [new("ana", 0, T0)];
        string[] names = ["signup", "paid"];
        var day = TimeSpan.FromDays(1);

        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.Aggregate<Event, string>(null!, e => e.Entity!, e => e.Stage, e => e.At, day, names)).ParamName);
        Assert.Equal("entity", Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.Aggregate<Event, string>(events, null!, e => e.Stage, e => e.At, day, names)).ParamName);
        Assert.Equal("stage", Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.Aggregate<Event, string>(events, e => e.Entity!, null!, e => e.At, day, names)).ParamName);
        Assert.Equal("timestamp", Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.Aggregate<Event, string>(events, e => e.Entity!, e => e.Stage, null!, day, names)).ParamName);
        Assert.Equal("stageNames", Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.Aggregate<Event, string>(events, e => e.Entity!, e => e.Stage, e => e.At, day, null!)).ParamName);
    }

    [Fact]
    public void Conversion_records_refuse_a_missing_entity_naming_the_row()
    {
        Event[] events = [new(null, 0, T0)];

        var ex = Assert.Throws<ArgumentNullException>(() => ConversionWindowAccumulator.Aggregate(events, e => e.Entity!, e => e.Stage, e => e.At, TimeSpan.FromDays(1), ["signup", "paid"]));

        Assert.Equal("entity", ex.ParamName);
        Assert.Contains("Row 0: The entity selector must not return null.", ex.Message);
    }

    // ---- funnel ----------------------------------------------------------------------------------

    [Fact]
    public void A_null_stage_name_is_refused_as_null_with_its_position()
    {
        var funnel = Assert.Throws<ArgumentNullException>(() => new FunnelAccumulator("lead", null!));
        Assert.Equal("stageNames", funnel.ParamName);
        Assert.Contains("Stage 1: The name must not be null.", funnel.Message);

        var conversions = Assert.Throws<ArgumentNullException>(() => new ConversionWindowAccumulator(1, TimeSpan.Zero, "signup", "trial", null!));
        Assert.Equal("stageNames", conversions.ParamName);
        Assert.Contains("Stage 2: The name must not be null.", conversions.Message);
    }

    [Fact]
    public void Funnel_merges_need_the_same_stages()
    {
        var funnel = new FunnelAccumulator("lead", "won");

        var ex = Assert.Throws<ArgumentException>(() => funnel.Merge(new FunnelAccumulator("lead", "paid")));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("The accumulators must have the same stages.", ex.Message);
    }

    [Theory]
    [InlineData(1L, 0L)] // a stage's own count passes long.MaxValue
    [InlineData(0L, 1L)] // each stage fits but the leads add up to long.MaxValue + 1
    public void A_funnel_merge_beyond_long_MaxValue_leads_overflows_and_merges_nothing(long first, long second)
    {
        var funnel = FunnelAccumulator.FromState(new FunnelState(["lead", "won"], [long.MaxValue, 0L]));
        var other = FunnelAccumulator.FromState(new FunnelState(["lead", "won"], [first, second]));

        Assert.Throws<OverflowException>(() => funnel.Merge(other));

        Assert.Equal(new[] { long.MaxValue, 0L }, funnel.State.FurthestStageCounts);
    }

    [Fact]
    public void A_funnel_whose_leads_pass_long_MaxValue_refuses_to_count_them()
    {
        // long.MaxValue leads stopped at the first stage, then one more that went through: the first
        // stage's count would be long.MaxValue + 1.
        var funnel = FunnelAccumulator.FromState(new FunnelState(["lead", "won"], [long.MaxValue, 0L]));
        funnel.Add(1);

        Assert.Throws<OverflowException>(() => funnel.Result());
    }

    [Fact]
    public void Funnel_records_refuse_null_arguments_naming_each()
    {
        int[] leads = [0, 1];
        string[] names = ["lead", "won"];

        Assert.Equal("leads", Assert.Throws<ArgumentNullException>(() => FunnelAccumulator.Aggregate<int>(null!, l => l, names)).ParamName);
        Assert.Equal("furthestStage", Assert.Throws<ArgumentNullException>(() => FunnelAccumulator.Aggregate(leads, null!, names)).ParamName);
        Assert.Equal("stageNames", Assert.Throws<ArgumentNullException>(() => FunnelAccumulator.Aggregate(leads, l => l, null!)).ParamName);
    }

    [Fact]
    public void A_lead_counts_at_its_furthest_stage_and_every_stage_before_it()
    {
        var funnel = new FunnelAccumulator("lead", "MQL", "SQL", "won");

        // Furthest stages 3, 1, 1, 0: won 1; SQL 1; MQL 1 + 2 = 3; lead 3 + 1 = 4.
        funnel.Add([3, 1, 1, 0]);

        Assert.Equal(new long[] { 4, 3, 1, 1 }, funnel.Result().Stages.Select(s => s.Count));
    }
}
