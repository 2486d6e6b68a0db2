// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Search;
global using Airspace.Search.Analysis;
global using Airspace.Search.Indexing;
global using Airspace.Search.Querying;
global using Airspace.Search.Snippets;
