namespace Amuddu.Cli;

/// <summary>One command of the <c>amuddu</c> command line: exit code 0 on success, 1 on failure, 2 on bad usage.</summary>
public sealed record CliCommand(string Summary, Func<string[], TextWriter, TextWriter, Task<int>> Run);
