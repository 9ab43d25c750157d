# syntax=docker/dockerfile:1
# TrialRegistry web app. Used by docker-compose.yml; see README.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first (cached until a project file or package version changes). global.json is left out
# on purpose: it pins the developers' SDK feature band, the image brings its own 10.0 SDK.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TrialRegistry/TrialRegistry.csproj src/TrialRegistry/
COPY src/TrialRegistry.Web/TrialRegistry.Web.csproj src/TrialRegistry.Web/
RUN dotnet restore src/TrialRegistry.Web/TrialRegistry.Web.csproj

COPY src/ src/
# Warnings are errors in CI (make test, format check); a newer SDK's new analyzer warnings must not
# break image builds.
RUN dotnet publish src/TrialRegistry.Web/TrialRegistry.Web.csproj -c Release --no-restore \
        -o /app -p:UseAppHost=false -p:TreatWarningsAsErrors=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime

# curl for the health checks (the aspnet image has neither curl nor wget).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY --from=build /app ./

# ASPNETCORE_HTTP_PORTS (8080 in the base image) is cleared so that Kestrel does not warn about
# ASPNETCORE_URLS overriding it.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_NOLOGO=1
EXPOSE 8080

# Non-root: the "app" user (uid $APP_UID = 1654) that the .NET images define.
USER $APP_UID

# Liveness only (no database check), so a database outage does not get the app restarted;
# readiness (/health/ready) is checked by docker-compose.yml.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/health/live || exit 1

ENTRYPOINT ["dotnet", "TrialRegistry.Web.dll"]
