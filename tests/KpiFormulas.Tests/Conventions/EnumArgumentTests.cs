using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Conventions;

/// <summary>
/// Every public method and constructor of the core package that takes an enum refuses a value that is not
/// one of the enum's names (<c>(Direction)42</c>) with an <see cref="ArgumentOutOfRangeException"/>
/// naming that parameter, the same way everywhere, instead of reading it as whichever case it tests last.
/// The members are found by reflection, so a new one is checked without being listed here.
/// </summary>
public class EnumArgumentTests
{
    /// <summary>
    /// The serializable states are data, filled by a deserializer: <c>FromState</c> validates them whole
    /// (StateValidationTests), so their record constructors and deconstructors are left out.
    /// </summary>
    private static bool IsStateRecord(Type type) => type.Namespace == "KpiFormulas.Aggregation" && type.Name.EndsWith("State", StringComparison.Ordinal);

    /// <summary>Members whose other parameters are spans, which reflection cannot pass: called here by hand, one call per member.</summary>
    private static readonly Dictionary<string, Action<object>> SpanCalls = new(StringComparer.Ordinal)
    {
        ["Activity.CountByPeriod(ReadOnlySpan`1, PeriodUnit)"] = bad => Activity.CountByPeriod([new DateOnly(2026, 1, 5)], (PeriodUnit)bad),
        ["Activity.CountByPersonAndPeriod(ReadOnlySpan`1, ReadOnlySpan`1, PeriodUnit)"] = bad => Activity.CountByPersonAndPeriod<string>(["Léa"], [new DateOnly(2026, 1, 5)], (PeriodUnit)bad),
        ["BandSet`2..ctor(String, TLevel, ReadOnlySpan`1)"] = bad => _ = new BandSet<decimal, Direction>("x", (Direction)bad),
    };

    [Fact]
    public void Every_public_enum_argument_refuses_an_undefined_value_naming_its_parameter()
    {
        var members = EnumMembers().ToList();

        // Guards against passing vacuously: the scan finds the members the issue names.
        Assert.True(members.Count >= 20, $"Only {members.Count} members found.");
        Assert.Contains(members, m => m.Member.Name == "CheckDrift");
        Assert.Contains(members, m => m.Member.Name == "Assess");

        var problems = new List<string>();
        foreach (var (member, parameter) in members)
        {
            var name = $"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))})";
            var enumType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var bad = Undefined(enumType);
            Exception? thrown;
            if (member.GetParameters().Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>))))
            {
                if (!SpanCalls.TryGetValue(name, out var call))
                {
                    problems.Add($"{name}: takes a span; add a call to {nameof(SpanCalls)}.");
                    continue;
                }

                thrown = Record.Exception(() => call(bad));
            }
            else
            {
                thrown = Record.Exception(() => Invoke(member, parameter, bad));
                thrown = thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown;
            }

            if (thrown is not ArgumentOutOfRangeException outOfRange || outOfRange.ParamName != parameter.Name)
            {
                problems.Add($"{name}: ({enumType.Name}){System.Convert.ToInt64(bad, System.Globalization.CultureInfo.InvariantCulture)} for '{parameter.Name}' gave {thrown?.GetType().Name ?? "no exception"} ({(thrown as ArgumentException)?.ParamName}) {thrown?.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_drift_check_and_the_change_assessment_refuse_an_undefined_direction()
    {
        // The cases of the issue: (Direction)42 was read as "lower is better".
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckDrift(10m, 12m, (Direction)42)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Change.Between(10m, 12m).Assess((Direction)42)).ParamName);
    }

    private static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> EnumMembers()
    {
        // The worksheet package takes cells (numbers and text), never an enum: its public API lists none.
        foreach (var type in typeof(Money).Assembly.GetExportedTypes().Where(t => !IsStateRecord(t) && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (MethodBase member in type.GetConstructors(flags).Cast<MethodBase>().Concat(type.GetMethods(flags)))
            {
                if (member.Name is "Deconstruct" or "Equals" || member.Name.StartsWith("op_", StringComparison.Ordinal) || member.Name.StartsWith("get_", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var parameter in member.GetParameters())
                {
                    var parameterType = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                    if (!parameter.IsOut && (parameterType.IsEnum || (parameterType.IsGenericParameter && parameterType.GetGenericParameterConstraints().Contains(typeof(Enum)))))
                    {
                        yield return (member, parameter);
                    }
                }
            }
        }
    }

    private static object Undefined(Type enumType)
    {
        if (!enumType.IsEnum)
        {
            // A level type parameter (BandSet, Threshold): closed with Direction below.
            enumType = typeof(Direction);
        }

        var value = 42L;
        while (Enum.IsDefined(enumType, Enum.ToObject(enumType, value)))
        {
            value++;
        }

        return Enum.ToObject(enumType, value);
    }

    private static object? Invoke(MethodBase member, ParameterInfo target, object bad)
    {
        var type = member.DeclaringType!;
        if (type.IsGenericTypeDefinition)
        {
            type = type.MakeGenericType(type.GetGenericArguments().Select(Close).ToArray());
            member = member is ConstructorInfo
                ? type.GetConstructors().Single(c => c.MetadataToken == member.MetadataToken)
                : type.GetMethods().Single(m => m.MetadataToken == member.MetadataToken);
            target = member.GetParameters()[target.Position];
        }

        if (member is MethodInfo { IsGenericMethodDefinition: true } generic)
        {
            member = generic.MakeGenericMethod(generic.GetGenericArguments().Select(Close).ToArray());
            target = member.GetParameters()[target.Position];
        }

        var arguments = member.GetParameters().Select(p => p.Position == target.Position ? WithType(bad, p.ParameterType) : Sample(p)).ToArray();
        return member switch
        {
            ConstructorInfo constructor => constructor.Invoke(arguments),
            MethodInfo { IsStatic: true } method => method.Invoke(null, arguments),
            MethodInfo method => method.Invoke(Instance(type), arguments),
            _ => throw new InvalidOperationException(member.ToString()),
        };
    }

    private static Type Close(Type parameter) =>
        parameter.GetGenericParameterConstraints().Contains(typeof(Enum)) ? typeof(Direction)
        : parameter.GetGenericParameterConstraints().Any(c => c.IsGenericType && c.GetGenericTypeDefinition() == typeof(IComparable<>)) ? typeof(decimal)
        : parameter.GenericParameterAttributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint) ? typeof(decimal)
        : typeof(string);

    private static object WithType(object bad, Type parameterType)
    {
        var enumType = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        return Enum.ToObject(enumType, System.Convert.ToInt64(bad, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static object Instance(Type type) =>
        type == typeof(Change<decimal, decimal>) ? Change.Between(10m, 12m)
        : type == typeof(Money) ? Money.Euros(10m)
        : type == typeof(Rate) ? Rate.FromPercent(10m)
        : throw new InvalidOperationException($"No instance of {type} to call an instance method on: add one.");

    private static object? Sample(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.HasDefaultValue && (Nullable.GetUnderlyingType(type) is not null || !type.IsValueType))
        {
            return parameter.DefaultValue;
        }

        if (type == typeof(string))
        {
            return "conversion_rate";
        }

        if (type == typeof(decimal))
        {
            return 10m;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return System.Convert.ChangeType(5, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 3, 2);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromDays(3);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
            return Expression.Lambda(type, Expression.Default(invoke.ReturnType), parameters).Compile();
        }

        if (!type.IsValueType)
        {
            return null;
        }

        return Activator.CreateInstance(type);
    }
}
