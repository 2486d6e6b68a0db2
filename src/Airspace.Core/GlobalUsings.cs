// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Core;
global using Airspace.Core.Articles;
global using Airspace.Core.Commands;
global using Airspace.Core.Configuration;
global using Airspace.Core.Ingest;
global using Airspace.Core.Interactions;
global using Airspace.Core.Publishing;
global using Airspace.Core.Resilience;
global using Airspace.Core.Search;
global using Airspace.Core.Sources;
global using Airspace.Core.State;
global using Airspace.Core.Subscriptions;
global using Airspace.Core.Summaries;
global using Airspace.Core.Text;
global using Microsoft.Extensions.Logging;
global using Microsoft.Extensions.Options;
