using Gateway.Upstreams.Common;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.Worksection;

internal sealed class WorksectionOptionsValidator : IValidateOptions<WorksectionOptions>
{
    public ValidateOptionsResult Validate(string? name, WorksectionOptions options)
    {
        var failures = new List<string>();
        UpstreamOptionsChecks.RequireBaseUrl(failures, WorksectionOptions.SectionName, options.BaseUrl);
        UpstreamOptionsChecks.RequireText(failures, WorksectionOptions.SectionName, nameof(options.ApiKey), options.ApiKey);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
