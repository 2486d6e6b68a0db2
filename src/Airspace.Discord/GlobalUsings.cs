// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Discord;
global using Airspace.Discord.Commands;
global using Airspace.Discord.Rendering;
global using Airspace.Discord.Sending;
global using Airspace.Discord.Startup;
global using Airspace.Discord.Transport.Events;
global using Airspace.Discord.Transport.Gateway;
global using Airspace.Discord.Transport.Http;
global using Airspace.Discord.Transport.Rest;
global using Airspace.Discord.Transport.Wire;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
