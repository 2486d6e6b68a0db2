// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Host;
global using Airspace.Host.Cli;
global using Airspace.Host.Composition;
global using Airspace.Host.Configuration;
global using Airspace.Host.ConsoleChannel;
global using Airspace.Host.Seeding;
global using Airspace.Host.Workers;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
