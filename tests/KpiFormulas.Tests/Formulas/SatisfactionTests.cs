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

    // ---- nps ------------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_reproduces_document_003_metric_6_before_and_after()
    {
        // seed 003, line 192: "NPS 32 48 +50%". The document gives the scores only; 100 answers with
        // 50 promoters, 32 passives, 18 detractors give 50 - 18 = 32; 60 / 28 / 12 give 48.
        var before = Satisfaction.NetPromoterScore(Answers(50, 32, 18));
        var after = Satisfaction.NetPromoterScore(Answers(60, 28, 12));
        Assert.Equal(32m, before.Value);
        Assert.Equal(48m, after.Value);
        Assert.Equal(KpiIds.Nps, before.KpiId);
        Assert.Equal(before, Satisfaction.NetPromoterScore(50, 32, 18));
        // The document's "+50%" is the relative change of the score; in points it is +16.
        var change = Change.Between(before.Value, after.Value);
        Assert.Equal(Rate.FromPercent(50m), change.Relative.Value);
        Assert.Equal(16m, change.Absolute);
    }

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_hand_case_keeps_the_exact_fraction()
    {
        // 10, 9, 9, 8, 7, 3, 10, 6, 9, 10: promoters 6, passives 2, detractors 2 -> 100 × 4 / 10 = 40.
        Assert.Equal(40m, Satisfaction.NetPromoterScore([10, 9, 9, 8, 7, 3, 10, 6, 9, 10]).Value);
        // 3 answers 10, 7, 0: 100 × (1 - 1) / 3 = 0; 9, 9, 5: 100 × 1 / 3 = 33.333...
        Assert.Equal(0m, Satisfaction.NetPromoterScore([10, 7, 0]).Value);
        Assert.Equal(100m / 3m, Satisfaction.NetPromoterScore([9, 9, 5]).Value);
        // The extremes.
        Assert.Equal(100m, Satisfaction.NetPromoterScore([9, 10]).Value);
        Assert.Equal(-100m, Satisfaction.NetPromoterScore([0, 6]).Value);
        Assert.Equal(0m, Satisfaction.NetPromoterScore([7, 8]).Value);
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

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_stays_within_minus_100_and_100_and_both_overloads_agree()
    {
        PropertyCheck.Holds(Prop.ForAll(
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
            }));
    }

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_does_not_depend_on_the_order_of_answers()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 10).Select(i => (byte)i)).Where(a => a.Length > 0).ToArbitrary(),
            answers =>
            {
                var reversed = (byte[])answers.Clone();
                Array.Reverse(reversed);
                return Satisfaction.NetPromoterScore(answers) == Satisfaction.NetPromoterScore(reversed);
            }));
    }

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

    [Fact]
    [KpiTest(KpiIds.ComplaintRate)]
    public void Complaint_rate_reproduces_document_003_metric_6()
    {
        // seed 003, line 193: "Taux de réclamation 8% 3% -62%". 8 complaints in 100 orders, then 3 in 100.
        var before = Satisfaction.ComplaintRate(8, 100);
        var after = Satisfaction.ComplaintRate(3, 100);
        Assert.Equal(Rate.FromPercent(8m), before.Value);
        Assert.Equal(Rate.FromPercent(3m), after.Value);
        Assert.Equal(KpiIds.ComplaintRate, before.KpiId);
        var change = Change.Between(before.Value, after.Value);
        Assert.Equal(Rate.FromPercent(-62.5m), change.Relative.Value);                   // exact: -5/8
        Assert.Equal(-62m, decimal.Truncate(change.Relative.Value.Percent));              // printed "-62%": a truncation
        Assert.Equal(-63m, decimal.Round(change.Relative.Value.Percent, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(PercentagePoints.FromPoints(-5m), change.Absolute);                  // -5 points absolute
        Assert.Equal(ChangeAssessment.Improved, change.Assess(Direction.LowerIsBetter));
    }

    [Fact]
    [KpiTest(KpiIds.ComplaintRate)]
    public void Complaint_rate_hand_case_undefined_and_invalid()
    {
        // 7 complaints over 350 orders = 2 %.
        Assert.Equal(Rate.FromPercent(2m), Satisfaction.ComplaintRate(7, 350).Value);
        var undefined = Satisfaction.ComplaintRate(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, undefined.Reason);
        Assert.Equal(KpiIds.ComplaintRate, undefined.KpiId);
        Assert.Equal("complaints", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ComplaintRate(-1, 10)).ParamName);
        Assert.Equal("ordersOrCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ComplaintRate(1, -10)).ParamName);
        Assert.Equal("complaints", Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.ComplaintRate(11, 10)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.ComplaintRate)]
    public void Complaint_rate_is_a_proportion()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (orders, complaints) => Satisfaction.ComplaintRate(Math.Min(orders, complaints), orders).Value.IsProportion));
    }

    // ---- mental_load_change --------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_reproduces_document_003_metric_8()
    {
        // seed 003, line 217: "Sophie Veille concurrence 7/10 3/10 -57%": -4/7 = -57.142857...%.
        var sophie = Satisfaction.MentalLoadChange(7m, 3m).Value;
        Assert.Equal(-4m / 7m, sophie.Relative.Value.Fraction);
        Assert.Equal(-57m, decimal.Round(sophie.Relative.Value.Percent, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(-4m, sophie.Absolute);
        // seed 003, line 218: "Marc Relance clients 8/10 2/10 -75%": exactly -6/8.
        Assert.Equal(Rate.FromPercent(-75m), Satisfaction.MentalLoadChange(8m, 2m).Value.Relative.Value);
        // seed 003, line 219: "Julie Saisie données 9/10 4/10 -56%": -5/9 = -55.555...%.
        var julie = Satisfaction.MentalLoadChange(9m, 4m).Value;
        Assert.Equal(-5m / 9m, julie.Relative.Value.Fraction);
        Assert.Equal(-56m, decimal.Round(julie.Relative.Value.Percent, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(ChangeAssessment.Improved, julie.Assess(Direction.LowerIsBetter));
    }

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_of_the_team_is_the_change_of_the_means()
    {
        // Means: (7 + 8 + 9) / 3 = 8 before, (3 + 2 + 4) / 3 = 3 after: -5/8 = -62.5 %.
        var team = Satisfaction.MentalLoadChange([7m, 8m, 9m], [3m, 2m, 4m]);
        Assert.Equal(KpiIds.MentalLoadChange, team.KpiId);
        Assert.Equal(8m, team.Value.Before);
        Assert.Equal(3m, team.Value.After);
        Assert.Equal(Rate.FromPercent(-62.5m), team.Value.Relative.Value);
        // Hand case with decimals: 6.5 -> 5.2 is -1.3 / 6.5 = -20 %.
        Assert.Equal(Rate.FromPercent(-20m), Satisfaction.MentalLoadChange(6.5m, 5.2m).Value.Relative.Value);
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

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Mental_load_change_is_zero_for_an_unchanged_score_and_bounded_by_the_scale()
    {
        var score = Gen.Choose(10, 100).Select(i => i / 10m);
        PropertyCheck.Holds(Prop.ForAll(
            score.ToArbitrary(),
            score.ToArbitrary(),
            (before, after) =>
            {
                var relative = Satisfaction.MentalLoadChange(before, after).Value.Relative.Value.Fraction;
                return Satisfaction.MentalLoadChange(before, before).Value.Relative.Value == Rate.Zero
                    && relative >= -0.9m      // 10 -> 1 is the largest fall
                    && relative <= 9m;        // 1 -> 10 the largest rise
            }));
    }

    [Fact]
    [KpiTest(KpiIds.MentalLoadChange)]
    public void Team_change_of_one_person_equals_the_single_change()
    {
        var score = Gen.Choose(10, 100).Select(i => i / 10m);
        PropertyCheck.Holds(Prop.ForAll(
            score.ToArbitrary(),
            score.ToArbitrary(),
            (before, after) => Satisfaction.MentalLoadChange([before], [after]) == Satisfaction.MentalLoadChange(before, after)));
    }
}
