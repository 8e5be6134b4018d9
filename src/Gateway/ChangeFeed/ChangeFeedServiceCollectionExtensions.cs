using Gateway.Graph.ChangeFeed;
using Gateway.ChangeFeed.Webhooks;
using GraphQL;
using Microsoft.Extensions.Options;
using Gateway.PersistedOperations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.ChangeFeed;

public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>
    /// Detection (the refresher, and a refresh after every mutation), the log (a Redis Stream when <c>Cache:Redis</c> is
    /// set, else in memory) and webhooks. Uses the Redis connection the persisted operations registered.
    /// </summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services, IConfiguration config)
    {
        if (string.IsNullOrWhiteSpace(config[PersistedOperationsServiceCollectionExtensions.RedisConnectionKey]))
        {
            services.TryAddSingleton<IChangeFeedLocks, InProcessLocks>();
            services.TryAddSingleton<IWebhookCursors, InMemoryWebhookCursors>();
        }
        else
        {
            services.RemoveAll<IChangeLog>();
            services.AddSingleton<IChangeLog, RedisChangeLog>();
            services.TryAddSingleton<IChangeFeedLocks, RedisLocks>();
            services.TryAddSingleton<IWebhookCursors, RedisWebhookCursors>();
        }
        services.AddSingleton<ChangeFeedRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeFeedRefresher>());
        services.AddGraphQL(graphQL => graphQL.AddDocumentListener<WriteRefreshListener>());

        services.AddOptions<WebhookOptions>().Bind(config.GetSection(ChangeFeedOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookDeliveryValidation>();
        services.AddSingleton<WebhookPayload>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}

/// <summary>Checks the nested delivery settings, which data annotations on the outer options do not reach.</summary>
internal sealed class WebhookDeliveryValidation : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        return System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            options.WebhookDelivery, new(options.WebhookDelivery), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.Select(r => "ChangeFeed:WebhookDelivery: " + r.ErrorMessage));
    }
}
