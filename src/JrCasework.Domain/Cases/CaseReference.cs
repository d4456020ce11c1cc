namespace JrCasework.Domain.Cases;

/// <summary>A reference people can read and say aloud: <c>JR-2026-0042</c>, sequential per year.</summary>
public static class CaseReference
{
    public static string Format(int year, int sequence) => $"JR-{year:D4}-{sequence:D4}";
}
