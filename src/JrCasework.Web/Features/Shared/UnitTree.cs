namespace JrCasework.Web.Features.Shared;

/// <summary>A unit in a tree listing, with its depth for indenting.</summary>
public sealed record UnitOption(int Id, string Name, int Depth);

/// <summary>The org-unit tree as HR's scope, the outcome filters and the reports walk it.</summary>
internal static class UnitTree
{
    /// <summary>Orders <paramref name="units"/> depth-first, each level by name; a unit whose parent is not among them is a top.</summary>
    public static List<UnitOption> Order(IReadOnlyCollection<(int Id, string Name, int? ParentId)> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.Where(u => u.ParentId is { } parent && ids.Contains(parent)).ToLookup(u => u.ParentId!.Value);
        var tree = new List<UnitOption>();
        void Add((int Id, string Name, int? ParentId) unit, int depth)
        {
            tree.Add(new UnitOption(unit.Id, unit.Name, depth));
            foreach (var child in children[unit.Id].OrderBy(c => c.Name, StringComparer.CurrentCulture))
            {
                Add(child, depth + 1);
            }
        }

        foreach (var top in units.Where(u => u.ParentId is not { } parent || !ids.Contains(parent)).OrderBy(u => u.Name, StringComparer.CurrentCulture))
        {
            Add(top, 0);
        }

        return tree;
    }

    /// <summary>The unit at <paramref name="index"/> of an ordered tree and every unit below it.</summary>
    public static List<int> WithDescendants(IReadOnlyList<UnitOption> tree, int index) =>
        [tree[index].Id, .. tree.Skip(index + 1).TakeWhile(u => u.Depth > tree[index].Depth).Select(u => u.Id)];

    /// <summary><paramref name="unitId"/> and every unit below it, from all units' parents.</summary>
    public static HashSet<int> WithDescendants(int unitId, IEnumerable<(int Id, int? ParentId)> units)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var subtree = new HashSet<int>();
        var pending = new Stack<int>([unitId]);
        while (pending.TryPop(out var unit))
        {
            if (subtree.Add(unit))
            {
                foreach (var child in children[unit])
                {
                    pending.Push(child);
                }
            }
        }

        return subtree;
    }
}
