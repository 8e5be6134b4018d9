using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Graph.Sources;
using Gateway.Upstreams.Common;

namespace Gateway.Graph.Provenance;

/// <summary>
/// resolvePersonConflict for a value field: in each chosen system, every record holding another value is written
/// through that system's <see cref="IProfileWriter"/>, when its contract has a call for the field (People v3 takes
/// names, title and language; Worksection and Zoho Projects cannot change them). A system whose records already agree
/// is ALREADY_DONE without a call. The active state goes through <see cref="Offboarding"/> or <see cref="Reactivation"/>.
/// </summary>
public sealed class ConflictResolution(IResolveFieldContext ctx, PersonReference reference, PersonField field, string? value, IReadOnlyList<UpstreamName> systems)
{
    public async Task<MutationPayload<CrossSystemOutcome>> RunAsync()
    {
        var people = await ctx.PeopleAsync();
        var person = reference.FindIn(people.Value);
        if (person is null)
        {
            return people.Failures.Count > 0
                ? MutationPayload.Failed(people.Failures[0])
                : MutationPayload.Failed(new UnknownPersonError($"No system knows '{reference.Given}'; nothing to resolve.", reference.Given));
        }

        var provenance = person.Provenance.Of(field);
        var target = value ?? provenance.Value;
        if (target is null)
        {
            return MutationPayload.Failed(new RequiredFieldError(
                $"No record holds a {PersonFields.Describe(field)} for this person; give `input.value` to say what it should be.", "input.value"));
        }

        var sources = ctx.Loader<SourceCatalog>();
        var results = new List<SystemResult>(systems.Count);
        foreach (var system in systems)
        {
            results.Add(people.FailureOf(system) is { } unreadable
                ? SystemResult.Failed(system, unreadable)
                : await ResolveInAsync(sources[system], provenance.Values.Where(v => v.Source == system).ToList(), target, person));
        }

        if (results.Any(r => r.Status == SystemStatus.Done)) ctx.PeopleChanged();
        return MutationPayload.Ok(new CrossSystemOutcome(person.Key, results));
    }

    private async Task<SystemResult> ResolveInAsync(ISource source, List<SourceValue> records, string target, Person person)
    {
        var system = source.Upstream;
        var what = PersonFields.Describe(field);
        if (records.Count == 0) return new SystemResult(system, SystemStatus.NotSupported, $"The person has no {system.DisplayName} account; onboardPerson creates one.");
        var differing = records.Where(r => r.Value is not null && !FieldValues.Agree(field, r.Value, target)).ToList();
        if (differing.Count == 0)
        {
            return records.All(r => r.Value is null)
                ? new SystemResult(system, SystemStatus.NotSupported, $"{system.DisplayName} holds no {what}.")
                : new SystemResult(system, SystemStatus.AlreadyDone, $"{system.DisplayName} already holds this {what}.");
        }

        if (source is not IProfileWriter writer)
            return new SystemResult(system, SystemStatus.NotSupported, $"The gateway has no call that changes the {what} in {system.DisplayName}; change it there.");
        if (writer.WriteRefusal(field) is { } refusal) return new SystemResult(system, SystemStatus.NotSupported, refusal);

        var written = 0;
        foreach (var record in differing)
        {
            var account = person.Accounts.First(a => a.Source == system && a.ExternalId == record.ExternalId);
            try
            {
                await writer.WriteAsync(account, field, target, ctx);
                written++;
            }
            catch (UpstreamException failure)
            {
                // Never retried: the caller sees what was written and what was not, and runs it again if they choose.
                return SystemResult.Failed(system, failure, written == 0
                    ? $"{system.DisplayName} refused the change of record {record.ExternalId}: {UpstreamError.From(failure).Message}"
                    : $"{written} of {differing.Count} {system.DisplayName} records changed; record {record.ExternalId} refused: {UpstreamError.From(failure).Message}");
            }
        }

        return new SystemResult(system, SystemStatus.Done, written == 1 ? "Record updated." : $"{written} records updated.");
    }
}
