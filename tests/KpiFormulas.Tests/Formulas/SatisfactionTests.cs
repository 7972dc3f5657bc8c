using System;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class SatisfactionTests
{
    private static byte[] Answers(int promoters, int passives, int detractors)
    {
        // Spread over the whole range of each category: 9/10, 7/8, 0..6.
        var answers = new byte[promoters + passives + detractors];
        var i = 0;
        for (var p = 0; p < promoters; p++)
        {
            answers[i++] = (byte)(9 + (p % 2));
        }

        for (var p = 0; p < passives; p++)
        {
            answers[i++] = (byte)(7 + (p % 2));
        }

        for (var d = 0; d < detractors; d++)
        {
            answers[i++] = (byte)(d % 7);
        }

        return answers;
    }

    // ---- worked examples: Formulas/Cases/Satisfaction.json -----------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Satisfaction");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    public static TheoryData<ReferenceChange> Changes => Cases.Changes();

    /// <summary>The calculator of a case: its KPI, and its inputs where the KPI has several overloads.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.Nps when c.Has("answers") => Satisfaction.NetPromoterScore(c.Input<byte[]>("answers")),
        KpiIds.Nps => Satisfaction.NetPromoterScore(c.Input<long>("promoters"), c.Input<long>("passives"), c.Input<long>("detractors")),
        KpiIds.ComplaintRate => Satisfaction.ComplaintRate(c.Input<long>("complaints"), c.Input<long>("ordersOrCustomers")),
        KpiIds.MentalLoadChange => Satisfaction.MentalLoadChange(c.Input<decimal>("scoreBefore"), c.Input<decimal>("scoreAfter")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changes_between_worked_examples(ReferenceChange change) =>
        change.AssertBetween(Calculate(change.Before), Calculate(change.After));

    // ---- nps ------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Nps)]
    [MemberData(nameof(CasesOf), KpiIds.Nps)]
    public void Nps_is_promoters_minus_detractors_over_answers_keeping_the_exact_fraction(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [KpiTest(KpiIds.Nps)]
    [InlineData("nps before automation")]
    [InlineData("nps after automation")]
    public void Nps_from_the_answers_equals_nps_from_the_counts(string name)
    {
        // The counts of a worked example spread as answers over each category's whole range: 9/10, 7/8, 0..6.
        var counts = Cases.Case(name);
        var answers = Answers(counts.Input<int>("promoters"), counts.Input<int>("passives"), counts.Input<int>("detractors"));
        Assert.Equal(Calculate(counts), Satisfaction.NetPromoterScore(answers));
    }

    [Fact]
    public void Nps_answer_categories_follow_the_0_to_10_scale()
    {
        for (byte answer = 0; answer <= 6; answer++)
        {
            Assert.Equal(NpsCategory.Detractor, Satisfaction.ClassifyNpsAnswer(answer));
        }

        Assert.Equal(NpsCategory.Passive, Satisfaction.ClassifyNpsAnswer(7));
        Assert.Equal(NpsCategory.Passive, Satisfaction.ClassifyNpsAnswer(8));
        Assert.Equal(NpsCategory.Promoter, Satisfaction.ClassifyNpsAnswer(9));
        Assert.Equal(NpsCategory.Promoter, Satisfaction.ClassifyNpsAnswer(10));
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ClassifyNpsAnswer(11)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_undefined_and_invalid_paths()
    {
        var empty = Satisfaction.NetPromoterScore(ReadOnlySpan<byte>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.Nps, empty.KpiId);
        var zeroCounts = Satisfaction.NetPromoterScore(0, 0, 0);
        Assert.Equal(UndefinedReason.EmptyInput, zeroCounts.Reason);
        Assert.Equal(KpiIds.Nps, zeroCounts.KpiId);
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.NetPromoterScore([10, 11])).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.NetPromoterScore([255])).ParamName);
        Assert.Equal("promoters", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.NetPromoterScore(-1, 0, 0)).ParamName);
        Assert.Equal("passives", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.NetPromoterScore(0, -1, 0)).ParamName);
        Assert.Equal("detractors", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.NetPromoterScore(0, 0, -1)).ParamName);
        Assert.Throws<OverflowException>(() => Satisfaction.NetPromoterScore(long.MaxValue, 1, 0));
    }

    [KpiProperty]
    [KpiTest(KpiIds.Nps)]
    public Property Nps_stays_within_minus_100_and_100_and_both_overloads_agree() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 10).Select(i => (byte)i)).Where(a => a.Length > 0).ToArbitrary(),
            answers =>
            {
                long promoters = 0, passives = 0, detractors = 0;
                foreach (var answer in answers)
                {
                    switch (Satisfaction.ClassifyNpsAnswer(answer))
                    {
                        case NpsCategory.Promoter: promoters++; break;
                        case NpsCategory.Passive: passives++; break;
                        default: detractors++; break;
                    }
                }

                var fromAnswers = Satisfaction.NetPromoterScore(answers).Value;
                return fromAnswers is >= -100m and <= 100m
                    && fromAnswers == Satisfaction.NetPromoterScore(promoters, passives, detractors).Value;
            });

    [KpiProperty]
    [KpiTest(KpiIds.Nps)]
    public Property Nps_does_not_depend_on_the_order_of_answers() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 10).Select(i => (byte)i)).Where(a => a.Length > 0).ToArbitrary(),
            answers =>
            {
                var reversed = (byte[])answers.Clone();
                Array.Reverse(reversed);
                return Satisfaction.NetPromoterScore(answers) == Satisfaction.NetPromoterScore(reversed);
            });

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_over_long_spans_matches_a_scalar_count()
    {
        // The span path counts with vectorised searches: check every length 0..256 against a plain loop.
        var random = new Random(20260301);
        for (var length = 0; length <= 256; length++)
        {
            var answers = new byte[length];
            for (var i = 0; i < length; i++)
            {
                answers[i] = (byte)random.Next(0, 11);
            }

            long promoters = 0, detractors = 0;
            foreach (var answer in answers)
            {
                promoters += answer >= 9 ? 1 : 0;
                detractors += answer <= 6 ? 1 : 0;
            }

            var score = Satisfaction.NetPromoterScore(answers);
            if (length == 0)
            {
                Assert.False(score.IsDefined);
            }
            else
            {
                Assert.Equal(100m * (promoters - detractors) / length, score.Value);
            }
        }
    }

    // ---- complaint_rate ---------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ComplaintRate)]
    [MemberData(nameof(CasesOf), KpiIds.ComplaintRate)]
    public void Complaint_rate_is_complaints_over_orders(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ComplaintRate)]
    public void Complaint_rate_undefined_and_invalid_paths()
    {
        var undefined = Satisfaction.ComplaintRate(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.ComplaintRate, undefined.KpiId);
        Assert.Equal("complaints", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ComplaintRate(-1, 10)).ParamName);
        Assert.Equal("ordersOrCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ComplaintRate(1, -10)).ParamName);
        Assert.Equal("complaints", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ComplaintRate(11, 10)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.ComplaintRate)]
    public Property Complaint_rate_is_a_proportion() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (orders, complaints) => Satisfaction.ComplaintRate(Math.Min(orders, complaints), orders).Value.IsProportion);

    // ---- mental_load_change --------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.MentalLoadChange)]
    [MemberData(nameof(CasesOf), KpiIds.MentalLoadChange)]
    public void Mental_load_change_is_the_relative_change_of_the_score(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_of_the_team_is_the_change_of_the_means()
    {
        // The three tasks of the worked examples: means (7 + 8 + 9) / 3 = 8 before, (3 + 2 + 4) / 3 = 3 after: -5/8 = -62.5 %.
        var team = Satisfaction.MentalLoadChange([7m, 8m, 9m], [3m, 2m, 4m]);
        Assert.Equal(KpiIds.MentalLoadChange, team.KpiId);
        Assert.Equal(8m, team.Value.Before);
        Assert.Equal(3m, team.Value.After);
        Assert.Equal(Rate.FromPercent(-62.5m), team.Value.Relative.Value);
    }

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_undefined_and_invalid_paths()
    {
        // One person's change is always defined and carries the id, like the team's.
        var one = Satisfaction.MentalLoadChange(7m, 3m);
        Assert.True(one.IsDefined);
        Assert.Equal(KpiIds.MentalLoadChange, one.KpiId);
        var empty = Satisfaction.MentalLoadChange(ReadOnlySpan<decimal>.Empty, ReadOnlySpan<decimal>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.MentalLoadChange, empty.KpiId);
        Assert.Equal("scoreBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange(0m, 3m)).ParamName);
        Assert.Equal("scoreBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange(10.5m, 3m)).ParamName);
        Assert.Equal("scoreAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange(7m, 0.9m)).ParamName);
        Assert.Equal("scoreAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange(7m, 11m)).ParamName);
        Assert.Equal("scoresAfter", Assert.Throws<ArgumentException>(() => Satisfaction.MentalLoadChange([7m], [3m, 2m])).ParamName);
        Assert.Equal("scoresBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange([7m, 0m], [3m, 2m])).ParamName);
        Assert.Equal("scoresAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange([7m, 8m], [3m, 12m])).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.MentalLoadChange)]
    public Property Mental_load_change_is_zero_for_an_unchanged_score_and_bounded_by_the_scale()
    {
        var score = Gen.Choose(10, 100).Select(i => i / 10m);
        return Prop.ForAll(
            score.ToArbitrary(),
            score.ToArbitrary(),
            (before, after) =>
            {
                var relative = Satisfaction.MentalLoadChange(before, after).Value.Relative.Value.Fraction;
                return Satisfaction.MentalLoadChange(before, before).Value.Relative.Value == Rate.Zero
                    && relative >= -0.9m      // 10 -> 1 is the largest fall
                    && relative <= 9m;        // 1 -> 10 the largest rise
            });
    }

    [KpiProperty]
    [KpiTest(KpiIds.MentalLoadChange)]
    public Property Team_change_of_one_person_equals_the_single_change()
    {
        var score = Gen.Choose(10, 100).Select(i => i / 10m);
        return Prop.ForAll(
            score.ToArbitrary(),
            score.ToArbitrary(),
            (before, after) => Satisfaction.MentalLoadChange([before], [after]).Value == Satisfaction.MentalLoadChange(before, after).Value);
    }
}
