using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Conventions;

/// <summary>
/// Every argument exception a calculator throws names one of that calculator's own parameters: each
/// public static method of <c>KpiFormulas.Formulas</c> whose parameters reflection can pass is called with
/// every parameter in turn set to hostile values (negative, zero, the type's extremes), the others to
/// ordinary ones, and any <see cref="ArgumentException"/> must carry a <c>ParamName</c> of the method.
/// </summary>
public class ParameterNameTests
{
    private static readonly Dictionary<Type, object[]> Hostile = new()
    {
        [typeof(decimal)] = [-1m, 0m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m],
        [typeof(long)] = [-1L, 0L, long.MaxValue, long.MinValue],
        [typeof(int)] = [-1, 0, int.MaxValue, int.MinValue],
        [typeof(Money)] = [Money.Euros(-1m), Money.Zero(Currency.EUR), Money.Euros(decimal.MaxValue), Money.UsDollars(10m)],
        [typeof(Rate)] = [Rate.FromPercent(-50m), Rate.Zero, Rate.FromPercent(250m), new Rate(decimal.MaxValue)],
        [typeof(TimeSpan)] = [TimeSpan.FromHours(-1), TimeSpan.Zero, TimeSpan.MaxValue, TimeSpan.MinValue],
        [typeof(DateOnly)] = [DateOnly.MinValue, DateOnly.MaxValue],
        [typeof(Period)] = [Period.Year(1), Period.Year(9998), Period.FromDays(new DateOnly(2026, 1, 1), 1)],
    };

    private static readonly Dictionary<Type, object> Ordinary = new()
    {
        [typeof(decimal)] = 10m,
        [typeof(long)] = 5L,
        [typeof(int)] = 3,
        [typeof(Money)] = Money.Euros(100m),
        [typeof(Rate)] = Rate.FromPercent(20m),
        [typeof(TimeSpan)] = TimeSpan.FromHours(2),
        [typeof(DateOnly)] = new DateOnly(2026, 3, 2),
        [typeof(Period)] = Period.Month(2026, 3),
    };

    [Fact]
    public void Calculators_name_their_own_parameters_in_argument_exceptions()
    {
        var methods = typeof(Acquisition).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "KpiFormulas.Formulas" && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsGenericMethodDefinition && m.GetParameters().All(p => Ordinary.ContainsKey(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)))
            .ToList();

        // Guards against passing vacuously: most calculators take plain values.
        Assert.True(methods.Count > 60, $"Only {methods.Count} calculators found.");

        var problems = new List<string>();
        var calls = 0;
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            var names = parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            for (var target = 0; target < parameters.Length; target++)
            {
                var type = Nullable.GetUnderlyingType(parameters[target].ParameterType) ?? parameters[target].ParameterType;
                foreach (var value in Hostile[type])
                {
                    var arguments = parameters.Select((p, i) => i == target ? value : Ordinary[Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType]).ToArray();
                    calls++;
                    try
                    {
                        method.Invoke(null, arguments);
                    }
                    catch (TargetInvocationException e) when (e.InnerException is ArgumentException argument && !names.Contains(argument.ParamName ?? string.Empty))
                    {
                        problems.Add($"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", parameters.Select(p => p.Name))}) with {parameters[target].Name} = {Convert.ToString(value, CultureInfo.InvariantCulture)}: ParamName '{argument.ParamName}' ({argument.Message})");
                    }
                    catch (TargetInvocationException)
                    {
                        // Other exceptions (overflow, a well-named argument exception) are not this test's concern.
                    }
                }
            }
        }

        Assert.True(calls > 500, $"Only {calls} calls made.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }
}
