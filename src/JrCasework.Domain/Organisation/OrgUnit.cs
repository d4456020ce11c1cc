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

    public const int MaxNameLength = 100;

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int? ParentId { get; private set; }

    /// <summary>Gives the unit a new name; the name is required and at most <see cref="MaxNameLength"/> characters.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (TextLimit.Check(name, MaxNameLength) != TextProblem.None)
        {
            // The administration checks first (OrgUnitAdministration); a name that gets here is a bug.
            throw new ArgumentException($"An org unit name has at most {MaxNameLength} characters, without control characters.", nameof(name));
        }

        Name = name.Trim();
    }

    /// <summary>
    /// Whether the unit may move under <paramref name="parentId"/> (null: the top level) without making a cycle:
    /// a unit cannot sit under itself or under one of its own sub-units.
    /// </summary>
    /// <param name="parentId">The proposed parent, or null for the top level.</param>
    /// <param name="parentOf">The current parent of every unit, by unit id.</param>
    public bool CanMoveUnder(int? parentId, IReadOnlyDictionary<int, int?> parentOf)
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        var visited = new HashSet<int>();
        for (var current = parentId; current is not null; current = parentOf.GetValueOrDefault(current.Value))
        {
            if (current == Id || !visited.Add(current.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves the unit under another parent (null: the top level); throws when that would make a cycle.</summary>
    /// <param name="parentId">The new parent, or null for the top level.</param>
    /// <param name="parentOf">The current parent of every unit, by unit id.</param>
    public void MoveUnder(int? parentId, IReadOnlyDictionary<int, int?> parentOf)
    {
        if (!CanMoveUnder(parentId, parentOf))
        {
            throw new InvalidOperationException("An org unit cannot move under itself or one of its own sub-units.");
        }

        ParentId = parentId;
    }
}
