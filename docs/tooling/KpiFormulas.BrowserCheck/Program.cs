// Opens every chart (docs/notebooks/*.svg) and every notebook rendering (docs/notebooks/*.md, turned
// into HTML with Markdig) in Debian's chromium, driven by Playwright, and fails when a chart does not
// load, has an empty bounding box or text outside it, or when the page logs a console error or a
// request fails. Saves a full-page screenshot of each notebook in the folder given.
//
//   dotnet run --project docs/tooling/KpiFormulas.BrowserCheck -- <screenshot folder> [--chromium <path>]
//
// Run from the repository root (.ci/browser-check.sh does). Exit code 0 when every check passed,
// 1 when one failed, 2 on a usage error.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Markdig;
using Microsoft.Playwright;

namespace KpiFormulas.BrowserCheck;

internal static partial class Program
{
    private const string DefaultChromium = "/usr/bin/chromium";

    // The text of a chart must lie inside its bounding box; half a pixel absorbs rounding.
    private const double Tolerance = 0.5;

    private static async Task<int> Main(string[] args)
    {
        var positional = new List<string>();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultChromium;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--chromium" && i + 1 < args.Length)
            {
                chromium = args[++i];
            }
            else if (args[i].StartsWith('-'))
            {
                return Usage($"Unknown option {args[i]}.");
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        if (positional.Count != 1)
        {
            return Usage("Give the folder for the screenshots.");
        }

        var notebooks = Path.GetFullPath(Path.Combine("docs", "notebooks"));
        if (!Directory.Exists(notebooks))
        {
            return Usage($"No folder {notebooks}: run from the repository root.");
        }

        if (!File.Exists(chromium))
        {
            return Usage($"No browser at {chromium}: apt-get install chromium, or give its path with --chromium.");
        }

        var screenshots = Directory.CreateDirectory(Path.GetFullPath(positional[0])).FullName;
        var charts = Directory.GetFiles(notebooks, "*.svg").Order(StringComparer.Ordinal).ToList();
        var renderings = Directory.GetFiles(notebooks, "*.md").Order(StringComparer.Ordinal).ToList();
        if (charts.Count == 0 || renderings.Count == 0)
        {
            Console.WriteLine($"FAIL: found {charts.Count} charts and {renderings.Count} renderings in docs/notebooks");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Root in a container has no user namespace for chromium's sandbox.
            Args = ["--no-sandbox"],
        });
        Console.WriteLine($"browser: {Path.GetFileName(chromium)} {browser.Version}");

        var failures = 0;
        var pages = Directory.CreateTempSubdirectory("kpi-browser-check-");
        try
        {
            foreach (var chart in charts)
            {
                failures += await CheckChart(browser, chart) ? 0 : 1;
            }

            foreach (var rendering in renderings)
            {
                failures += await CheckRendering(browser, rendering, pages.FullName, screenshots) ? 0 : 1;
            }
        }
        finally
        {
            pages.Delete(recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine($"{charts.Count} charts and {renderings.Count} notebook renderings checked in {clock.Elapsed.TotalSeconds:0.0} s: {failures} failed. Screenshots in {screenshots}.");
        return failures == 0 ? 0 : 1;
    }

    // A chart opened on its own: the SVG root has a size and every text lies inside it.
    private static async Task<bool> CheckChart(IBrowser browser, string path)
    {
        var name = $"docs/notebooks/{Path.GetFileName(path)}";
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const root = document.documentElement;
              const box = root.getBoundingClientRect();
              const texts = [...document.querySelectorAll('text')].map(t => {
                const b = t.getBoundingClientRect();
                return { text: t.textContent.trim(), left: b.left, top: b.top, right: b.right, bottom: b.bottom };
              });
              return { tag: root.localName, left: box.left, top: box.top, right: box.right, bottom: box.bottom, texts };
            }
            """);

        if (json.GetProperty("tag").GetString() != "svg")
        {
            problems.Add("the document is not an SVG");
        }

        var (left, top, right, bottom) = (json.GetProperty("left").GetDouble(), json.GetProperty("top").GetDouble(), json.GetProperty("right").GetDouble(), json.GetProperty("bottom").GetDouble());
        if (right - left <= 0 || bottom - top <= 0)
        {
            problems.Add($"empty bounding box {right - left:0.#} x {bottom - top:0.#}");
        }

        var texts = json.GetProperty("texts").EnumerateArray().ToList();
        if (texts.Count == 0)
        {
            problems.Add("no text (a chart has at least a title and axis labels)");
        }

        foreach (var text in texts)
        {
            var content = text.GetProperty("text").GetString() ?? string.Empty;
            var (l, t, r, b) = (text.GetProperty("left").GetDouble(), text.GetProperty("top").GetDouble(), text.GetProperty("right").GetDouble(), text.GetProperty("bottom").GetDouble());
            if (content.Length > 0 && (r - l <= 0 || b - t <= 0))
            {
                problems.Add($"text \"{content}\" is not drawn");
            }
            else if (l < left - Tolerance || t < top - Tolerance || r > right + Tolerance || b > bottom + Tolerance)
            {
                problems.Add($"text \"{content}\" ({l:0.#}, {t:0.#})-({r:0.#}, {b:0.#}) is outside the chart ({left:0.#}, {top:0.#})-({right:0.#}, {bottom:0.#})");
            }
        }

        return Report(name, problems, $"{right - left:0} x {bottom - top:0} px, {texts.Count} texts inside");
    }

    // A notebook rendering as a reader sees it: the Markdown in HTML, every chart image loaded with a size.
    private static async Task<bool> CheckRendering(IBrowser browser, string path, string pages, string screenshots)
    {
        var notebook = Path.GetFileNameWithoutExtension(path);
        var name = $"docs/notebooks/{Path.GetFileName(path)}";
        var markdown = await File.ReadAllTextAsync(path);
        var expectedImages = ImagePattern().Count(markdown);
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var directory = new Uri(Path.GetDirectoryName(path)! + Path.DirectorySeparatorChar).AbsoluteUri;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <base href="{WebUtility.HtmlEncode(directory)}">
            <title>{WebUtility.HtmlEncode(notebook)}</title>
            <style>body {"{"} font-family: "DejaVu Sans", sans-serif; max-width: 980px; margin: 24px auto; padding: 0 16px; {"}"} img {"{"} max-width: 100%; {"}"} pre {"{"} background: #f6f8fa; padding: 8px; overflow-x: auto; {"}"}</style>
            </head>
            <body>
            {Markdown.ToHtml(markdown, pipeline)}
            </body>
            </html>
            """;
        var file = Path.Combine(pages, $"{notebook}.html");
        await File.WriteAllTextAsync(file, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var images = await page.EvaluateAsync<JsonElement>("""
            () => [...document.images].map(i => {
              const b = i.getBoundingClientRect();
              return { src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0 && i.naturalHeight > 0, width: b.width, height: b.height };
            })
            """);
        var count = 0;
        foreach (var image in images.EnumerateArray())
        {
            count++;
            var source = image.GetProperty("src").GetString();
            if (!image.GetProperty("loaded").GetBoolean())
            {
                problems.Add($"image {source} did not load");
            }
            else if (image.GetProperty("width").GetDouble() <= 0 || image.GetProperty("height").GetDouble() <= 0)
            {
                problems.Add($"image {source} has an empty bounding box");
            }
        }

        if (count != expectedImages)
        {
            problems.Add($"the page shows {count} images, the Markdown has {expectedImages}");
        }

        var screenshot = Path.Combine(screenshots, $"{notebook}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        return Report(name, problems, $"{count} charts loaded, screenshot {Path.GetFileName(screenshot)}");
    }

    // Console errors, uncaught exceptions and failed requests of a page, as they happen.
    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"request {response.Url} answered {response.Status}");
            }
        };
        return problems;
    }

    private static bool Report(string name, List<string> problems, string success)
    {
        if (problems.Count == 0)
        {
            Console.WriteLine($"ok    {name}: {success}");
            return true;
        }

        Console.WriteLine($"FAIL  {name}");
        foreach (var problem in problems)
        {
            Console.WriteLine($"      {problem}");
        }

        return false;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("Usage: dotnet run --project docs/tooling/KpiFormulas.BrowserCheck -- <screenshot folder> [--chromium <path>]");
        return 2;
    }

    // A Markdown image: ![alt](file.svg)
    [GeneratedRegex(@"!\[[^\]]*\]\([^)\s]+\.svg\)")]
    private static partial Regex ImagePattern();
}
