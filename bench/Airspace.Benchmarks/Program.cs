using Airspace.Benchmarks;

return await BenchmarkCommands.RunAsync(args);
