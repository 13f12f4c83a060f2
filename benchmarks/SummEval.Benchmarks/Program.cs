using BenchmarkDotNet.Running;

// Every [Benchmark] class in this assembly is discoverable: `dotnet run -c Release --project benchmarks/SummEval.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
