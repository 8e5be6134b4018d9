using Gateway.Bench;
using Gateway.Bench.Hosting;
using Gateway.Bench.Reporting;

// dotnet run -c Release --project bench/Gateway.Bench -- [--quick]
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
