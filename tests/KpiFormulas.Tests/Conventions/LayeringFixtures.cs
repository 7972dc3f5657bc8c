using System;
using System.Collections.Generic;

namespace KpiFormulas.Tests.Conventions.LayeringFixtures;

// Fixtures for the dependency collector's self-tests (LayeringTests): Uses names each *Target type in
// exactly one way, so the test can check both that the use is found and how it was found. The collector
// reads them from the compiled test assembly, like it reads the library.

public class Uses : BaseTarget, IInterfaceTarget
{
    public static readonly FieldTarget? Field;

    public static PropertyTarget? Property => null;

    public static event EventTarget? Happened
    {
        add { }
        remove { }
    }

    public static void Constrained<T>()
        where T : ConstraintTarget
    {
    }

    public static void Take(ParameterTarget? target)
    {
    }

    public static ReturnTarget? Give() => null;

    [Mark(typeof(TypeofArgumentTarget), Value = EnumArgumentTarget.Second)]
    [Target]
    public static void Marked()
    {
    }

    // ---- Uses that only the IL shows ----------------------------------------------------------------

    public static object Create() => new NewTarget();

    public static void CallStatic() => StaticCallTarget.Run();

    public static int ReadField() => FieldAccessTarget.Value;

    public static Type TypeOf() => typeof(TypeofTarget);

    public static bool Is(object value) => value is CastTarget;

    public static object GenericMethodArgument() => Make<GenericMethodArgumentTarget>();

    public static object GenericTypeArgument() => new List<GenericTypeArgumentTarget>();

    public static bool Catch(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
            return false;
        }
        catch (CatchTargetException)
        {
            return true;
        }
    }

    public static Func<object> Lambda() => () => new ClosureTarget();

    public static IEnumerable<object> Iterate()
    {
        yield return new IteratorTarget();
    }

    private static T Make<T>()
        where T : new() => new();

    public static class Inner
    {
        public static NestedTarget? Get() => null;
    }

    public static class ConstrainedType<T>
        where T : TypeConstraintTarget
    {
    }
}

public class BaseTarget;

public interface IInterfaceTarget;

public sealed class FieldTarget;

public sealed class PropertyTarget;

public delegate void EventTarget();

public class ConstraintTarget;

public class TypeConstraintTarget;

public sealed class ParameterTarget;

public sealed class ReturnTarget;

public sealed class TypeofArgumentTarget;

public enum EnumArgumentTarget : short
{
    First,
    Second,
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class MarkAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;

    public object? Value { get; set; }
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class TargetAttribute : Attribute;

public sealed class NewTarget;

public static class StaticCallTarget
{
    public static void Run()
    {
    }
}

public static class FieldAccessTarget
{
    public static readonly int Value = Environment.ProcessorCount;
}

public sealed class TypeofTarget;

public sealed class CastTarget;

public sealed class GenericMethodArgumentTarget;

public sealed class GenericTypeArgumentTarget;

public sealed class CatchTargetException : Exception
{
    public CatchTargetException()
    {
    }

    public CatchTargetException(string message)
        : base(message)
    {
    }

    public CatchTargetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

public sealed class ClosureTarget;

public sealed class IteratorTarget;

public sealed class NestedTarget;
