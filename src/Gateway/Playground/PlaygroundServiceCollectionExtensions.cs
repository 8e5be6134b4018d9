namespace Gateway.Playground;

public static class PlaygroundServiceCollectionExtensions
{
    /// <summary>Binds <see cref="PlaygroundOptions"/>; the IDE defaults to on only in Development.</summary>
    public static IServiceCollection AddBananaCakePop(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<PlaygroundOptions>()
            .Bind(configuration.GetSection(PlaygroundOptions.SectionName))
            .PostConfigure(options => options.Enabled ??= environment.IsDevelopment());
        return services;
    }
}
