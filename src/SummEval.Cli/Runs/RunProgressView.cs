using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;
using SummEval.Runs;

namespace SummEval.Cli.Runs;

/// <summary>
/// Shows a run's progress on stderr: one live Spectre bar per summarizer on an interactive terminal, otherwise (CI,
/// redirected output) plain lines at every quarter of the documents and for the first failures of each summarizer.
/// </summary>
internal static class RunProgressView
{
    private const int FailuresShown = 3;

    // Plain logs report each quarter of the documents: enough to see a run move, few enough to read.
    private const int Steps = 4;

    /// <summary>True when live bars can be drawn: stderr is a terminal and <c>CI</c> is not set.</summary>
    public static bool Interactive =>
        AnsiConsole.Profile.Capabilities.Interactive
        && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Runs <paramref name="work"/> with an observer that draws its progress.</summary>
    public static async Task RunAsync(Func<IRunObserver, Task> work)
    {
        if (!Interactive)
        {
            await work(new PlainObserver()).ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new LiveObserver(context)))
            .ConfigureAwait(false);
    }

    private sealed class PlainObserver : IRunObserver
    {
        private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

        public void Planned(string summarizer, int total, int alreadyDone)
        {
            _counters[summarizer] = new Counter(total, alreadyDone);
            Console.Error.WriteLine(alreadyDone > 0
                ? F($"{summarizer}: {total - alreadyDone} of {total} documents to do ({alreadyDone} already stored)")
                : F($"{summarizer}: {total} documents"));
        }

        public void Completed(string summarizer, string documentId, string? failure)
        {
            var counter = _counters[summarizer];
            lock (counter)
            {
                counter.Done++;
                if (failure is not null && ++counter.Failures <= FailuresShown)
                {
                    Console.Error.WriteLine($"{summarizer}: document '{documentId}' failed: {failure}");
                }

                var step = counter.Total == 0 ? Steps : Steps * counter.Done / counter.Total;
                if (step > counter.LastStep)
                {
                    counter.LastStep = step;
                    Console.Error.WriteLine(F($"{summarizer}: {counter.Done}/{counter.Total}{(counter.Failures > 0 ? $" ({counter.Failures} failed)" : string.Empty)}"));
                }
            }
        }

        private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private sealed class Counter(int total, int done)
        {
            public int Total { get; } = total;

            public int Done { get; set; } = done;

            public int Failures { get; set; }

            public int LastStep { get; set; } = total == 0 ? Steps : Steps * done / total;
        }
    }

    private sealed class LiveObserver(ProgressContext context) : IRunObserver
    {
        private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

        public void Planned(string summarizer, int total, int alreadyDone)
        {
            var task = context.AddTask(Markup.Escape(summarizer), maxValue: Math.Max(total, 1));
            task.Value = total == 0 ? 1 : alreadyDone;
            _tasks[summarizer] = task;
        }

        public void Completed(string summarizer, string documentId, string? failure)
        {
            var task = _tasks[summarizer];
            task.Increment(1);
            if (failure is not null)
            {
                var failures = _failures.AddOrUpdate(summarizer, 1, (_, n) => n + 1);
                task.Description = $"{Markup.Escape(summarizer)} [red]({failures} failed)[/]";
            }
        }
    }
}
