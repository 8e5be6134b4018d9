using System.Text.Json.Serialization;
using Gateway.Upstreams.ZohoProjects.Wire;

namespace Gateway.Upstreams.ZohoProjects;

// AllowReadingFromString: Zoho sends counts and rates as strings ("available_user_count":"1", "rate":"20.750").
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ZohoErrorBody))]
[JsonSerializable(typeof(ZohoUsersResponse))]
[JsonSerializable(typeof(ZohoProjectsResponse))]
[JsonSerializable(typeof(ZohoAvailableCountResponse))]
[JsonSerializable(typeof(ZohoMessageResponse))]
internal sealed partial class ZohoProjectsJsonContext : JsonSerializerContext;
