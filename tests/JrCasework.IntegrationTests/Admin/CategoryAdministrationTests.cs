using JrCasework.Web.Features.Admin.Categories;

namespace JrCasework.IntegrationTests.Admin;

public sealed class CategoryAdministrationTests : AppTest
{
    [Theory]
    [MemberData(nameof(NonAdministrators))]
    public async Task EveryOperation_ByANonAdministrator_IsRefused(string email)
    {
        await using var scope = await AsAsync(email);
        var categories = scope.Get<CategoryAdministration>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => categories.ListAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => categories.AddAsync(new CategoryForm { Code = "x", NameEn = "X", NameNl = "X" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => categories.UpdateAsync(1, new CategoryForm { NameEn = "X", NameNl = "X" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => categories.SetActiveAsync(1, false));
        await Assert.ThrowsAsync<AccessDeniedException>(() => categories.MoveAsync(1, 1));
    }

    [Fact]
    public async Task List_ShowsTheEightDefaultCategoriesInOrder()
    {
        await using var scope = await AsAdminAsync();

        var categories = await scope.Get<CategoryAdministration>().ListAsync();

        Assert.Equal(["attendance", "performance", "conduct", "cooperation", "change", "wellbeing", "mobility", "other"], categories.Select(c => c.Code));
        Assert.All(categories, c => Assert.True(c.IsActive));
    }

    [Fact]
    public async Task Add_PutsTheNewCategoryLast_WithBothNames()
    {
        await using var scope = await AsAdminAsync();
        var categories = scope.Get<CategoryAdministration>();

        var result = await categories.AddAsync(new CategoryForm { Code = "Safety", NameEn = "Safety", NameNl = "Veiligheid" });

        Assert.True(result.Succeeded);
        var last = (await categories.ListAsync())[^1];
        Assert.Equal(("safety", "Safety", "Veiligheid", true), (last.Code, last.NameEn, last.NameNl, last.IsActive));
    }

    [Fact]
    public async Task Add_WithATakenOrMalformedCodeOrMissingNames_IsRefusedPerField()
    {
        await using var scope = await AsAdminAsync();
        var categories = scope.Get<CategoryAdministration>();

        var taken = await categories.AddAsync(new CategoryForm { Code = "conduct", NameEn = "Conduct 2", NameNl = "Gedrag 2" });
        var malformed = await categories.AddAsync(new CategoryForm { Code = "2 words", NameEn = "", NameNl = " " });

        Assert.Equal("The code conduct is already in use.", Said(taken, CategoryAdministration.CodeField));
        Assert.StartsWith("Use lowercase letters", Said(malformed, CategoryAdministration.CodeField), StringComparison.Ordinal);
        Assert.Equal("This field is required.", Said(malformed, CategoryAdministration.NameEnField));
        Assert.Equal("This field is required.", Said(malformed, CategoryAdministration.NameNlField));
        Assert.Equal(8, (await categories.ListAsync()).Count);
    }

    [Fact]
    public async Task Rename_ChangesBothNames_ButNeverTheCode()
    {
        await using var scope = await AsAdminAsync();
        var categories = scope.Get<CategoryAdministration>();
        var other = (await categories.ListAsync()).Single(c => c.Code == "other");

        var result = await categories.UpdateAsync(other.Id, new CategoryForm { NameEn = "Something else", NameNl = "Iets anders" });
        var empty = await categories.UpdateAsync(other.Id, new CategoryForm { NameEn = "", NameNl = "Iets anders" });

        Assert.True(result.Succeeded);
        Assert.False(empty.Succeeded);
        var renamed = (await categories.ListAsync()).Single(c => c.Id == other.Id);
        Assert.Equal(("other", "Something else", "Iets anders"), (renamed.Code, renamed.NameEn, renamed.NameNl));
    }

    [Fact]
    public async Task Retention_IsTwoYearsByDefault_IsSetWithTheNames_AndAuditedWithItsNumber()
    {
        await using var scope = await AsAdminAsync();
        var categories = scope.Get<CategoryAdministration>();
        var mobility = (await categories.ListAsync()).Single(c => c.Code == "mobility");
        Assert.Equal(24, mobility.RetentionMonths);

        var tooLong = await categories.UpdateAsync(mobility.Id, new CategoryForm { NameEn = "Renamed", NameNl = "Hernoemd", RetentionMonths = 241 });
        var kept = await categories.UpdateAsync(mobility.Id, new CategoryForm { NameEn = mobility.NameEn, NameNl = mobility.NameNl, RetentionMonths = 60 });

        Assert.Equal("Choose 0 (keep for good) to 240 months.", Said(tooLong, CategoryAdministration.RetentionField));
        Assert.True(kept.Succeeded);
        var saved = (await categories.ListAsync()).Single(c => c.Id == mobility.Id);
        Assert.Equal((mobility.NameEn, 60), (saved.NameEn, saved.RetentionMonths));
        await using var db = Factory.CreateDbContext();
        var audit = await db.AuditLog.Where(a => a.Action == "admin.category.retention").OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal(("category:" + mobility.Id, "60"), (audit.Subject, audit.Detail));
    }

    [Fact]
    public async Task SetActive_RetiresAndRestoresACategory()
    {
        await using var scope = await AsAdminAsync();
        var categories = scope.Get<CategoryAdministration>();
        var change = (await categories.ListAsync()).Single(c => c.Code == "change");

        await categories.SetActiveAsync(change.Id, false);
        Assert.False((await categories.ListAsync()).Single(c => c.Id == change.Id).IsActive);

        await categories.SetActiveAsync(change.Id, true);
        Assert.True((await categories.ListAsync()).Single(c => c.Id == change.Id).IsActive);
    }

    [Fact]
    public async Task Move_SwapsWithTheNeighbour_AndStopsAtTheEnds()
    {
        await using var scope = await AsAdminAsync();
        var categories = scope.Get<CategoryAdministration>();
        var list = await categories.ListAsync();

        await categories.MoveAsync(list[2].Id, -1);
        await categories.MoveAsync(list[0].Id, -1);
        await categories.MoveAsync(list[^1].Id, 1);

        var moved = await categories.ListAsync();
        Assert.Equal(["attendance", "conduct", "performance", "cooperation", "change", "wellbeing", "mobility", "other"], moved.Select(c => c.Code));
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80], moved.Select(c => c.SortOrder));
    }
}
