using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>What the generic target and change calculators check beyond the generic-math operators.</summary>
internal static class TrackedQuantity
{
    /// <summary>
    /// Two amounts must share a currency: checked before any arithmetic, so that the exception names
    /// the caller's parameter rather than an operator's. Other quantities have a single unit. The
    /// type test is resolved by the JIT for each value type, so it costs nothing for the others.
    /// </summary>
    internal static void RequireSameUnit<T>(T expected, T actual, string actualName)
        where T : struct
    {
        if (typeof(T) == typeof(Money))
        {
            Preconditions.SameCurrency((Money)(object)expected, (Money)(object)actual, actualName);
        }
    }
}
