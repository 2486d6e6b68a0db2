using System.Text.Json.Serialization;

namespace Airspace.Storage.Postgres.Mapping;

/// <summary>SQLite keeps string lists as JSON array text; <see cref="StoreCopy"/> reads them with this.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StoreCopyJson : JsonSerializerContext;
