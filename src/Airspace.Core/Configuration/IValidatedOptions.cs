namespace Airspace.Core.Configuration;

/// <summary>
/// An options class that states its own rules beside its defaults. Registered with
/// <see cref="ValidatedOptionsExtensions.AddValidatedOptions{TOptions}"/>, a bad value stops start-up with the sentence.
/// </summary>
public interface IValidatedOptions
{
    /// <summary>One sentence naming the offending key (e.g. <c>Airspace:Inbox:SettleTime must …</c>), or null when every value is usable.</summary>
    string? Validate();
}
