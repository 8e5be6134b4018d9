namespace Gateway.Upstreams.Worksection.Wire;

/// <summary>A <c>get_contacts</c>/<c>add_contact</c> item: the shared person fields only.</summary>
internal sealed class WsContactDto : WsPersonFieldsDto;
