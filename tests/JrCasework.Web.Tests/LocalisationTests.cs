using System.Collections;
using System.Globalization;
using System.Resources;
using JrCasework.Web.Resources;

namespace JrCasework.Web.Tests;

public sealed class LocalisationTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    [Fact]
    public void EveryText_ExistsInEnglishAndDutch_AndNoneIsEmpty()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var dutch = Texts(CultureInfo.GetCultureInfo("nl"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), dutch.Keys.Order());
        Assert.All(english.Concat(dutch), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{text.Key} is empty."));
    }

    [Fact]
    public void TheDutchTexts_AreTranslated_NotCopiedFromEnglish()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var dutch = Texts(CultureInfo.GetCultureInfo("nl"));
        string[] sameInBothLanguages = ["App.Name", "Role.Manager", "Users.Status"];

        var untranslated = english.Keys.Where(key => english[key] == dutch[key] && !sameInBothLanguages.Contains(key)).ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void PlaceholdersMatch_BetweenTheLanguages()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var dutch = Texts(CultureInfo.GetCultureInfo("nl"));

        Assert.All(english.Keys, key => Assert.Equal(Placeholders(english[key]), Placeholders(dutch[key])));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
