using System.Net.Http.Json;
using Gateway.Emulators.Faults;

namespace Gateway.Emulators;

/// <summary>Typed access to <c>/_emulator/</c>: stats, reset and faults. The HttpClient's BaseAddress is the emulator root.</summary>
public sealed class EmulatorControlClient(HttpClient http)
{
    /// <summary>The call counts since the last reset.</summary>
    public async Task<EmulatorStats> GetStatsAsync(CancellationToken ct = default) =>
        await http.GetFromJsonAsync<EmulatorStats>("_emulator/stats", ct)
        ?? throw new InvalidOperationException("The emulator answered an empty stats body.");

    /// <summary>Zeroes the counters and clears faults; with <paramref name="data"/> also restores the seed data.</summary>
    public async Task ResetAsync(bool data = false, CancellationToken ct = default)
    {
        using var response = await http.PostAsync(data ? "_emulator/reset?data=true" : "_emulator/reset", null, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Replaces the fault of one upstream (worksection, zoho or peoplev3).</summary>
    public async Task SetFaultAsync(string upstream, FaultSettings settings, CancellationToken ct = default)
    {
        using var response = await http.PutAsJsonAsync($"_emulator/faults/{upstream}", settings, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Removes the fault of one upstream.</summary>
    public async Task ClearFaultAsync(string upstream, CancellationToken ct = default)
    {
        using var response = await http.DeleteAsync($"_emulator/faults/{upstream}", ct);
        response.EnsureSuccessStatusCode();
    }
}
