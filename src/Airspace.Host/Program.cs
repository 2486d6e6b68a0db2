return await CliApp.RunAsync(args).ConfigureAwait(false);
