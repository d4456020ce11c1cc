namespace JrCasework.Data.Configurations;

/// <summary>The case categories every installation starts with; administrators can rename, add and retire them.</summary>
internal static class DefaultCategories
{
    public static readonly object[] All =
    [
        Category(1, "attendance", "Attendance", "Aanwezigheid en verzuim"),
        Category(2, "performance", "Performance", "Functioneren"),
        Category(3, "conduct", "Conduct", "Gedrag"),
        Category(4, "cooperation", "Cooperation and conflict", "Samenwerking en conflict"),
        Category(5, "change", "Change", "Verandering"),
        Category(6, "wellbeing", "Workload and well-being", "Werkdruk en welzijn"),
        Category(7, "mobility", "Mobility and development", "Mobiliteit en ontwikkeling"),
        Category(8, "other", "Other", "Overig"),
    ];

    private static object Category(int id, string code, string nameEn, string nameNl) =>
        new { Id = id, Code = code, NameEn = nameEn, NameNl = nameNl, SortOrder = id * 10, IsActive = true, RetentionMonths = Domain.Privacy.Retention.DefaultMonths };
}
