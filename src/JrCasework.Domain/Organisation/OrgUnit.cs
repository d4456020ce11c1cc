namespace JrCasework.Domain.Organisation;

/// <summary>A department or team of the organisation; org units form a tree.</summary>
public sealed class OrgUnit
{
    private OrgUnit()
    {
    }

    /// <summary>Creates an org unit, optionally below a parent unit.</summary>
    public OrgUnit(string name, int? parentId = null)
    {
        Rename(name);
        ParentId = parentId;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int? ParentId { get; private set; }

    /// <summary>Gives the unit a new name; the name is required and at most 100 characters.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > 100)
        {
            throw new ArgumentException("An org unit name has at most 100 characters.", nameof(name));
        }

        Name = name.Trim();
    }
}
