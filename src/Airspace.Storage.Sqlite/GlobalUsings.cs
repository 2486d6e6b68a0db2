// The project's own namespaces and the Microsoft.Extensions ones most files use, imported once for the project.
global using Airspace.Storage.Sqlite;
global using Airspace.Storage.Sqlite.Mapping;
global using Airspace.Storage.Sqlite.Schema;
global using Airspace.Storage.Sqlite.Sources;
