# People Graph Gateway. Build:  docker build -t people-graph-gateway .
# Run (configuration only through environment variables; nothing secret is baked in):
#   docker run -p 8080:8080 -e Auth__Mode=Jwt -e Auth__Jwt__Authority=https://login.example.com/ -e Auth__Jwt__Audience=people-graph \
#     -e Graph__Ids__Key=<a secret of 32+ characters, e.g. from openssl rand -base64 32, kept> \
#     -e Upstreams__Worksection__BaseUrl=... -e Upstreams__Worksection__ApiKey=... people-graph-gateway
# Graph__Ids__Key must be the same secret on every instance and across deployments: person ids are made with it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Node.js for the playground's npm assets, built by an MSBuild step of src/Gateway.
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Project files first, so the restore layer is reused while only sources change.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Gateway/Gateway.csproj src/Gateway/
COPY src/Gateway.Graph/Gateway.Graph.csproj src/Gateway.Graph/
COPY src/Gateway.Upstreams/Gateway.Upstreams.csproj src/Gateway.Upstreams/
# Gateway.csproj imports the playground's build step, so it must be there for the restore to evaluate the project.
COPY src/Gateway/Playground/BananaCakePop.targets src/Gateway/Playground/package.json src/Gateway/Playground/package-lock.json src/Gateway/Playground/
# Restored as Release: only a Debug build references the emulators, so the image neither builds nor contains them.
RUN dotnet restore src/Gateway/Gateway.csproj -p:Configuration=Release
COPY src/ src/
RUN dotnet publish src/Gateway/Gateway.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
# The image's built-in unprivileged user (uid 1654).
USER $APP_UID
# The runtime image has no curl or wget; bash's /dev/tcp sends the request without adding a package.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Gateway.dll"]
