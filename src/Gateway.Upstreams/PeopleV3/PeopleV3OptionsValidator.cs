using Gateway.Upstreams.Common;
using Microsoft.Extensions.Options;

namespace Gateway.Upstreams.PeopleV3;

internal sealed class PeopleV3OptionsValidator : IValidateOptions<PeopleV3Options>
{
    public ValidateOptionsResult Validate(string? name, PeopleV3Options options)
    {
        var failures = new List<string>();
        UpstreamOptionsChecks.RequireBaseUrl(failures, PeopleV3Options.SectionName, options.BaseUrl);
        UpstreamOptionsChecks.RequireText(failures, PeopleV3Options.SectionName, nameof(options.AccessToken), options.AccessToken);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
