using Airspace.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Airspace.Telegram;

/// <summary>Runs <see cref="TelegramOptions.Validate"/> at start-up, and checks that webhook mode has the HTTP listener it needs.</summary>
internal sealed class TelegramOptionsValidator(IConfiguration configuration) : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var error = options.Validate();
        if (error is null && options.Mode == TelegramMode.Webhook && string.IsNullOrWhiteSpace(configuration["Airspace:Http:Urls"]))
        {
            error = "Airspace:Telegram:Mode is Webhook, so Airspace:Http:Urls must be set for the webhook endpoint to listen on.";
        }

        error ??= PlainHttp.Refusal(TelegramOptions.SectionName + ":ApiBaseUrl", new Uri(options.ApiBaseUrl), options.AllowInsecureHttp);

        return error is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(error);
    }
}
