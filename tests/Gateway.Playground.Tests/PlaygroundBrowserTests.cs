using Gateway.Emulators.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gateway.Playground.Tests;

/// <summary>A person opens /graphql in Chromium and uses the IDE against the running gateway.</summary>
public sealed class PlaygroundBrowserTests(KestrelGateway gateway) : IClassFixture<KestrelGateway>, IAsyncLifetime
{
    // people(first: 3) alone lists others first (the connection sorts by email); the filter pins the anchor person.
    private const string Query =
        "{ people(first: 3, where: { email: { eq: \"" + EmulatorSeed.AnchorEmail + "\" } }) { nodes { email displayName title } } }";
    private const string ExpectedInResult = EmulatorSeed.AnchorEmail;

    // Loading a bundle of ~12 MB and introspecting the schema on a busy 2-core machine; waits, not assertions on time.
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 60_000 };

    private readonly HeadlessChromium chromium = new();

    public Task InitializeAsync() => chromium.InitializeAsync();

    public Task DisposeAsync() => chromium.DisposeAsync();

    [Fact]
    public async Task OpenGraphQLPath_IdeLoadsConnectedToGateway()
    {
        var page = await chromium.Context.NewPageAsync();
        var configResponse = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql/bcp-config.json", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(gateway.BaseAddress, "/graphql").ToString());
        await CreateDocumentAsync(page);

        var config = await (await configResponse).JsonAsync();
        Assert.Equal(new Uri(gateway.BaseAddress, "/graphql").ToString(), config?.GetProperty("endpoint").GetString());
        Assert.Equal(new Uri(gateway.BaseAddress, "/graphql/").ToString(), page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Request", Exact = true })).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Response", Exact = true })).ToBeVisibleAsync(Visible);
        // The connection button carries the endpoint the IDE sends operations to.
        await Expect(page.GetByLabel(new Uri(gateway.BaseAddress, "/graphql").ToString(), new() { Exact = true })).ToBeVisibleAsync(Visible);
        await SaveScreenshotAsync(page, "playground-loaded.png");
    }

    [Fact]
    public async Task RunQueryInIde_ResultPaneShowsData()
    {
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(new Uri(gateway.BaseAddress, "/graphql").ToString());
        await CreateDocumentAsync(page);
        await Expect(page.GetByText("Schema available", new() { Exact = true })).ToBeVisibleAsync(Visible);

        var editor = page.Locator(".monaco-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        // Inserting the whole text at once avoids Monaco's auto-closing of braces.
        await page.Keyboard.InsertTextAsync(Query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Format Document" }).ClickAsync();
        // The IDE analyses the document after a pause and offers a Run lens over each operation it found;
        // running before that sends the previous text.
        var runLens = page.Locator(".codelens-decoration").GetByRole(AriaRole.Button, new() { Name = "Run" });
        await Expect(runLens).ToBeVisibleAsync(Visible);
        await runLens.ClickAsync();

        var responsePane = page.Locator("div", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Response", Exact = true }) })
            .Filter(new() { Has = page.Locator(".monaco-editor") })
            .Last;
        await Expect(responsePane.Locator(".view-lines")).ToContainTextAsync(ExpectedInResult, new() { Timeout = 60_000 });
        TestArtifacts.CopyToDocs(await SaveScreenshotAsync(page, "playground.png"));

        // Typing character by character lets Monaco offer the schema's fields.
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("{ peo");
        // Exact: peopleV3Roles and peopleV3Languages are suggested too.
        await Expect(page.Locator(".suggest-widget").GetByText("people", new() { Exact = true })).ToBeVisibleAsync(Visible);
    }

    [Fact]
    public async Task RunSubscriptionInIde_AnEventArrivesInTheResultPane()
    {
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(new Uri(gateway.BaseAddress, "/graphql").ToString());
        await CreateDocumentAsync(page);
        await Expect(page.GetByText("Schema available", new() { Exact = true })).ToBeVisibleAsync(Visible);
        var socket = page.WaitForWebSocketAsync(new() { Timeout = 60_000 });

        await RunInEditorAsync(page, "subscription { personChanged(where: { kind: { eq: PERSON_UPDATED } }) { kind person { email title } } }");
        await socket;
        // A write through the gateway is an event at once (no wait for the next poll).
        var title = "Playground " + Guid.NewGuid().ToString("N")[..8];
        await UpdateAnchorTitleAsync(title);

        await Expect(ResponsePane(page).Locator(".view-lines")).ToContainTextAsync(title, new() { Timeout = 60_000 });
        await SaveScreenshotAsync(page, "playground-subscription.png");
    }

    private async Task UpdateAnchorTitleAsync(string title)
    {
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
        var query = await PostAsync(http, "{ personByEmail(email: \"" + EmulatorSeed.AnchorEmail + "\") { id } }", null);
        var id = query.GetProperty("data").GetProperty("personByEmail").GetProperty("id").GetString();
        var written = await PostAsync(http, "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { errors { __typename } } }",
            new { input = new { id, title } });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, written.GetProperty("data").GetProperty("updatePerson").GetProperty("errors").ValueKind);
    }

    private static async Task<System.Text.Json.JsonElement> PostAsync(HttpClient http, string query, object? variables)
    {
        using var response = await http.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query, variables }));
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task RunInEditorAsync(IPage page, string document)
    {
        var editor = page.Locator(".monaco-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(document);
        await page.GetByRole(AriaRole.Button, new() { Name = "Format Document" }).ClickAsync();
        var runLens = page.Locator(".codelens-decoration").GetByRole(AriaRole.Button, new() { Name = "Run" });
        await Expect(runLens).ToBeVisibleAsync(Visible);
        await runLens.ClickAsync();
    }

    private static ILocator ResponsePane(IPage page) =>
        page.Locator("div", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Response", Exact = true }) })
            .Filter(new() { Has = page.Locator(".monaco-editor") })
            .Last;

    private static async Task CreateDocumentAsync(IPage page)
    {
        var create = page.GetByText("Create Document", new() { Exact = true });
        await Expect(create).ToBeVisibleAsync(Visible);
        await create.ClickAsync();
    }

    private static async Task<string> SaveScreenshotAsync(IPage page, string fileName)
    {
        var path = Path.Combine(TestArtifacts.Directory, fileName);
        await page.ScreenshotAsync(new() { Path = path });
        return path;
    }
}
