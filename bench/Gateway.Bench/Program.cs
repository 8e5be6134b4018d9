using Gateway.Bench;
using Gateway.Bench.Hosting;
using Gateway.Bench.Reporting;

// dotnet run -c Release --project bench/Gateway.Bench -- [--quick]
// dotnet run -c Release --project bench/Gateway.Bench -- --hostile [--quick] [--only healthy|surge]
// dotnet run -c Release --project bench/Gateway.Bench -- --changefeed [--quick]
var settings = BenchSettings.From(args);
var outputs = BuiltOutputs.FromThisBuild();
if (outputs.Configuration != "Release")
    Console.WriteLine($"Warning: built in {outputs.Configuration}; figures are only meaningful with -c Release.");

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the finally blocks stop the processes this bench started.
    e.Cancel = true;
    cancel.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcess.KillAll();

try
{
    if (args.Contains("--changefeed"))
    {
        Console.WriteLine(await new Gateway.Bench.ChangeFeed.ChangeFeedRunner(outputs, settings, Console.Out).RunAsync(cancel.Token));
        return 0;
    }

    if (args.Contains("--hostile"))
    {
        var runs = await new Gateway.Bench.Hostile.HostileMixRunner(outputs, settings, Console.Out, OnlyRun(args)).RunAsync(cancel.Token);
        Console.WriteLine();
        Console.WriteLine(Gateway.Bench.Hostile.HostileReport.Render(runs));
        return 0;
    }

    var report = await new BenchRunner(outputs, settings, Console.Out).RunAsync(cancel.Token);
    Console.WriteLine();
    Console.WriteLine(MarkdownTable.Render(report));
    foreach (var path in ResultFiles.Write(report, outputs.ResultsDirectory))
        Console.WriteLine($"wrote {Path.GetRelativePath(outputs.RepositoryRoot, path)}");
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.WriteLine("Cancelled.");
    return 130;
}
finally
{
    ChildProcess.KillAll();
}

static string? OnlyRun(string[] args) => Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
