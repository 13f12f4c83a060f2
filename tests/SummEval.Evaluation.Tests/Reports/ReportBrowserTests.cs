using Microsoft.Playwright;
using SummEval.Reports.Html;
using Xunit;
using Xunit.Abstractions;

namespace SummEval.Evaluation.Tests.Reports;

/// <summary>
/// Opens report.html in a real headless Chromium (Debian's, through Playwright with its executable path set, so
/// no browser is downloaded) with all network blocked, and checks what a person would see.
/// </summary>
public class ReportBrowserTests(ITestOutputHelper output)
{
    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "report-browser");

    [ChromiumFact]
    public async Task Page_shows_table_charts_and_drill_down_offline()
    {
        var path = Path.Combine(OutputFolder, "small.html");
        HtmlReportWriter.Write(path, ReportSamples.Small());

        await using var session = await BrowserSession.OpenAsync(path);
        var page = session.Page;

        var rows = page.Locator("#leaderboard-table tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        Assert.Contains("textrank:similarity=bm25", await rows.Nth(0).InnerTextAsync());
        Assert.Contains("oracle", await rows.Nth(2).InnerTextAsync());

        Assert.Equal(1, await page.Locator("svg.rouge-chart").CountAsync());
        Assert.Equal(9, await page.Locator("svg.rouge-chart g.bar rect").CountAsync() - 3);
        Assert.Equal(3, await page.Locator("svg.histogram").CountAsync());
        Assert.Equal(3, await page.Locator("svg.histogram line.budget").CountAsync());
        var chart = await page.Locator("svg.rouge-chart").BoundingBoxAsync();
        Assert.True(chart is { Width: > 300, Height: > 100 }, "the ROUGE chart is laid out with a visible size");

        // Drill-down: the first document is shown at load; pick another, then filter by Chinese text.
        Assert.Equal(3, await page.Locator("#doc-list option").CountAsync());
        await page.Locator("#doc-list").SelectOptionAsync("1");
        var view = page.Locator("#doc-view");
        Assert.Contains("csl-0002", await view.InnerTextAsync());
        Assert.Contains("failed: timeout after 30 s", await view.InnerTextAsync());
        Assert.DoesNotContain(ReportSamples.ChineseSummary, await view.InnerTextAsync());

        await page.Locator("#doc-search").FillAsync("深度学习");
        Assert.Equal(1, await page.Locator("#doc-list option").CountAsync());
        Assert.Contains(ReportSamples.ChineseSummary, await view.InnerTextAsync());
        Assert.Equal("1 of 3 documents", await page.Locator("#doc-count").InnerTextAsync());

        // Sorting: the second click on a column sorts ascending; oracles stay below the ranked rows.
        var header = page.Locator("#leaderboard-table th", new() { HasText = "ROUGE-1 F1" });
        await header.ClickAsync();
        await header.ClickAsync();
        Assert.Contains("lead-1", await rows.Nth(0).InnerTextAsync());
        Assert.Contains("textrank", await rows.Nth(1).InnerTextAsync());
        Assert.Contains("oracle-lcs", await rows.Nth(2).InnerTextAsync());

        var screenshot = Path.Combine(OutputFolder, "report.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        var size = new FileInfo(screenshot).Length;
        output.WriteLine($"screenshot: {screenshot} ({size} bytes)");
        Assert.True(size > 40_000, $"screenshot is only {size} bytes: the page did not render");

        session.AssertClean();
    }

    [ChromiumFact]
    public async Task Hostile_text_is_shown_not_run()
    {
        var path = Path.Combine(OutputFolder, "hostile.html");
        HtmlReportWriter.Write(path, ReportSamples.HostileModel());

        await using var session = await BrowserSession.OpenAsync(path);
        var page = session.Page;

        Assert.Equal(2, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Contains(ReportSamples.Hostile, await page.Locator("#doc-view .source").InnerTextAsync());
        Assert.Contains(ReportSamples.Hostile, await page.Locator("#leaderboard-table tbody").InnerTextAsync());
        Assert.Contains(ReportSamples.Hostile, await page.TitleAsync());
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task Thousand_documents_load_and_filter()
    {
        var path = Path.Combine(OutputFolder, "large.html");
        HtmlReportWriter.Write(path, ReportSamples.Large(1000, 8));
        output.WriteLine($"large report: {new FileInfo(path).Length} bytes");

        await using var session = await BrowserSession.OpenAsync(path);
        var page = session.Page;

        Assert.Equal(1000, await page.Locator("#doc-list option").CountAsync());
        Assert.Equal(8, await page.Locator("svg.histogram").CountAsync());
        await page.Locator("#doc-list").SelectOptionAsync("999");
        Assert.Contains("csl-00999", await page.Locator("#doc-view h3").InnerTextAsync());
        Assert.Equal(8, await page.Locator("#doc-view table.summaries tr").CountAsync() - 1);

        await page.Locator("#doc-search").FillAsync("csl-0099");
        Assert.Equal(10, await page.Locator("#doc-list option").CountAsync());
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task Network_guard_sees_a_planted_resource_reference()
    {
        // Proves the offline checks above can fail: the same page with one remote image must not pass.
        var path = Path.Combine(OutputFolder, "planted.html");
        var html = HtmlReportWriter.Render(ReportSamples.Small())
            .Replace("<h1>", "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\"><h1>", StringComparison.Ordinal);
        Directory.CreateDirectory(OutputFolder);
        await File.WriteAllTextAsync(path, html);

        await using var session = await BrowserSession.OpenAsync(path);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(session.AssertClean);
        var seen = session.Requests.Concat(session.Problems).ToList();
        output.WriteLine(string.Join("\n", seen));
        Assert.Contains(seen, s => s.Contains("127.0.0.1:9/pixel.png", StringComparison.Ordinal));
    }
}
