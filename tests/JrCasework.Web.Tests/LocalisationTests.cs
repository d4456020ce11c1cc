namespace JrCasework.Web.Tests;

public sealed class LocalisationTests
{
    /// <summary>Every resource marker class: each feature's and the shared one.</summary>
    public static TheoryData<string> ResourceClasses => [.. ResourceTexts.Classes];

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void EveryText_ExistsInEnglishAndDutch_AndNoneIsEmpty(string resourceClass)
    {
        var (english, dutch) = ResourceTexts.InBothLanguages(resourceClass);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), dutch.Keys.Order());
        Assert.All(english.Concat(dutch), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{text.Key} is empty."));
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void TheDutchTexts_AreTranslated_NotCopiedFromEnglish(string resourceClass)
    {
        var (english, dutch) = ResourceTexts.InBothLanguages(resourceClass);
        string[] sameInBothLanguages = ["App.Name", "Role.Manager", "Users.Status", "Step.Objective.Short", "Sessions.State", "Sessions.Browser"];

        var untranslated = english.Keys.Where(key => english[key] == dutch[key] && !sameInBothLanguages.Contains(key)).ToList();

        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void PlaceholdersMatch_BetweenTheLanguages(string resourceClass)
    {
        var (english, dutch) = ResourceTexts.InBothLanguages(resourceClass);

        Assert.All(english.Keys, key => Assert.Equal(Placeholders(english[key]), Placeholders(dutch[key])));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order()];
}
