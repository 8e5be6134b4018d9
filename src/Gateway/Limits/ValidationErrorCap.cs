using System.Globalization;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Gateway.Limits;

/// <summary>
/// Keeps the first <see cref="QueryLimitsOptions.MaxValidationErrors"/> errors of a document that did not pass
/// validation and replaces the rest with one error that counts them: 2,000 repeated mistakes in a 30 KB request
/// gave 2,001 errors and a 393 KB answer.
/// </summary>
public sealed class ValidationErrorCap(IOptions<QueryLimitsOptions> options)
{
    public const string TooManyErrorsCode = "TOO_MANY_ERRORS";

    public ExecutionResult Apply(ExecutionResult result)
    {
        var max = options.Value.MaxValidationErrors;
        if (result.Executed || result.Errors is not { } errors || errors.Count <= max)
            return result;
        var omitted = errors.Count - max;
        var kept = new ExecutionErrors();
        kept.AddRange(errors.Take(max));
        kept.Add(new ExecutionError(string.Format(CultureInfo.InvariantCulture,
            "{0} more errors were left out of this answer; fix the ones above and send the document again to see what remains.", omitted))
        {
            Code = TooManyErrorsCode,
            Extensions = new Dictionary<string, object?> { ["omitted"] = omitted },
        });
        result.Errors = kept;
        return result;
    }
}
