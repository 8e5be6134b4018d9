using Gateway.Upstreams.Common;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.ZohoProjects;

internal sealed class ZohoProjectsOptionsValidator : IValidateOptions<ZohoProjectsOptions>
{
    public ValidateOptionsResult Validate(string? name, ZohoProjectsOptions options)
    {
        var failures = new List<string>();
        UpstreamOptionsChecks.RequireBaseUrl(failures, ZohoProjectsOptions.SectionName, options.BaseUrl);
        UpstreamOptionsChecks.RequireText(failures, ZohoProjectsOptions.SectionName, nameof(options.PortalId), options.PortalId);
        UpstreamOptionsChecks.RequireText(failures, ZohoProjectsOptions.SectionName, nameof(options.AccessToken), options.AccessToken);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
