using System.Globalization;
using GraphQL;
using Gateway.Graph.DataLoading;
using Gateway.Graph.Errors;
using Gateway.Graph.Mutations;
using Gateway.Graph.People;
using Gateway.Upstreams.Common;
using Gateway.Upstreams.PeopleV3;

namespace Gateway.Graph.Provenance;

/// <summary>
/// resolvePersonConflict for a value field: writes the value to each chosen system whose contract has a call for it,
/// one write per record that holds another value. People v3 takes names, title and language (<c>PUT v3/people/{id}</c>);
/// Worksection's admin API v2 has no call that changes a user, and Zoho's portal users API changes only the state.
/// A system whose records already agree is ALREADY_DONE without a call. The active state goes through
/// <see cref="Offboarding"/> or <see cref="Reactivation"/> instead.
/// </summary>
public sealed class ConflictResolution(IResolveFieldContext ctx, PersonReference reference, PersonField field, string? value, IReadOnlyList<UpstreamName> systems)
{
    /// <summary>The fields People v3's <c>PUT</c> can write.</summary>
    public static bool IsWritable(PersonField field) =>
        field is PersonField.FirstName or PersonField.LastName or PersonField.Title or PersonField.Language;

    public async Task<MutationPayload> RunAsync()
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
                $"No record holds a {field} for this person; give `input.value` to say what it should be.", "input.value"));
        }

        var results = new List<SystemResult>(systems.Count);
        foreach (var system in systems)
        {
            results.Add(people.FailureOf(system) is { } unreadable
                ? SystemResult.Failed(system, unreadable)
                : await ResolveInAsync(system, provenance.Values.Where(v => v.Source == system).ToList(), target, person));
        }

        if (results.Any(r => r.Status == SystemStatus.Done)) ctx.PeopleChanged();
        return MutationPayload.Ok(new CrossSystemOutcome(person.Key, results));
    }

    private async Task<SystemResult> ResolveInAsync(UpstreamName system, List<SourceValue> records, string target, Person person)
    {
        if (records.Count == 0) return new SystemResult(system, SystemStatus.NotSupported, $"The person has no {system.DisplayName} account; onboardPerson creates one.");
        var differing = records.Where(r => r.Value is not null && !FieldValues.Agree(field, r.Value, target)).ToList();
        if (differing.Count == 0)
        {
            return records.All(r => r.Value is null)
                ? new SystemResult(system, SystemStatus.NotSupported, $"{system.DisplayName} holds no {Names.Of(field)}.")
                : new SystemResult(system, SystemStatus.AlreadyDone, $"{system.DisplayName} already holds this {Names.Of(field)}.");
        }

        if (system != UpstreamName.PeopleV3 || !IsWritable(field))
            return new SystemResult(system, SystemStatus.NotSupported, Names.NoWriteCall(system, field));

        var v3 = ctx.Loader<PeopleV3Client>();
        var written = 0;
        foreach (var record in differing)
        {
            var email = person.Accounts.First(a => a.Source == system && a.ExternalId == record.ExternalId).Email;
            try
            {
                await v3.UpdatePersonAsync(long.Parse(record.ExternalId, CultureInfo.InvariantCulture), Input(email, target), ctx.CancellationToken);
                written++;
            }
            catch (UpstreamException failure)
            {
                // Never retried: the caller sees what was written and what was not, and runs it again if they choose.
                return SystemResult.Failed(system, failure, written == 0
                    ? $"People v3 refused the change of record {record.ExternalId}: {UpstreamError.From(failure).Message}"
                    : $"{written} of {differing.Count} People v3 records changed; record {record.ExternalId} refused: {UpstreamError.From(failure).Message}");
            }
        }

        return new SystemResult(system, SystemStatus.Done, written == 1 ? "Record updated." : $"{written} records updated.");
    }

    private PeopleV3PersonInput Input(string email, string target) => field switch
    {
        PersonField.FirstName => new(email, FirstName: target),
        PersonField.LastName => new(email, LastName: target),
        PersonField.Title => new(email, Title: target),
        PersonField.Language => new(email, Language: target),
        _ => throw new InvalidOperationException($"People v3 cannot write {field}."),
    };

    private static class Names
    {
        // What each system's contract lacks, in words. An upstream added later is not written to until a write is built for it.
        private static readonly Dictionary<UpstreamName, string> NoCall = new()
        {
            [UpstreamName.Worksection] = "The Worksection admin API v2 has no call to change an account user's {0}; change it in Worksection itself.",
            [UpstreamName.ZohoProjects] = "The Zoho Projects users API changes only a portal user's state, not their {0}; change it in Zoho itself.",
            [UpstreamName.PeopleV3] = "People v3's PUT v3/people/{{id}} does not write the {0}; change it in People v3 itself.",
        };

        public static string Of(PersonField field) => field switch
        {
            PersonField.TimezoneOffsetHours => "time zone",
            PersonField.AvatarUrl => "avatar",
            PersonField.CreatedAt => "creation time",
            PersonField.FirstName => "first name",
            PersonField.LastName => "last name",
            PersonField.DisplayName => "display name",
            _ => field.ToString().ToLowerInvariant(),
        };

        public static string NoWriteCall(UpstreamName system, PersonField field) =>
            NoCall.TryGetValue(system, out var reason)
                ? string.Format(CultureInfo.InvariantCulture, reason, Of(field))
                : $"The gateway has no call that changes the {Of(field)} in {system.DisplayName}; change it there.";
    }
}
