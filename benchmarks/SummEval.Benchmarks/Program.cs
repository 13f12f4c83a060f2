using BenchmarkDotNet.Running;
using SummEval.Benchmarks;

// `textrank-cv` runs the cross-validated choice of TextRank's settings (docs/extractive.md); anything else goes to
// BenchmarkDotNet, where every [Benchmark] class is discoverable: `-- --filter '*'`.
if (args.Length > 0 && args[0] == "textrank-cv")
{
    return TextRankCrossValidation.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
