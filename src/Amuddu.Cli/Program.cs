using Amuddu.Cli;

// The `amuddu` command line: `amuddu --help`, `amuddu <command> --help`.
return await AmudduCommandLine.RunAsync(args, Console.Out, Console.Error);
