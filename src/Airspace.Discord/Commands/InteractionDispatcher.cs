namespace Airspace.Discord.Commands;

/// <summary>
/// Answers one interaction, from the gateway or the HTTP endpoint alike, within Discord's 3-second deadline: work that
/// finishes within <see cref="DiscordOptions.DeferAfter"/> is answered directly; slower work is deferred ("thinking…")
/// and its answer replaces the deferred message through the interaction webhook, which stays valid for 15 minutes.
/// </summary>
internal sealed class InteractionDispatcher(
    InteractionDeduplicator deduplicator,
    SlashCommandHandler commands,
    AutocompleteHandler autocomplete,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    IOptions<ChatLanguageOptions> chat,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger)
{
    /// <summary>Autocomplete has no deferred form: suggestions not ready by then are dropped.</summary>
    public static readonly TimeSpan AutocompleteBudget = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(Interaction interaction, IInteractionCallback callback, CancellationToken ct)
    {
        if (!deduplicator.TryBegin(interaction.Id))
        {
            DiscordLog.DuplicateInteraction(logger, interaction.Id);
            return;
        }

        DiscordLog.InteractionReceived(logger, interaction.Id, interaction.Type, interaction.Data?.Name ?? interaction.Data?.CustomId ?? "");
        switch (interaction.Type)
        {
            case Interaction.Ping:
                await callback.RespondAsync(new InteractionResponse(InteractionResponse.Pong), ct).ConfigureAwait(false);
                break;
            case Interaction.ApplicationCommand:
                await RespondAsync(interaction, callback, component: false, c => commands.HandleCommandAsync(interaction, c), ct).ConfigureAwait(false);
                break;
            case Interaction.MessageComponent:
                await RespondAsync(interaction, callback, component: true, c => commands.HandleButtonAsync(interaction, c), ct).ConfigureAwait(false);
                break;
            case Interaction.Autocomplete:
                await AutocompleteAsync(interaction, callback, ct).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// The first response that needs no work: a deferral (a command's "thinking…", a button's silent update), empty
    /// autocomplete suggestions, or PONG. Sent at once when the interaction must wait for a turn.
    /// </summary>
    public static InteractionResponse Acknowledgement(Interaction interaction) => interaction.Type switch
    {
        Interaction.Ping => new InteractionResponse(InteractionResponse.Pong),
        Interaction.MessageComponent => new InteractionResponse(InteractionResponse.DeferredUpdateMessage),
        Interaction.Autocomplete => new InteractionResponse(InteractionResponse.AutocompleteResult, new AutocompleteData([])),
        _ => new InteractionResponse(InteractionResponse.DeferredChannelMessage),
    };

    private async Task RespondAsync(Interaction interaction, IInteractionCallback callback, bool component, Func<CancellationToken, Task<InteractionReply>> produce, CancellationToken ct)
    {
        if (callback.Deferred)
        {
            // Acknowledged already (the endpoint or the queue deferred it): the answer can only follow.
            await FollowUpAsync(interaction, component, await ProduceSafelyAsync(interaction, produce, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
            return;
        }

        var work = ProduceSafelyAsync(interaction, produce, ct);
        using var deferral = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var deadline = Task.Delay(options.Value.DeferAfter, time, deferral.Token);
        if (await Task.WhenAny(work, deadline).ConfigureAwait(false) == work)
        {
            await deferral.CancelAsync().ConfigureAwait(false);
            var reply = await work.ConfigureAwait(false);
            var type = reply.UpdatesMessage ? InteractionResponse.UpdateMessage : InteractionResponse.ChannelMessage;
            if (!await callback.RespondAsync(new InteractionResponse(type, reply.Message), ct).ConfigureAwait(false) && callback.Deferred)
            {
                // The endpoint ran out of patience a moment earlier and deferred: the answer follows instead.
                await FollowUpAsync(interaction, component, reply, ct).ConfigureAwait(false);
            }

            return;
        }

        DiscordLog.InteractionDeferred(logger, interaction.Id);
        if (!await callback.RespondAsync(Acknowledgement(interaction), ct).ConfigureAwait(false) && !callback.Deferred)
        {
            return;
        }

        await FollowUpAsync(interaction, component, await work.ConfigureAwait(false), ct).ConfigureAwait(false);
    }

    private async Task FollowUpAsync(Interaction interaction, bool component, InteractionReply late, CancellationToken ct)
    {
        // After a deferred button press only the button's message can be edited; a fresh (error) answer is a follow-up.
        var route = component && !late.UpdatesMessage
            ? RestRoute.FollowUp(interaction.ApplicationId, interaction.Token)
            : RestRoute.EditOriginalResponse(interaction.ApplicationId, interaction.Token);
        var message = route.Method == HttpMethod.Patch ? late.Message with { Flags = null } : late.Message;
        var result = await rest.SendAsync(RestRequest.Interaction(route, message), ct).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            DiscordLog.FollowUpFailed(logger, interaction.Id, result.Describe());
        }
    }

    private async Task<InteractionReply> ProduceSafelyAsync(Interaction interaction, Func<CancellationToken, Task<InteractionReply>> produce, CancellationToken ct)
    {
        // The answer, its buttons and its errors in the user's language, else the server's, else Airspace:Chat:Language.
        using var language = ChatLanguage.Use(ChatLanguage.Choose(chat.Value.Language, interaction.Locale, interaction.GuildLocale));
        try
        {
            // A handler may compute (search) before its first await: off this thread, so the deferral timer runs meanwhile.
            await Task.Yield();
            return await produce(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            DiscordLog.InteractionHandlerFailed(logger, ex, interaction.Id, interaction.Data?.Name ?? "");
            return SlashCommandHandler.Error(ChatText.Get("discord.wentWrong"));
        }
    }

    private async Task AutocompleteAsync(Interaction interaction, IInteractionCallback callback, CancellationToken ct)
    {
        IReadOnlyList<AutocompleteChoice> choices;
        using var timeout = new CancellationTokenSource(AutocompleteBudget, time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            choices = await autocomplete.ChoicesAsync(interaction, budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            DiscordLog.InteractionHandlerFailed(logger, ex, interaction.Id, "autocomplete");
            choices = [];
        }

        await callback.RespondAsync(new InteractionResponse(InteractionResponse.AutocompleteResult, new AutocompleteData(choices)), ct).ConfigureAwait(false);
    }
}
