using System.Globalization;
using Spectre.Console;
using SummEval.Datasets;

namespace SummEval.Cli.Data;

/// <summary>
/// Shows <see cref="DatasetPuller"/> progress: live bars on an interactive terminal, otherwise (CI, redirected
/// output) one plain stderr line per stage so logs stay readable.
/// </summary>
internal static class PullProgressView
{
    public static async Task<T> RunAsync<T>(Func<IProgress<PullProgress>, Task<T>> work)
    {
        var interactive = AnsiConsole.Profile.Capabilities.Interactive
            && !Console.IsErrorRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        if (!interactive)
        {
            return await work(new PlainProgress());
        }

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn())
            .StartAsync(async context =>
            {
                result = await work(new LiveProgress(context));
            });
        return result;
    }

    private sealed class PlainProgress : IProgress<PullProgress>
    {
        private readonly Dictionary<string, (string Stage, int Quarter)> _last = new(StringComparer.Ordinal);

        public void Report(PullProgress value)
        {
            var quarter = value.TotalBytes is > 0 ? (int)(4 * value.Bytes / value.TotalBytes.Value) : 0;
            if (_last.TryGetValue(value.File, out var last) && last.Stage == value.Stage && last.Quarter == quarter)
            {
                return;
            }

            _last[value.File] = (value.Stage, quarter);
            var size = value.TotalBytes is { } total
                ? string.Create(CultureInfo.InvariantCulture, $"{value.Bytes:N0} / {total:N0} bytes")
                : string.Create(CultureInfo.InvariantCulture, $"{value.Bytes:N0} bytes");
            Console.Error.WriteLine($"  {value.File}: {value.Stage} {size}");
        }
    }

    private sealed class LiveProgress(ProgressContext context) : IProgress<PullProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

        public void Report(PullProgress value)
        {
            if (!_tasks.TryGetValue(value.File, out var task))
            {
                task = context.AddTask(value.File, maxValue: value.TotalBytes ?? 1);
                _tasks[value.File] = task;
            }

            task.Description = $"{Markup.Escape(value.File)} {value.Stage}";
            if (value.TotalBytes is { } total && total > 0)
            {
                task.MaxValue = total;
            }

            task.Value = value.Stage == "done" ? task.MaxValue : Math.Min(value.Bytes, task.MaxValue);
        }
    }
}
