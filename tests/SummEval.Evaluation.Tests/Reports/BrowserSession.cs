using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit;

namespace SummEval.Evaluation.Tests.Reports;

/// <summary>A browser with every request other than the report itself recorded and aborted.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _problems = new();

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Requests => _requests;

    public IReadOnlyCollection<string> Problems => _problems;

    public static async Task<BrowserSession> OpenAsync(string htmlPath)
    {
        var executable = Chromium.ExecutablePath ?? throw new InvalidOperationException(Chromium.MissingMessage);
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Timeout = 60_000 });
        var context = await browser.NewContextAsync(new()
        {
            Offline = true,
            Locale = "zh-CN",
            ViewportSize = new() { Width = 1200, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var session = new BrowserSession(playwright, browser, page);
        await context.RouteAsync("**/*", route =>
        {
            if (route.Request.Url == url)
            {
                return route.ContinueAsync();
            }

            session._requests.Enqueue(route.Request.Url);
            return route.AbortAsync();
        });
        page.Request += (_, request) =>
        {
            if (request.Url != url)
            {
                session._requests.Enqueue(request.Url);
            }
        };
        page.PageError += (_, error) => session._problems.Enqueue("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                session._problems.Enqueue("console " + message.Type + ": " + message.Text);
            }
        };
        page.Dialog += (_, dialog) =>
        {
            session._problems.Enqueue("dialog: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        return session;
    }

    /// <summary>No request left the page, no script error, no dialog, no CSP violation was reported.</summary>
    public void AssertClean()
    {
        Assert.Empty(_requests);
        Assert.Empty(_problems);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
