namespace Airspace.Core.Sources;

/// <summary>Why <see cref="ISourceAdmin.AddAsync"/> saved nothing; <see cref="SourceAddResult.Detail"/> carries the specifics.</summary>
public enum SourceAddFailure
{
    /// <summary>A missing name, a bad kind, URL or interval; the detail is one sentence naming the field.</summary>
    Invalid,

    /// <summary>The name is a configured source's (<c>Airspace:Sources</c>); the detail is that name.</summary>
    ConfiguredName,

    /// <summary>A stored source has this name (case-insensitively) and replacing was not asked; the detail is its name.</summary>
    NameTaken,

    /// <summary>The host is a loopback, private or link-local address; the detail is its kind ("a loopback").</summary>
    RefusedAddress,

    /// <summary>The check found nothing readable at the URL; the detail says what was tried.</summary>
    NotFound,
}
