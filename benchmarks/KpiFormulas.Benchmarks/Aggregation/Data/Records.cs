using System;

namespace KpiFormulas.Benchmarks.Aggregation.Data;

/// <summary>One order, as a LINQ user who holds objects rather than columns has it.</summary>
/// <param name="CustomerId">The customer (0 .. customers - 1).</param>
/// <param name="Date">The order date.</param>
/// <param name="Channel">The sales channel (0 .. 15).</param>
/// <param name="Amount">The order amount in euros, two decimals.</param>
public readonly record struct Order(int CustomerId, DateOnly Date, byte Channel, decimal Amount);

/// <summary>One paid marketing touch (a click, a call...): its cost and what it led to.</summary>
/// <param name="Channel">The acquisition channel (0 .. 15).</param>
/// <param name="Cost">What the touch cost, two decimals.</param>
/// <param name="Outcome">0 nothing, 1 a lead, 2 a lead that became a customer.</param>
public readonly record struct Touch(byte Channel, decimal Cost, byte Outcome);

/// <summary>One lead and the furthest funnel stage it reached.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="FurthestStage">0 lead, 1 MQL, 2 SQL, 3 opportunity, 4 won.</param>
public readonly record struct Lead(int LeadId, byte FurthestStage);

/// <summary>One survey answer.</summary>
/// <param name="RespondentId">Who answered.</param>
/// <param name="Score">The 0..10 "would you recommend us" score.</param>
public readonly record struct Answer(int RespondentId, byte Score);

/// <summary>One use of the product on a business case.</summary>
/// <param name="UserId">The trained user (0 .. users - 1).</param>
/// <param name="Date">The day of the use.</param>
public readonly record struct Usage(int UserId, DateOnly Date);
