using System;

namespace KpiFormulas;

/// <summary>
/// Thrown when an operation mixes two currencies (adding euros to dollars, comparing them, dividing
/// one by the other). The message and the properties name both currencies.
/// </summary>
public sealed class CurrencyMismatchException : ArgumentException
{
    /// <summary>Creates the exception for two currencies.</summary>
    /// <param name="expected">The currency the operation works in (the left operand's).</param>
    /// <param name="actual">The other currency found.</param>
    /// <param name="paramName">The parameter that carried <paramref name="actual"/>.</param>
    public CurrencyMismatchException(Currency expected, Currency actual, string? paramName)
        : base($"Cannot mix currencies: {expected.Code} and {actual.Code}. Convert one of them first.", paramName)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public CurrencyMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CurrencyMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no details.</summary>
    public CurrencyMismatchException()
        : base("Cannot mix currencies.")
    {
    }

    /// <summary>The currency the operation works in.</summary>
    public Currency Expected { get; }

    /// <summary>The other currency that was found.</summary>
    public Currency Actual { get; }
}
