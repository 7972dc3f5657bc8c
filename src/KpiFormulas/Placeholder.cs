namespace KpiFormulas;

/// <summary>Temporary.</summary>
public static class Placeholder
{
}
