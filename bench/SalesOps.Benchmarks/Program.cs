using BenchmarkDotNet.Running;
using SalesOps.Benchmarks.Scale;
using SalesOps.Benchmarks.Walls;

// `scale [options]` runs the scale harness (generate, recompute, measure, report); `walls [options]` measures what an
// open wall display costs the server; anything else is BenchmarkDotNet's command line for the micro benchmarks in Micro/.
return args switch
{
    ["scale", .. var rest] => await ScaleCommand.RunAsync(rest),
    ["walls", .. var rest] => await WallsCommand.RunAsync(rest),
    _ => RunMicroBenchmarks(args),
};

static int RunMicroBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleCommand).Assembly).Run(args);
    return 0;
}
