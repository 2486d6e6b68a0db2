using System.CommandLine;
using Airspace.Storage.Postgres;
using Airspace.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airspace.Host.Cli;

/// <summary><c>airspace store copy --to postgres</c>: moves the embedded SQLite store of <c>--data</c> into an empty PostgreSQL database.</summary>
public static class StoreVerb
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "Where to copy: postgres (the database at Airspace:Storage:ConnectionString)", Required = true };
        to.AcceptOnlyFromAmong("postgres");
        var copy = new Command(
            "copy",
            "Copy the SQLite store of --data (articles, change log, subscriptions, sources, deliveries, cursors) into an empty PostgreSQL database. Stop the bot first.")
            .WithExample("airspace store copy --to postgres    # with Airspace__Storage__ConnectionString set");
        copy.Options.Add(to);
        copy.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            var configuration = CliServices.Configuration(parse);
            var path = configuration["Airspace:Storage:DatabasePath"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(AirspaceHostFactory.DataDirectory(configuration), "airspace.db");
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"error: there is no SQLite store at {path} to copy; check --data or Airspace:Storage:DatabasePath.").ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            var postgres = new PostgresStoreOptions();
            configuration.GetSection(PostgresStoreOptions.SectionName).Bind(postgres);
            if (postgres.Validate() is { } problem)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + problem).ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            // The copy reads the source at the latest SQLite schema, in one read transaction (a consistent snapshot).
            await new SqliteDatabase(Options.Create(new SqliteStoreOptions { DatabasePath = path, Pooling = false }), NullLogger<SqliteDatabase>.Instance)
                .MigrateAsync(ct).ConfigureAwait(false);
            var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var sourceLifetime = source.ConfigureAwait(false);
            await source.OpenAsync(ct).ConfigureAwait(false);
            using var snapshot = source.BeginTransaction(deferred: true);
            var target = new PostgresDatabase(Options.Create(postgres), NullLogger<PostgresDatabase>.Instance);
            await using var targetLifetime = target.ConfigureAwait(false);

            IReadOnlyList<(string Table, long Rows)> copied;
            try
            {
                copied = await StoreCopy.CopyAsync(source, target, ct).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                // The target already holds data, or was migrated by a newer Airspace: one sentence, nothing copied.
                await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            Console.Out.WriteLine($"Copied {path} into the PostgreSQL store {target.Name}: {string.Join(", ", copied.Select(c => $"{c.Table} {c.Rows}"))}.");
            Console.Out.WriteLine("Run with Airspace:Storage:Provider = Postgres to use it.");
            return ExitCodes.Ok;
        }));

        var command = new Command("store", "The store itself: copy the embedded SQLite store into PostgreSQL.").WithExample("airspace store copy --to postgres");
        command.Subcommands.Add(copy);
        return command;
    }
}
