namespace JrCasework.Domain.Cases;

/// <summary>A kind of people problem (attendance, conduct, ...), configurable by an administrator.</summary>
public sealed class CaseCategory
{
    private CaseCategory()
    {
    }

    public CaseCategory(string code, string nameEn, string nameNl, int sortOrder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        Rename(nameEn, nameNl);
        SortOrder = sortOrder;
        IsActive = true;
    }

    public const int MaxNameLength = 100;

    public const int MaxCodeLength = 40;

    public int Id { get; private set; }

    /// <summary>A stable code, e.g. <c>attendance</c>; never shown to users.</summary>
    public string Code { get; private set; } = string.Empty;

    public string NameEn { get; private set; } = string.Empty;

    public string NameNl { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    /// <summary>Inactive categories are not offered for new cases; existing cases keep them.</summary>
    public bool IsActive { get; private set; }

    /// <summary>How many months after closing a case of this category keeps its content; 0 keeps it for good (<see cref="Privacy.Retention"/>).</summary>
    public int RetentionMonths { get; private set; } = Privacy.Retention.DefaultMonths;

    /// <summary>Sets the retention: 0 (keep) to <see cref="Privacy.Retention.MaxMonths"/> months.</summary>
    public void SetRetention(int months)
    {
        // The administration checks first (CategoryAdministration); a number that gets here is a bug.
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, Privacy.Retention.MaxMonths);
        RetentionMonths = months;
    }

    /// <summary>The name in the language of <paramref name="twoLetterLanguage"/> (Dutch or else English).</summary>
    public string NameIn(string twoLetterLanguage) => twoLetterLanguage == "nl" ? NameNl : NameEn;

    public void Rename(string nameEn, string nameNl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameEn);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameNl);
        if (TextLimit.Check(nameEn, MaxNameLength) != TextProblem.None || TextLimit.Check(nameNl, MaxNameLength) != TextProblem.None)
        {
            // The administration checks first (CategoryAdministration); a name that gets here is a bug.
            throw new ArgumentException($"A category name has at most {MaxNameLength} characters, without control characters.", nameof(nameEn));
        }

        NameEn = nameEn.Trim();
        NameNl = nameNl.Trim();
    }

    public void SetActive(bool active) => IsActive = active;

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
