using GraphQL.Types;
using Gateway.Graph.DataLoading;

namespace Gateway.Graph.Sources;

public sealed class SourceAccountType : ObjectGraphType<SourceAccount>
{
    public SourceAccountType()
    {
        Name = "SourceAccount";
        Description = "One upstream record behind a merged person: where it lives, its id there, and what that system says.";
        Field<NonNullGraphType<SourceSystemType>>("source").Description("The upstream system holding this record.").Resolve(ctx => ctx.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("externalId").Description("The record's id in that system (not a gateway id).").Resolve(ctx => ctx.Source.ExternalId);
        Field<NonNullGraphType<StringGraphType>>("email").Description("The email exactly as that system stores it (case and spaces included).").Resolve(ctx => ctx.Source.Email);
        Field<StringGraphType>("title").Description("The job title that system holds, if any.").Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType>("role")
            .Description("The person's role in that system (for People v3, the role's name from its roles list).")
            // Role names wait for nothing but would otherwise wait for the people lists and every account before them.
            .Prefetches(ctx => ctx.Loader<SourceCatalog>().Of<IRoleNames>().Select(source => source.LoadRoleNames(ctx)).WhenAll())
            .Resolve(ctx => ctx.Source.RoleId is { } roleId
                ? ctx.Loader<SourceCatalog>().Get<IRoleNames>(ctx.Source.Source).LoadRoleNames(ctx).Then(roles => roles.GetValueOrDefault(roleId, roleId))
                : (object?)ctx.Source.Role);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("Whether that system considers the account active (People v3: not suspended).").Resolve(ctx => ctx.Source.Active);
    }
}
