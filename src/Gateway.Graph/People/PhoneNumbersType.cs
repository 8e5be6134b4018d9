using GraphQL.Types;

namespace Gateway.Graph.People;

public sealed class PhoneNumbersType : ObjectGraphType<PhoneNumbers>
{
    public PhoneNumbersType()
    {
        Name = "PhoneNumbers";
        Description = "Phone numbers as Worksection names them (phone, phone2, phone3, phone4).";
        Field<StringGraphType>("main").Description("Main phone number.").Resolve(ctx => ctx.Source.Main);
        Field<StringGraphType>("office").Description("Office phone number.").Resolve(ctx => ctx.Source.Office);
        Field<StringGraphType>("mobile").Description("Mobile phone number.").Resolve(ctx => ctx.Source.Mobile);
        Field<StringGraphType>("home").Description("Home phone number.").Resolve(ctx => ctx.Source.Home);
    }
}
