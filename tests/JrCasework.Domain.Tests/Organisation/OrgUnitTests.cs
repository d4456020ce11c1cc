namespace JrCasework.Domain.Tests.Organisation;

public sealed class OrgUnitTests
{
    [Fact]
    public void New_TrimsTheName_AndKeepsTheParent()
    {
        var unit = new OrgUnit("  Logistics ", parentId: 7);

        Assert.Equal("Logistics", unit.Name);
        Assert.Equal(7, unit.ParentId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void New_WithoutAName_IsRefused(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => new OrgUnit(name));

    [Fact]
    public void Rename_LongerThan100Characters_IsRefused_AndKeepsTheOldName()
    {
        var unit = new OrgUnit("Production");

        Assert.Throws<ArgumentException>(() => unit.Rename(new string('x', 101)));
        Assert.Equal("Production", unit.Name);
    }
}
