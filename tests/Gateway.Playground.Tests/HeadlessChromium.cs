using Gateway.Testing;
using Microsoft.Playwright;

namespace Gateway.Playground.Tests;

/// <summary>Debian's Chromium driven by Playwright with a fresh profile; never downloads a browser.</summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    private readonly DirectoryInfo profile = Directory.CreateTempSubdirectory("playground-chromium-");
    private IPlaywright? playwright;

    public IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executablePath = ExternalProgram.Require("chromium", debianPackage: "chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new()
        {
            ExecutablePath = executablePath,
            Headless = true,
            ViewportSize = new() { Width = 1400, Height = 900 },
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        playwright?.Dispose();
        profile.Delete(recursive: true);
    }
}
