using System.Collections.Concurrent;

namespace JrCasework.EndToEndTests;

/// <summary>
/// Hears every Content-Security-Policy violation in a browser context: a listener for <c>securitypolicyviolation</c>,
/// installed before any page script runs, reports to the test through a binding that survives navigations. A page
/// that breaks the policy (an inline script without the nonce, an inline handler, a script from elsewhere) fails
/// the test that opened it.
/// </summary>
public static class CspWatch
{
    private static readonly ConcurrentDictionary<IBrowserContext, ConcurrentQueue<string>> Heard = new();

    private const string Listener = """
        document.addEventListener("securitypolicyviolation", event =>
            window.jrCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`));
        """;

    /// <summary>Starts listening in <paramref name="context"/>, before its first page opens.</summary>
    public static async Task StartAsync(IBrowserContext context)
    {
        var heard = Heard.GetOrAdd(context, _ => new ConcurrentQueue<string>());
        await context.ExposeFunctionAsync("jrCspViolation", (string violation) => heard.Enqueue(violation));
        await context.AddInitScriptAsync(Listener);
    }

    /// <summary>The violations heard in <paramref name="context"/> so far.</summary>
    public static IReadOnlyList<string> ViolationsIn(IBrowserContext context) =>
        Heard.TryGetValue(context, out var heard) ? [.. heard] : [];

    /// <summary>Forgets what was heard in <paramref name="context"/>: for the test that breaks the policy on purpose.</summary>
    public static void Forget(IBrowserContext context) => Heard.TryRemove(context, out _);
}
