using System.CommandLine;
using Airspace.Storage.Sqlite;

namespace Airspace.Host.Cli;

/// <summary>Shared plumbing of the verbs: the --data option, configuration, services, and one-sentence errors.</summary>
public static class CliServices
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data directory (database, search index, inbox); default ./data or Airspace:DataDirectory",
        Recursive = true,
    };

    public static IConfigurationRoot Configuration(ParseResult parse) => AppConfiguration.Build(parse.GetValue(DataOption));

    /// <summary>Services for a one-shot verb; logs go to stderr at Warning so stdout stays the verb's output.</summary>
    public static ServiceProvider Build(ParseResult parse)
    {
        var configuration = Configuration(parse);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (UsesDataFolder(parse))
        {
            DataFolder.Ensure(AirspaceHostFactory.DataDirectory(configuration));
        }

        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .SetMinimumLevel(LogLevel.Warning)
            .AddAirspaceConsole());
        services.AddAirspace(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        ValidateOptions(provider);
        return provider;
    }

    /// <summary>Verbs that never open the store (<c>summarize</c>, <c>feed parse</c>) work wherever they are run.</summary>
    private static bool UsesDataFolder(ParseResult parse)
    {
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command.Name is "summarize" or "feed")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves every validated options class so a bad value stops the verb before it does anything.</summary>
    public static void ValidateOptions(IServiceProvider provider)
    {
        var validator = provider.GetService<IStartupValidator>();
        validator?.Validate();
    }

    /// <summary>Runs a verb body, turning expected failures into one sentence on stderr and an exit code.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            // A rule an options class states, or a value its type cannot hold (Airspace.Core.Configuration.UnconvertibleValue).
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures)).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            var failures = ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures);
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", failures)).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (DataFolderException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (UnauthorizedAccessException ex)
        {
            // A file under a usable data folder that this user may not write (e.g. created by root earlier).
            await Console.Error.WriteLineAsync($"error: {ex.Message.TrimEnd('.')}; check who owns the data folder (--data).").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
        catch (StoreBusyException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Unhealthy;
        }
        catch (StoreUnavailableException ex)
        {
            // One sentence naming the server, never the connection string or its password.
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Unhealthy;
        }
        catch (PlatformStartupException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.PlatformStartup;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
    }
}
