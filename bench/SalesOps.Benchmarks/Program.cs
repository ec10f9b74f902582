using BenchmarkDotNet.Running;
using SalesOps.Benchmarks.Scale;

// `scale [options]` runs the scale harness (generate, recompute, measure, report); anything else is BenchmarkDotNet's
// command line for the micro benchmarks in Micro/.
return args is ["scale", .. var rest]
    ? await ScaleCommand.RunAsync(rest)
    : RunMicroBenchmarks(args);

static int RunMicroBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleCommand).Assembly).Run(args);
    return 0;
}
