# JR Casework: the app and the reverse proxy, built from one file (decision 021).
#   docker build --target app   -t jrcasework/app .
#   docker build --target proxy -t jrcasework/proxy .
# compose.yaml runs PostgreSQL, two app instances and the proxy.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json pins the SDK of the development machines; the image brings its own 10.0 SDK.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/JrCasework.Web/JrCasework.Web.csproj -c Release -o /out/app \
 && dotnet publish src/JrCasework.Proxy/JrCasework.Proxy.csproj -c Release -o /out/proxy

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS app
WORKDIR /app
# The data folder (SQLite when used, keys of a SQLite installation, logs in /data/logs) belongs to the
# unprivileged user, and to nobody else.
RUN mkdir -p /data && chown "$APP_UID" /data && chmod 700 /data
COPY --from=build /out/app .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataDirectory=/data
USER $APP_UID
EXPOSE 8080
VOLUME /data
ENTRYPOINT ["dotnet", "JrCasework.Web.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS proxy
WORKDIR /proxy
COPY --from=build /out/proxy .
ENV ASPNETCORE_ENVIRONMENT=Production
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "JrCasework.Proxy.dll"]
