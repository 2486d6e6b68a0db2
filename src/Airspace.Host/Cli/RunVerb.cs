using System.CommandLine;
using System.Runtime.InteropServices;
using Airspace.Storage.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Cli;

public static class RunVerb
{
    public static Command Create()
    {
        var command = new Command("run", "Run the bot: watch the inbox, publish summaries to subscribed channels, answer commands (default).").WithExample("airspace run --data /srv/airspace");
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            // System.CommandLine starts handling Ctrl+C only once this action first awaits; until then a signal would end
            // the process with 130. Handle it from here on, before the data folder is locked (which tests and users take
            // as "it is starting"), so Ctrl+C at any point of the start-up is a clean stop.
            using var interrupted = new CancellationTokenSource();
            using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, interrupted.Token);
            ct = stop.Token;
            var configuration = CliServices.Configuration(parse);
            using var host = AirspaceHostFactory.Create(configuration);
            CliServices.ValidateOptions(host.Services);

            // One bot per data folder: at start-up it gives back every other claim holder's claims as dead.
            if (!DataFolderLock.TryAcquire(AirspaceHostFactory.DataDirectory(configuration), out var owned, out var refusal))
            {
                await Console.Error.WriteLineAsync("error: " + refusal).ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            using (owned)
            {
                // …and one bot per SQLite file, which may live outside the folder (Airspace:Storage:DatabasePath).
                // PostgreSQL replicas share their database by design: there the folder is the only thing one bot owns.
                var database = host.Services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.DatabasePath;
                DataFolderLock? ownedDatabase = null;
                if (database is not null && !DataFolderLock.TryAcquireDatabase(database, out ownedDatabase, out refusal))
                {
                    await Console.Error.WriteLineAsync("error: " + refusal).ConfigureAwait(false);
                    return ExitCodes.Configuration;
                }

                using (ownedDatabase)
                {
                    try
                    {
                        await host.RunAsync(ct).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (ct.IsCancellationRequested || Stopping(host))
                    {
                        // Ctrl+C while the bot is still starting (seeding, an index rebuild) is as clean a stop as later.
                        // The host's console lifetime may see the signal first: its stopping token cancels the start.
                    }
                }
            }

            return ExitCodes.Ok;

            void Interrupt(PosixSignalContext signal)
            {
                // Cancelling runs the host's callbacks: off the signal thread, where a throwing callback would abort the process.
                signal.Cancel = true;
                _ = Task.Run(interrupted.Cancel, CancellationToken.None);
            }
        }));
        return command;
    }

    private static bool Stopping(IHost host) =>
        host.Services.GetService<IHostApplicationLifetime>()?.ApplicationStopping.IsCancellationRequested == true;
}
