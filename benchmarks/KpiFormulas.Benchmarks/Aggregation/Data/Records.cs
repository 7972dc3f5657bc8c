using System;

namespace KpiFormulas.Benchmarks.Aggregation.Data;

/// <summary>One order, as a LINQ user who holds objects rather than columns has it.</summary>
/// <param name="CustomerId">The customer (0 .. customers - 1).</param>
/// <param name="Date">The order date.</param>
/// <param name="Channel">The sales channel (0 .. 15).</param>
/// <param name="Amount">The order amount in euros, two decimals.</param>
public readonly record struct Order(int CustomerId, DateOnly Date, byte Channel, decimal Amount);

/// <summary>One line of marketing spend (an ad platform's cost row).</summary>
/// <param name="Channel">The acquisition channel (0 .. 15).</param>
/// <param name="Cost">What it cost, two decimals.</param>
public readonly record struct SpendLine(byte Channel, decimal Cost);

/// <summary>One lead or one new customer, with the channel that brought it.</summary>
/// <param name="Id">The lead or customer.</param>
/// <param name="Channel">The acquisition channel (0 .. 15).</param>
public readonly record struct Signup(int Id, byte Channel);

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
