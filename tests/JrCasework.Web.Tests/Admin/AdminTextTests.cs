using JrCasework.Web.Features.Admin;
using JrCasework.Web.Features.Admin.Employees;

namespace JrCasework.Web.Tests.Admin;

/// <summary>The administration's coded refusals become sentences in the page: every rule has one, in English and Dutch.</summary>
public sealed class AdminTextTests : ComponentTest
{
    public static TheoryData<string, AdminRule> WordedRules() =>
        Worded(Enum.GetValues<AdminRule>().Where(rule => rule != AdminRule.AccountRule));

    public static TheoryData<string, ImportRule> ImportRules() => Worded(Enum.GetValues<ImportRule>());

    [Theory]
    [MemberData(nameof(WordedRules))]
    public void EveryRefusal_HasASentence_InBothLanguages(string culture, AdminRule rule)
    {
        UseCulture(culture);

        var text = Texts.Refusal(new FieldError("field", rule, 100, "Production", "Packing"));

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("Refusal.", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ImportRules))]
    public void EveryImportProblem_HasASentence_InBothLanguages(string culture, ImportRule rule)
    {
        UseCulture(culture);

        var text = Texts.Problem(new ImportProblem(2, "org_unit", rule, "P-1001", 3));

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("Import.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Production cannot be placed under Packing, because Packing is itself part of Production. Move Packing elsewhere first.")]
    [InlineData("nl-NL", "Production kan niet onder Packing vallen, omdat Packing zelf onder Production valt. Verplaats eerst Packing.")]
    public void ARefusal_NamesItsValues_InTheUsersLanguage(string culture, string expected)
    {
        UseCulture(culture);

        var result = AdminResult.Refused("parent", AdminRule.UnitUnderOwnSubunit, "Production", "Packing");

        Assert.Equal(expected, Texts.RefusalFor(result, "parent"));
        Assert.Null(Texts.RefusalFor(result, "name"));
    }

    [Fact]
    public void IdentitysOwnRefusal_IsShownAsIdentityWordedIt() =>
        Assert.Equal(
            "Passwords must be at least 12 characters.",
            Texts.Refusal(new FieldError("password", AdminRule.AccountRule, "Passwords must be at least 12 characters.")));

    private IStringLocalizer<AdminResource> Texts => Services.GetRequiredService<IStringLocalizer<AdminResource>>();

    private static TheoryData<string, TRule> Worded<TRule>(IEnumerable<TRule> rules)
    {
        var data = new TheoryData<string, TRule>();
        foreach (var culture in new[] { "en-GB", "nl-NL" })
        {
            foreach (var rule in rules)
            {
                data.Add(culture, rule);
            }
        }

        return data;
    }
}
