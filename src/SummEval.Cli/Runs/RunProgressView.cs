using System.Collections.Concurrent;
using System.Globalization;
using Spectre.Console;
using SummEval.Batches;
using SummEval.Runs;
using SummEval.Summarizers;
using SummEval.Text;

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

    /// <summary>A throttled summarizer's state in a few words: <c>concurrency 12 (auto), 95.3 req/s</c>.</summary>
    public static string Describe(Throughput throughput) => string.Create(
        CultureInfo.InvariantCulture,
        $"concurrency {throughput.Concurrency}{(throughput.Adaptive ? " (auto)" : string.Empty)}, {throughput.RequestsPerSecond:0.0} req/s");

    /// <summary>A remote batch in a few words: <c>batch batch_abc in_progress, 120/500 answered, 3 failed</c>.</summary>
    public static string Describe(BatchProgress progress) => string.Create(
        CultureInfo.InvariantCulture,
        $"batch {progress.BatchId} {progress.Status}, {progress.Completed}/{progress.Total} answered{(progress.Failed > 0 ? $", {progress.Failed} failed" : string.Empty)}");

    private sealed class PlainObserver : IRunObserver
    {
        private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, (string BatchId, string Status, int Quarter)> _batches = new(StringComparer.Ordinal);

        public void Planned(string summarizer, int total, int alreadyDone)
        {
            _counters[summarizer] = new Counter(total, alreadyDone);
            Console.Error.WriteLine(alreadyDone > 0
                ? F($"{summarizer}: {total - alreadyDone} of {Quantity.Of(total, "document")} to do ({alreadyDone} already stored)")
                : F($"{summarizer}: {Quantity.Of(total, "document")}"));
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
                    Console.Error.WriteLine(F($"{summarizer}: {counter.Done}/{counter.Total}{(counter.Failures > 0 ? $" ({counter.Failures} failed)" : string.Empty)}{(counter.Throughput is { } t ? ", " + Describe(t) : string.Empty)}"));
                }
            }
        }

        public void Throughput(string summarizer, Throughput throughput)
        {
            var counter = _counters[summarizer];
            lock (counter)
            {
                counter.Throughput = throughput;
            }
        }

        public void Batch(string summarizer, BatchProgress progress)
        {
            // A line per new status or quarter of the requests answered: a batch polled every 30 s for hours stays
            // quiet while nothing moves.
            var step = (progress.BatchId, progress.Status, Quarter: progress.Total == 0 ? 0 : Steps * progress.Completed / progress.Total);
            if (!_batches.TryGetValue(summarizer, out var last) || last != step)
            {
                _batches[summarizer] = step;
                Console.Error.WriteLine($"{summarizer}: {Describe(progress)}");
            }
        }

        private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private sealed class Counter(int total, int done)
        {
            public int Total { get; } = total;

            public int Done { get; set; } = done;

            public int Failures { get; set; }

            public Throughput? Throughput { get; set; }

            public int LastStep { get; set; } = total == 0 ? Steps : Steps * done / total;
        }
    }

    private sealed class LiveObserver(ProgressContext context) : IRunObserver
    {
        private readonly ConcurrentDictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Throughput> _throughputs = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, BatchProgress> _progress = new(StringComparer.Ordinal);

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
                _failures.AddOrUpdate(summarizer, 1, (_, n) => n + 1);
                Describe(summarizer, task);
            }
        }

        public void Throughput(string summarizer, Throughput throughput)
        {
            _throughputs[summarizer] = throughput;
            Describe(summarizer, _tasks[summarizer]);
        }

        public void Batch(string summarizer, BatchProgress progress)
        {
            _progress[summarizer] = progress;
            Describe(summarizer, _tasks[summarizer]);
        }

        private void Describe(string summarizer, ProgressTask task)
        {
            var text = Markup.Escape(summarizer);
            if (_throughputs.TryGetValue(summarizer, out var throughput))
            {
                text += $" [grey]{Markup.Escape(RunProgressView.Describe(throughput))}[/]";
            }

            if (_progress.TryGetValue(summarizer, out var batch))
            {
                text += $" [grey]{Markup.Escape(RunProgressView.Describe(batch))}[/]";
            }

            if (_failures.TryGetValue(summarizer, out var failures))
            {
                text += $" [red]({failures} failed)[/]";
            }

            task.Description = text;
        }
    }
}
