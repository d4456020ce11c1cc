namespace JrCasework.IntegrationTests.Calendar;

/// <summary>Finds a follow-up for the calendar tests to ask for.</summary>
internal static class ScheduledFollowUps
{
    /// <summary>The first scheduled follow-up (by case, then by number) on an open case of the user with <paramref name="email"/>.</summary>
    public static async Task<(int CaseId, int FollowUpId, int Number)> ScheduledFollowUpOfAsync(this JrCaseworkFactory app, string email)
    {
        var owner = await app.UserIdAsync(email);
        await using var db = app.CreateDbContext();
        var found = await (
                from c in db.Cases
                where c.OwnerUserId == owner && c.Step != CaseStep.Closed
                from f in c.FollowUps
                where f.Status == FollowUpStatus.Scheduled
                orderby c.Id, f.Number
                select new { CaseId = c.Id, f.Id, f.Number })
            .FirstAsync();
        return (found.CaseId, found.Id, found.Number);
    }
}
