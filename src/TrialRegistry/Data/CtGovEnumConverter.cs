using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TrialRegistry.Common;

namespace TrialRegistry.Data;

/// <summary>Stores an enum as its ClinicalTrials.gov API spelling ("ACTIVE_NOT_RECRUITING").</summary>
public sealed class CtGovEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => CtGovNames.ToCtGov(value),
    text => CtGovNames.Parse<TEnum>(text))
    where TEnum : struct, Enum;
