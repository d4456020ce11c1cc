using System.Collections;
using System.Globalization;
using System.Resources;

namespace JrCasework.Web.Tests;

public sealed class LocalisationTests
{
    /// <summary>Every resource marker class: each feature's texts (beside its code) and the shared ones, found by their embedded resources.</summary>
    public static TheoryData<string> ResourceClasses => [.. MarkerClasses()];

    /// <summary>The full names of the resource marker classes: the types with an embedded <c>.resources</c> of their own name.</summary>
    public static IReadOnlyList<string> MarkerClasses()
    {
        var assembly = typeof(SharedResource).Assembly;
        var embedded = assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);
        return [.. assembly.GetTypes().Select(t => t.FullName!).Where(name => embedded.Contains(name + ".resources")).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void EveryText_ExistsInEnglishAndDutch_AndNoneIsEmpty(string resourceClass)
    {
        var english = Texts(resourceClass, CultureInfo.InvariantCulture);
        var dutch = Texts(resourceClass, CultureInfo.GetCultureInfo("nl"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), dutch.Keys.Order());
        Assert.All(english.Concat(dutch), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{text.Key} is empty."));
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void TheDutchTexts_AreTranslated_NotCopiedFromEnglish(string resourceClass)
    {
        var english = Texts(resourceClass, CultureInfo.InvariantCulture);
        var dutch = Texts(resourceClass, CultureInfo.GetCultureInfo("nl"));
        string[] sameInBothLanguages = ["App.Name", "Role.Manager", "Users.Status", "Step.Objective.Short"];

        var untranslated = english.Keys.Where(key => english[key] == dutch[key] && !sameInBothLanguages.Contains(key)).ToList();

        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void PlaceholdersMatch_BetweenTheLanguages(string resourceClass)
    {
        var english = Texts(resourceClass, CultureInfo.InvariantCulture);
        var dutch = Texts(resourceClass, CultureInfo.GetCultureInfo("nl"));

        Assert.All(english.Keys, key => Assert.Equal(Placeholders(english[key]), Placeholders(dutch[key])));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];

    private static Dictionary<string, string> Texts(string resourceClass, CultureInfo culture) =>
        new ResourceManager(typeof(SharedResource).Assembly.GetType(resourceClass)!).GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
