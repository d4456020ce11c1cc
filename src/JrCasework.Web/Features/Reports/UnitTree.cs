namespace JrCasework.Web.Features.Reports;

/// <summary>Org units in the order a report lists them: depth-first, each level by name, with their depth.</summary>
internal static class UnitTree
{
    /// <summary>Orders <paramref name="units"/> as a tree; a unit whose parent is not among them is a top.</summary>
    public static List<ReportUnitOption> Order(IReadOnlyCollection<(int Id, string Name, int? ParentId)> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.Where(u => u.ParentId is { } parent && ids.Contains(parent)).ToLookup(u => u.ParentId!.Value);
        var tree = new List<ReportUnitOption>();
        void Add((int Id, string Name, int? ParentId) unit, int depth)
        {
            tree.Add(new ReportUnitOption(unit.Id, unit.Name, depth));
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
    public static List<int> WithDescendants(IReadOnlyList<ReportUnitOption> tree, int index) =>
        [tree[index].Id, .. tree.Skip(index + 1).TakeWhile(u => u.Depth > tree[index].Depth).Select(u => u.Id)];
}
