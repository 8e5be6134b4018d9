using System.Text.Json.Serialization;
using Gateway.Upstreams.Worksection.Wire;

namespace Gateway.Upstreams.Worksection;

// AllowReadingFromString: PHP sends numbers as strings now and then ("client":"1", "rate":"20.5").
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WsEnvelope))]
[JsonSerializable(typeof(WsUserDto))]
[JsonSerializable(typeof(List<WsUserDto>))]
[JsonSerializable(typeof(WsContactDto))]
[JsonSerializable(typeof(List<WsContactDto>))]
[JsonSerializable(typeof(WsUserGroupDto))]
[JsonSerializable(typeof(List<WsUserGroupDto>))]
[JsonSerializable(typeof(WsContactGroupDto))]
[JsonSerializable(typeof(List<WsContactGroupDto>))]
internal sealed partial class WorksectionJsonContext : JsonSerializerContext;
