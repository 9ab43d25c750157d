using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>One <c>AREA[Name]value</c> term of <c>filter.advanced</c> (terms combine with AND).</summary>
public abstract record AdvancedCondition;

public sealed record PhaseCondition(Phase Phase) : AdvancedCondition;

public sealed record StudyTypeCondition(StudyType StudyType) : AdvancedCondition;

public sealed record StatusCondition(OverallStatus Status) : AdvancedCondition;

public sealed record HasResultsCondition(bool HasResults) : AdvancedCondition;

public enum AdvancedDateField
{
    StartDate,
    LastUpdatePostDate,
}

/// <summary>A date within [From, To] (both inclusive; null is MIN or MAX). A study without the date never matches.</summary>
public sealed record DateRangeCondition(AdvancedDateField Field, DateOnly? From, DateOnly? To) : AdvancedCondition;

/// <summary>An enrollment count within [From, To]; a study without a count never matches.</summary>
public sealed record EnrollmentRangeCondition(int? From, int? To) : AdvancedCondition;
