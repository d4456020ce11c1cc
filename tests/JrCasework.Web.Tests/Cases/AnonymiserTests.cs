using System.Diagnostics;
using JrCasework.Web.Features.Cases.Similar;

namespace JrCasework.Web.Tests.Cases;

public sealed class AnonymiserTests
{
    private static readonly Anonymiser Known = new(
        ["Jan Smit", "Pieter de Boer", "Ilse van der Meer", "Sofie El Amrani", "Fatima Yılmaz", "Anouk Jacobs", "Bo Li", "Sanne de Vries"],
        ["P-1001", "E001128"]);

    [Theory]
    [InlineData("Talked with Jan Smit on Monday.", "Talked with [name] on Monday.")]
    [InlineData("Jan was late; Smit's bus changed.", "[name] was late; [name]'s bus changed.")]
    [InlineData("Carpool with Jan, who lives nearby", "Carpool with [name], who lives nearby")]
    [InlineData("Pieter Boer and Anouk agreed", "[name] and [name] agreed")]
    public void FullNamesAndTheirParts_AreReplaced(string text, string expected) =>
        Assert.Equal(expected, Known.Anonymise(text));

    [Theory]
    [InlineData("Gesprek met Pieter de Boer over de overdracht.", "Gesprek met [name] over de overdracht.")]
    [InlineData("Mevrouw van der Meer was er niet.", "Mevrouw [name] was er niet.")]
    [InlineData("Mevrouw Van Der Meer was er niet.", "Mevrouw [name] was er niet.")]
    [InlineData("Gesproken met de Boer en met Sanne.", "Gesproken met [name] en met [name].")]
    [InlineData("El Amrani belde.", "[name] belde.")]
    public void DutchNamesWithParticles_AreReplacedWhole_AndTheParticlesAloneAreLeft(string text, string expected) =>
        Assert.Equal(expected, Known.Anonymise(text));

    [Theory]
    [InlineData("Employee P-1001 asked for it.", "Employee [number] asked for it.")]
    [InlineData("Personeelsnummer e001128 klopt.", "Personeelsnummer [number] klopt.")]
    [InlineData("Nummer 1001 en 001128.", "Nummer [number] en [number].")]
    [InlineData("Jan Smit (P-1001) was on time.", "[name] ([number]) was on time.")]
    public void EmployeeNumbers_AreReplaced(string text, string expected) =>
        Assert.Equal(expected, Known.Anonymise(text));

    [Theory]
    [InlineData("Jansen and Smith and Pietersen were there.")]
    [InlineData("The janitor fixed the smithy at P-10012 and A1001 at 10010.")]
    [InlineData("Bob and Li went to the boerderij.")]
    [InlineData("De ploeg van de late dienst in de hal, op tijd, ter plaatse.")]
    public void WordsThatOnlyContainANameOrNumber_AreLeftAlone(string text) =>
        Assert.Equal(text, Known.Anonymise(text));

    [Fact]
    public void ASurnameThatIsAlsoAWord_IsReplacedEverywhere_RatherThanRiskALeak() =>
        Assert.Equal("[name] overleg van de ploeg in de hal.", Known.Anonymise("Meer overleg van de ploeg in de hal."));

    [Theory]
    [InlineData("JAN SMIT was late.", "[name] was late.")]
    [InlineData("jan smit was late.", "[name] was late.")]
    [InlineData("Fatima YILMAZ called.", "[name] called.")]
    [InlineData("Mrs Yilmaz called.", "Mrs [name] called.")]
    [InlineData("Pieter DE BOER called.", "[name] called.")]
    public void Matching_IgnoresCaseAndAccents(string text, string expected) =>
        Assert.Equal(expected, Known.Anonymise(text));

    [Theory]
    [InlineData("Anouks zone kreeg een nieuwe scanner.", "[name] zone kreeg een nieuwe scanner.")]
    [InlineData("Jans dienst begint later.", "[name] dienst begint later.")]
    public void TheDutchGenitive_IsReplaced(string text, string expected) =>
        Assert.Equal(expected, Known.Anonymise(text));

    [Fact]
    public void ShortNameParts_CountOnlyWithinTheFullName()
    {
        Assert.Equal("Asked [name] about it.", Known.Anonymise("Asked Bo Li about it."));
        Assert.Equal("Bo said no.", Known.Anonymise("Bo said no."));
    }

    [Fact]
    public void ANameAcrossALineBreakOrFullStop_IsReplacedPartByPart_KeepingTheText()
    {
        Assert.Equal("[name].\n[name] said so.", Known.Anonymise("Jan.\nSmit said so."));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Nothing personal here.")]
    public void TextWithoutNames_IsReturnedAsItIs(string? text) =>
        Assert.Equal(text, Known.Anonymise(text));

    [Fact]
    public void ThousandsOfEmployees_AreBuiltAndAppliedQuickly()
    {
        string[] first = ["Jan", "Sanne", "Mohamed", "Fatima", "Lotte", "Daan", "Eva", "Noah", "Tess", "Ruben"];
        string[] last = ["Smit", "de Vries", "van der Meer", "El Amrani", "Pauwels", "Maes", "Kaya", "Hermans", "Vos", "Brouwer"];
        var names = Enumerable.Range(0, 6000).Select(i => $"{first[i % 10]}{i / 100} {last[i / 10 % 10]}{i % 7}").ToList();
        var numbers = Enumerable.Range(0, 6000).Select(i => $"E{i:D6}").ToList();

        var stopwatch = Stopwatch.StartNew();
        var anonymiser = new Anonymiser(names, numbers);
        var text = anonymiser.Anonymise(string.Concat(Enumerable.Repeat($"Talked to {names[1741]} ({numbers[4321]}) about the rota. ", 40)))!;
        stopwatch.Stop();

        Assert.DoesNotContain(names[1741].Split(' ')[0], text, StringComparison.Ordinal);
        Assert.DoesNotContain(numbers[4321], text, StringComparison.Ordinal);
        Assert.Contains("Talked to [name] ([number]) about the rota.", text, StringComparison.Ordinal);
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"Building for 6,000 employees and anonymising took {stopwatch.ElapsedMilliseconds} ms.");
    }
}
