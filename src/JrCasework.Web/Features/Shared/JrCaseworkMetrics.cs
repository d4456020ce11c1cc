using System.Diagnostics.Metrics;
using JrCasework.Domain.Reminders;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// The product's own counters (meter <see cref="MeterName"/>): cases opened and closed, reminders given, mails sent and
/// failed. A tag is only ever one of the domain's enums, never a title, a name or anything typed into a case.
/// Active circuits are not counted here: ASP.NET Core's own <c>aspnetcore.components.circuit.active</c> already does.
/// </summary>
public sealed class JrCaseworkMetrics
{
    public const string MeterName = "JrCasework";

    private readonly Counter<long> _casesOpened;
    private readonly Counter<long> _casesClosed;
    private readonly Counter<long> _remindersGiven;
    private readonly Counter<long> _mailsSent;
    private readonly Counter<long> _mailsFailed;

    public JrCaseworkMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _casesOpened = meter.CreateCounter<long>("jrcasework.cases.opened", "{case}", "Cases opened.");
        _casesClosed = meter.CreateCounter<long>("jrcasework.cases.closed", "{case}", "Cases closed, by whether the objective was met.");
        _remindersGiven = meter.CreateCounter<long>("jrcasework.reminders.given", "{reminder}", "Follow-up reminders given, by kind.");
        _mailsSent = meter.CreateCounter<long>("jrcasework.mails.sent", "{mail}", "Mails the mail server accepted.");
        _mailsFailed = meter.CreateCounter<long>(
            "jrcasework.mails.failed", "{attempt}", "Failed attempts to send a mail, by what became of it (pending: tried again later; failed: given up).");
    }

    public void CaseOpened() => _casesOpened.Add(1);

    public void CaseClosed(ObjectiveMet objectiveMet) => _casesClosed.Add(1, Tag("jrcasework.objective_met", objectiveMet));

    public void ReminderGiven(ReminderKind kind) => _remindersGiven.Add(1, Tag("jrcasework.reminder.kind", kind));

    public void MailSent() => _mailsSent.Add(1);

    public void MailFailed(MailStatus nowStatus) => _mailsFailed.Add(1, Tag("jrcasework.mail.status", nowStatus));

    /// <summary>An enum as a tag value in lower case (<c>partly</c>, <c>escalation</c>): a handful of values, nothing personal.</summary>
    private static KeyValuePair<string, object?> Tag<T>(string name, T value)
        where T : struct, Enum => new(name, value.ToString().ToLowerInvariant());
}
