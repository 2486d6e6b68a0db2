Console.WriteLine("Benchmarks: see issue 6.");
