// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Telegram;
global using Airspace.Telegram.Commands;
global using Airspace.Telegram.Rendering;
global using Airspace.Telegram.Sending;
global using Airspace.Telegram.Startup;
global using Airspace.Telegram.Transport.Api;
global using Airspace.Telegram.Transport.Polling;
global using Airspace.Telegram.Transport.Webhook;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
