using System.Text.Json.Serialization;
using Gateway.Upstreams.Worksection.Wire;

namespace Gateway.Upstreams.Worksection;

// AllowReadingFromString: PHP sends numbers as strings now and then ("client":"1", "rate":"20.5").
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WsEnvelope))]
[JsonSerializable(typeof(WsEnvelope<WsUserDto>))]
[JsonSerializable(typeof(WsEnvelope<List<WsUserDto>>))]
[JsonSerializable(typeof(WsEnvelope<WsContactDto>))]
[JsonSerializable(typeof(WsEnvelope<List<WsContactDto>>))]
[JsonSerializable(typeof(WsEnvelope<WsUserGroupDto>))]
[JsonSerializable(typeof(WsEnvelope<List<WsUserGroupDto>>))]
[JsonSerializable(typeof(WsEnvelope<WsContactGroupDto>))]
[JsonSerializable(typeof(WsEnvelope<List<WsContactGroupDto>>))]
internal sealed partial class WorksectionJsonContext : JsonSerializerContext;
