// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Feeds;
global using Airspace.Feeds.Discovery;
global using Airspace.Feeds.Files;
global using Airspace.Feeds.FullText;
global using Airspace.Feeds.Html;
global using Airspace.Feeds.Http;
global using Airspace.Feeds.Inbox;
global using Airspace.Feeds.Opml;
global using Airspace.Feeds.Parsing;
global using Airspace.Feeds.Sources;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
