using System.Text.Json.Serialization;
using Gateway.Upstreams.PeopleV3.Wire;

namespace Gateway.Upstreams.PeopleV3;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(V3PersonDto))]
[JsonSerializable(typeof(List<V3PersonDto>))]
[JsonSerializable(typeof(V3PersonInputDto))]
[JsonSerializable(typeof(List<V3GroupDto>))]
[JsonSerializable(typeof(List<V3RoleDto>))]
[JsonSerializable(typeof(List<V3LanguageDto>))]
[JsonSerializable(typeof(V3ErrorBody))]
internal sealed partial class PeopleV3JsonContext : JsonSerializerContext;
