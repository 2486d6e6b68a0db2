# Airspace — multi-stage build: SDK to publish, ASP.NET runtime to run (the host uses the ASP.NET shared framework).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props Airspace.sln appsettings.json ./
COPY src/ src/
COPY samples/ samples/
RUN dotnet publish src/Airspace.Host/Airspace.Host.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The .NET images ship a non-root "app" user (uid 1654); the data volume belongs to it.
RUN mkdir -p /data && chown app:app /data
USER app
# Configuration comes from the environment only, e.g. -e Airspace__Telegram__Token=… (never bake secrets in).
# DOTNET_GCgen0size: a 64 MB first-generation budget, so fewer collections land inside a search (a chat query's
# CPU-time tail; BENCHMARKS.md, search speed, "Fourth round"). The runtime reads it only from the environment.
ENV Airspace__DataDirectory=/data \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_GCgen0size=0x4000000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "/app/airspace.dll", "health"]
ENTRYPOINT ["dotnet", "/app/airspace.dll"]
CMD ["run"]
