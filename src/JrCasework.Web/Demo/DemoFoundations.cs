using JrCasework.Domain.Foundations;

namespace JrCasework.Web.Demo;

/// <summary>
/// Foundation moments for the demo teams, dated relative to "now", so "My team" shows a realistic
/// picture: some people up to date, some due soon, some overdue, a few never, and a change announced to
/// Sanne's whole team. Sanne writes in Dutch, Tom in English.
/// </summary>
internal static class DemoFoundations
{
    public static async Task SeedAsync(JrCaseworkDbContext db, DateTime nowUtc)
    {
        if (await db.FoundationMoments.AnyAsync())
        {
            return;
        }

        var today = DateOnly.FromDateTime(nowUtc);
        var employees = await db.Employees.ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id);
        var users = await db.Users.Where(u => u.Email != null).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var sanne = users[DemoData.SupervisorProduction.Email];
        var tom = users[DemoData.SupervisorLogistics.Email];

        void Log(string supervisor, Foundation foundation, int daysAgo, string? note, ChangeDetails? change, params string[] numbers) =>
            db.FoundationMoments.Add(FoundationMoment.Log(supervisor, foundation, [.. numbers.Select(n => employees[n])], today.AddDays(-daysAgo), note, change, nowUtc));

        Log(sanne, Foundation.HowTheyAreGettingAlong, 10, "Maandgesprek: tempo op lijn 2 weer op norm, afgesproken dat hij zelf de storingslijst bijhoudt.", null, "P-1001");
        Log(sanne, Foundation.HowTheyAreGettingAlong, 24, "Foutpercentage besproken: daalt, nog boven de norm. Volgende keer samen de cijfers bekijken.", null, "P-1002");
        Log(sanne, Foundation.HowTheyAreGettingAlong, 45, "Overstap naar lijn 2 besproken; wil meer uitleg over de nieuwe machine.", null, "P-1003");
        Log(sanne, Foundation.HowTheyAreGettingAlong, 5, "Rooster en studie besproken; werkt goed zo.", null, "P-1004");
        Log(sanne, Foundation.HowTheyAreGettingAlong, 31, "Terugkoppeling op zijn rol als aanspreekpunt voor nieuwe operators.", null, "P-1005");
        Log(sanne, Foundation.Credit, 3, "Zelf de oorzaak van de fouten bij het inpakken gevonden en opgelost. Direct bedankt bij de ploegwissel.", null, "P-1002");
        Log(sanne, Foundation.Credit, 20, "Nieuwe collega's ingewerkt zonder dat iemand het vroeg.", null, "P-1006");
        Log(sanne, Foundation.Credit, 40, "Storing in het weekend snel verholpen.", null, "P-1001");
        Log(sanne, Foundation.Credit, 12, "Goede overdracht tussen de ploegen geregeld.", null, "P-1005");
        Log(sanne, Foundation.ChangeInAdvance, 40, "Teamoverleg, iedereen aanwezig.",
            new ChangeDetails("Productie gaat naar drie ploegen", today.AddDays(25), ReasonsExplained: true, Reception.Mixed),
            "P-1001", "P-1002", "P-1003", "P-1004", "P-1005", "P-1006");
        Log(sanne, Foundation.BestUseOfAbility, 60, "Wil doorgroeien naar meewerkend voorman; start met de leiderschapstraining.", null, "P-1005");
        Log(sanne, Foundation.BestUseOfAbility, 100, "Jobcrafting: lichter werk en opleiden van nieuwe mensen.", null, "P-1006");
        Log(sanne, Foundation.BestUseOfAbility, 200, "Interesse in planning; nog niets mee gedaan.", null, "P-1004");

        Log(tom, Foundation.HowTheyAreGettingAlong, 7, "Quarterly check-in: the new scanners work well for her.", null, "L-2001");
        Log(tom, Foundation.HowTheyAreGettingAlong, 35, "Talked about the complaint handling; he knows what I expect at the dock.", null, "L-2002");
        Log(tom, Foundation.Credit, 2, "Handover template was her idea, and it works. Thanked her in the team meeting.", null, "L-2003");
        Log(tom, Foundation.ChangeInAdvance, 15, "Told them on the dock, with the reasons from the carrier.",
            new ChangeDetails("New loading schedule for the evening trucks", today.AddDays(10), ReasonsExplained: true, Reception.Accepted),
            "L-2002", "L-2004");
        Log(tom, Foundation.BestUseOfAbility, 150, "Forklift instructor course: she would be good at it.", null, "L-2005");

        await db.SaveChangesAsync();
    }
}
