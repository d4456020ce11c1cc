namespace JrCasework.Domain.Foundations;

/// <summary>The four foundations for good relations: JR's preventive, everyday half.</summary>
public enum Foundation
{
    /// <summary>Let each worker know how they are getting along.</summary>
    HowTheyAreGettingAlong,

    /// <summary>Give credit when due.</summary>
    Credit,

    /// <summary>Tell people in advance about changes that will affect them.</summary>
    ChangeInAdvance,

    /// <summary>Make best use of each person's ability.</summary>
    BestUseOfAbility,
}

/// <summary>How the people concerned took a change they were told about.</summary>
public enum Reception
{
    Accepted,
    Mixed,
    Resisted,
    NotKnownYet,
}

/// <summary>What a supervisor records when telling people about a change in advance.</summary>
/// <param name="WhatChanges">What changes for them.</param>
/// <param name="TakesEffectOn">When it takes effect.</param>
/// <param name="ReasonsExplained">Whether the reasons were explained ("tell them why if possible").</param>
/// <param name="Reception">How it was received ("get them to accept the change").</param>
public sealed record ChangeDetails(string WhatChanges, DateOnly TakesEffectOn, bool ReasonsExplained, Reception Reception);

public enum FoundationRule
{
    SomeoneRequired,
    DateInFuture,
    DateTooOld,
    ChangeDetailsRequired,
    ChangeDetailsOnlyForChanges,
    TextTooLong,

    /// <summary>A control character (NUL, escape, ...) nobody types.</summary>
    UnusableCharacter,
}

/// <summary>A moment that cannot be logged as given; <see cref="Rule"/> lets the UI say why in the user's language.</summary>
public sealed class FoundationRuleException(FoundationRule rule, string message) : InvalidOperationException(message)
{
    public FoundationRule Rule { get; } = rule;
}
