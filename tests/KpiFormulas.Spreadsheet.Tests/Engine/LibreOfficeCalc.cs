using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace KpiFormulas.Spreadsheet.Tests.Engine;

/// <summary>
/// LibreOffice Calc, run headless, as the reference spreadsheet engine: it opens an .xlsx, recalculates
/// every formula and saves the workbook again, so that the values it computed can be read back with
/// <see cref="Workbook"/>. Each call runs its own <c>soffice</c> with a private user profile, so that
/// parallel runs do not share (and lock) one profile.
/// </summary>
public static class LibreOfficeCalc
{
    private const string InstallHint = "LibreOffice Calc is needed to compare with a real spreadsheet engine: install it with `apt-get install libreoffice-calc-nogui` (it provides soffice).";

    /// <summary>How long one recalculation may take before it is stopped.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// The profile settings of each run. Recalculation on load is forced for both file formats: with
    /// LibreOffice's default for .xlsx, the values cached in the file are kept, which here would read
    /// back the cells as written rather than as computed. Text in arithmetic is converted only when
    /// unambiguous, as Excel does (="3"*2 is 6, ="abc"*2 is #VALUE!); pinned so that a machine's own
    /// defaults cannot change the comparison.
    /// </summary>
    private const string Settings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Syntax"><prop oor:name="StringConversion" oor:op="fuse"><value>2</value></prop></item>
        <item oor:path="/org.openoffice.Office.Calc/Formula/Syntax"><prop oor:name="EmptyStringAsZero" oor:op="fuse"><value>false</value></prop></item>
        </oor:items>
        """;

    /// <summary>The <c>soffice</c> program on the PATH; throws, saying what to install, when there is none.</summary>
    public static string Program => FindProgram();

    /// <summary>LibreOffice's version line (<c>LibreOffice 7.4.7.2 40(Build:2)</c>), for test output.</summary>
    public static string Version => Run(Program, ["--version"], Environment.CurrentDirectory).Trim();

    /// <summary>
    /// Opens <paramref name="workbook"/> in LibreOffice Calc, recalculates it and saves it as .xlsx in
    /// <paramref name="outputDirectory"/> (created when missing; it must not be the input's folder).
    /// </summary>
    /// <param name="workbook">The .xlsx to recalculate.</param>
    /// <param name="outputDirectory">Where the recalculated copy goes, under the same file name.</param>
    /// <returns>The path of the recalculated workbook.</returns>
    public static string Recalculate(string workbook, string outputDirectory)
    {
        var input = Path.GetFullPath(workbook);
        var output = Path.GetFullPath(outputDirectory);
        if (!File.Exists(input))
        {
            throw new FileNotFoundException("No workbook to recalculate.", input);
        }

        if (string.Equals(Path.GetDirectoryName(input), output.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The recalculated copy of {input} would overwrite it: give another output folder.");
        }

        Directory.CreateDirectory(output);
        var result = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + ".xlsx");
        File.Delete(result);

        var profile = Path.Combine(Path.GetTempPath(), "kpiformulas-calc-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(profile, "user"));
            File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), Settings, new UTF8Encoding(false));
            var log = Run(
                Program,
                [
                    "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                    "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", output,
                    input,
                ],
                output);
            return File.Exists(result)
                ? result
                : throw new InvalidOperationException($"LibreOffice did not write {result}. Its output:\n{log}");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string FindProgram()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var found = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "soffice"))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(InstallHint);
    }

    private static string Run(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start. {InstallHint}");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {Timeout.TotalSeconds} s.");
        }

        var log = standardOutput.Result + standardError.Result;
        return process.ExitCode == 0
            ? log
            : throw new InvalidOperationException($"{program} exited with {process.ExitCode}:\n{log}");
    }
}
