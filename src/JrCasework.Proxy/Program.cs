using JrCasework.Proxy;

await ProxyHost.Build(ProxyHost.CreateBuilder(args)).RunAsync();
