using Amuddu.Linkage.Bench;

return await BenchProgram.RunAsync(args);
