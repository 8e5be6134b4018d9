using GraphQL;
using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Tests.PersistedOperations.PersistedOperationsFixture;

namespace Gateway.Tests.PersistedOperations;

/// <summary>A persisted operation goes through the full set of validation rules once; ad-hoc text every time.</summary>
public sealed class ValidatedOnceTests(ValidatedOnceTests.CountingFixture gateway) : IClassFixture<ValidatedOnceTests.CountingFixture>
{
    [Fact]
    public async Task PersistedOperation_FullValidationOnlyOnItsFirstRun_TextEveryRun()
    {
        var id = "sha256:" + Gateway.PersistedOperations.OperationHash.Of(People);
        var counter = gateway.Factory.Services.GetRequiredService<FullValidationCounter>();

        for (var i = 0; i < 3; i++)
            (await gateway.PostAsync(new { documentId = id, variables = new { n = 1 } })).EnsureNoErrors();
        var afterPersisted = counter.Runs;
        for (var i = 0; i < 3; i++)
            (await gateway.PostAsync(new { query = People, variables = new { n = 1 } })).EnsureNoErrors();

        Assert.Equal(1, afterPersisted);
        Assert.Equal(4, counter.Runs);
    }

    /// <summary>Counts runs of a rule registered like the core rules, not for cached documents.</summary>
    public sealed class FullValidationCounter : ValidationRuleBase
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref _runs);
            return default;
        }
    }

    public sealed class CountingFixture : PersistedOperationsFixture
    {
        protected override bool OnlyAllow => false;

        protected override void ConfigureWebHost(IWebHostBuilder web) =>
            web.ConfigureServices(services => services.AddGraphQL(graphQL => graphQL.AddValidationRule<FullValidationCounter>()));
    }
}
