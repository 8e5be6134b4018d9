using GraphQL;
using GraphQL.Types;
using Gateway.Graph.Authorization;
using Gateway.Graph.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Graph.Mutations;

/// <summary>
/// Declares one mutation in Hot Chocolate's conventions: <c>name(input: NameInput!): NamePayload!</c>, the payload
/// holding the changed objects and <c>errors: [NameError!]</c>, a union of the error types the mutation can return.
/// GraphQL.NET builds no such shapes itself, so this names and wires the three types.
/// </summary>
public sealed class MutationBuilder<TResult> where TResult : class
{
    private readonly ObjectGraphType _mutation;
    private readonly string _name;
    private readonly string _description;
    private readonly InputObjectGraphType _input;
    private readonly ObjectGraphType<MutationPayload<TResult>> _payload;
    private readonly UnionGraphType _errors;
    private Func<MutationInput, string?>? _target;

    public MutationBuilder(ObjectGraphType mutation, string name, string description)
    {
        _mutation = mutation;
        _name = name;
        _description = description;
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        _input = new InputObjectGraphType { Name = typeName + "Input", Description = $"The input of `{name}`." };
        _payload = new ObjectGraphType<MutationPayload<TResult>> { Name = typeName + "Payload", Description = $"The result of `{name}`." };
        _errors = new UnionGraphType { Name = typeName + "Error", Description = $"What can go wrong in `{name}`." };
    }

    public MutationBuilder<TResult> Input(Action<InputObjectGraphType> configure)
    {
        configure(_input);
        return this;
    }

    /// <summary>
    /// The payload's data fields; they resolve from the typed <see cref="MutationPayload{TResult}.Value"/> and see null on failure. They need
    /// <see cref="FieldScopes.Read"/> like the same data in a query, unless marked <see cref="FieldScopes.ReportsWrite"/>.
    /// </summary>
    public MutationBuilder<TResult> Payload(Action<ObjectGraphType<MutationPayload<TResult>>> configure)
    {
        configure(_payload);
        foreach (var field in _payload.Fields.Where(f => !f.HasMetadata(FieldScopes.MetadataKey)))
            field.WithMetadata(FieldScopes.MetadataKey, FieldScopes.Read);
        return this;
    }

    /// <summary>The error types of the <c>errors</c> union; <see cref="UpstreamErrorType"/> is always one of them.</summary>
    public MutationBuilder<TResult> Errors(params Type[] errorTypes)
    {
        foreach (var type in errorTypes.Append(typeof(UpstreamErrorType)).Distinct()) _errors.Type(type);
        return this;
    }

    /// <summary>
    /// What the mutation changes, as <see cref="WriteTargets"/> names it: concurrent mutations of one target run one
    /// after the other (<see cref="IWriteTargetLock"/>). Every mutation declares one.
    /// </summary>
    public MutationBuilder<TResult> SerializedPer(Func<MutationInput, string?> target)
    {
        _target = target;
        return this;
    }

    public void Resolve(Func<IResolveFieldContext, MutationInput, Task<MutationPayload<TResult>>> resolve)
    {
        var target = _target ?? throw new InvalidOperationException($"Mutation {_name} declares no write target; call SerializedPer.");
        _payload.Field("errors", new ListGraphType(new NonNullGraphType(_errors)))
            .Description("The reasons the mutation did nothing (or not all of it); null when it succeeded.")
            .Resolve(ctx => ctx.Source.Errors);
        _mutation.Field(_name, new NonNullGraphType(_payload))
            .Description(_description)
            .Arguments(new QueryArguments(new QueryArgument(new NonNullGraphType(_input)) { Name = "input", Description = $"What `{_name}` should do." }))
            .ResolveAsync(async ctx =>
            {
                var input = new MutationInput(ctx.GetArgument<Dictionary<string, object?>>("input"));
                if (target(input) is not { } name) return await resolve(ctx, input);
                await using (await ctx.RequestServices!.GetRequiredService<IWriteTargetLock>().AcquireAsync(name, ctx.CancellationToken))
                    return await resolve(ctx, input);
            });
    }
}
