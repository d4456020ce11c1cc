using System.Collections.Frozen;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.Web.Hosting;

/// <summary>
/// Refuses a password that attackers try first: one on the shipped list of common passwords and common Dutch words
/// (<c>Hosting/Data/common-passwords.txt</c>, about 61,000 entries, no look-up over the network), that word with
/// digits or punctuation around it (<c>Welkom2026!!</c>), or one containing the account's own e-mail name or the
/// product's name.
/// </summary>
internal sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> l) : IPasswordValidator<ApplicationUser>
{
    private const int ShortestListedWord = 4;

    private static readonly Lazy<FrozenSet<string>> Listed = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.ToLowerInvariant();
        if (IsListed(lower))
        {
            return Failed("PasswordCommon", l["Identity.PasswordCommon"]);
        }

        return ContextWords(user).Any(word => lower.Contains(word, StringComparison.Ordinal))
            ? Failed("PasswordContainsAccount", l["Identity.PasswordContainsAccount"])
            : Task.FromResult(IdentityResult.Success);
    }

    /// <summary>The password, or its letters once the digits and punctuation around them are taken off, is on the list.</summary>
    private static bool IsListed(string lower)
    {
        var (start, end) = (0, lower.Length);
        while (start < end && !char.IsLetter(lower[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        var core = lower.AsSpan(start, end - start);
        return Listed.Value.Contains(lower)
            || (core.Length >= ShortestListedWord && Listed.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(core));
    }

    /// <summary>Words a guesser of this account would try: the e-mail's name (<c>sanne</c> of sanne@…) and the product's.</summary>
    private static IEnumerable<string> ContextWords(ApplicationUser user)
    {
        yield return "jrcasework";
        var name = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        foreach (var part in name.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries).Append(name))
        {
            if (part.Length >= ShortestListedWord)
            {
                yield return part;
            }
        }
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("JrCasework.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
