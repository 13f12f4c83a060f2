using BenchmarkDotNet.Running;
using SummEval.Benchmarks;
using SummEval.Benchmarks.Growth;

// `textrank-cv` runs the cross-validated choice of TextRank's settings (docs/extractive.md), `growth` the run/merge
// scale measurement (docs/runs.md); anything else goes to
// BenchmarkDotNet, where every [Benchmark] class is discoverable: `-- --filter '*'`.
if (args.Length > 0 && args[0] == "textrank-cv")
{
    return TextRankCrossValidation.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "growth")
{
    return GrowthBenchmark.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
