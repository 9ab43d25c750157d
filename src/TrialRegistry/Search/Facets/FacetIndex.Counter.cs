using System.Buffers;
using System.Globalization;
using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Search.Facets;

public sealed partial class FacetIndex
{
    /// <summary>Every facet lists its 15 most frequent ids or countries (plus the selected ones), as the SQL path does.</summary>
    public const int Top = SharedFacetCounts.Top;

    private const int Years = 10_000;

    /// <summary>
    /// One pass over the candidates. A trial that fails no filter counts for the total and every
    /// facet; one that fails exactly one filter counts only for that filter's facet (whose counts
    /// ignore its own filter); one that fails two counts nowhere.
    /// </summary>
    private sealed class Counter
    {
        private readonly FacetIndex index;
        private readonly FacetFilter filter;

        private readonly bool[]? statusOk;
        private readonly bool[]? studyTypeOk;
        private readonly bool[]? sponsorClassOk;
        private readonly uint phaseMask;
        private readonly uint interventionTypeMask;
        private readonly int[]? conditionOk;
        private readonly int[]? productOk;
        private readonly int[]? countryOk;
        private readonly int[]? sponsorOk;
        private readonly int hasResults = -1;
        private readonly bool yearFiltered;
        private readonly int yearFrom;
        private readonly int yearTo;

        private readonly int[] statusCounts = new int[16];
        private readonly int[] studyTypeCounts = new int[8];
        private readonly int[] sponsorClassCounts = new int[16];
        private readonly int[] phaseCounts = new int[32];
        private readonly int[] interventionTypeCounts = new int[32];
        private readonly int[] resultCounts = new int[2];
        private readonly int[] yearCounts;
        private readonly int[] sponsorCounts;
        private readonly int[] conditionCounts;
        private readonly int[] productCounts;
        private readonly int[] countryCounts;
        private int total;

        public Counter(FacetIndex index, FacetFilter filter)
        {
            this.index = index;
            this.filter = filter;
            statusOk = Allowed(filter.Statuses);
            studyTypeOk = Allowed(filter.StudyTypes);
            sponsorClassOk = Allowed(filter.SponsorClasses);
            phaseMask = Bits(filter.Phases);
            interventionTypeMask = Bits(filter.InterventionTypes);
            conditionOk = Selected(index.conditions, filter.ConditionIds);
            productOk = Selected(index.products, filter.ProductIds);
            countryOk = Selected(index.countries, filter.Countries);
            sponsorOk = Selected(index.sponsors, filter.SponsorIds);
            hasResults = filter.HasResults switch { null => -1, false => 0, true => 1 };
            yearFiltered = filter.StartYearFrom is not null || filter.StartYearTo is not null;
            yearFrom = filter.StartYearFrom ?? int.MinValue;
            yearTo = filter.StartYearTo ?? int.MaxValue;

            yearCounts = Rent(Years);
            sponsorCounts = Rent(index.sponsors.Values.Count);
            conditionCounts = Rent(index.conditions.Values.Count);
            productCounts = Rent(index.products.Values.Count);
            countryCounts = Rent(index.countries.Values.Count);
        }

        public FacetTally? Run(IReadOnlyList<int>? candidates)
        {
            try
            {
                if (candidates is null)
                {
                    for (var row = 0; row < index.rows; row++)
                    {
                        if (index.statuses[row] != 0)
                        {
                            Visit(row);
                        }
                    }
                }
                else
                {
                    foreach (var trialId in candidates)
                    {
                        if (!index.rowOfTrial.TryGet(trialId, out var row))
                        {
                            return null; // PostgreSQL has a trial the index has not heard of yet.
                        }

                        Visit(row);
                    }
                }

                return Result();
            }
            finally
            {
                ReturnCounts();
            }
        }

        private void ReturnCounts()
        {
            ArrayPool<int>.Shared.Return(yearCounts);
            ArrayPool<int>.Shared.Return(sponsorCounts);
            ArrayPool<int>.Shared.Return(conditionCounts);
            ArrayPool<int>.Shared.Return(productCounts);
            ArrayPool<int>.Shared.Return(countryCounts);
        }

        private static int[] Rent(int length)
        {
            var array = ArrayPool<int>.Shared.Rent(Math.Max(length, 1));
            Array.Clear(array, 0, Math.Max(length, 1));
            return array;
        }

        private static bool[]? Allowed<TEnum>(IReadOnlyList<TEnum> values)
            where TEnum : struct, Enum
        {
            if (values.Count == 0)
            {
                return null;
            }

            var allowed = new bool[33];
            foreach (var value in values)
            {
                allowed[Convert.ToInt32(value, CultureInfo.InvariantCulture) + 1] = true;
            }

            return allowed;
        }

        // The codes of the selected values; empty when none occurs (the filter then passes nothing).
        private static int[]? Selected<T>(Codes<T> codes, IReadOnlyList<T> values)
            where T : notnull
            => values.Count == 0 ? null : values.Select(codes.Find).Where(c => c is not null).Select(c => c!.Value).Distinct().ToArray();

        private static bool AnyOf(ReadOnlySpan<int> rowCodes, int[] selected)
        {
            foreach (var code in rowCodes)
            {
                if (Array.IndexOf(selected, code) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Calls <paramref name="passed"/> with each candidate row that passes every filter; false when a candidate is not in the index.</summary>
        public bool Select(IReadOnlyList<int>? candidates, Action<int> passed)
        {
            try
            {
                if (candidates is null)
                {
                    for (var row = 0; row < index.rows; row++)
                    {
                        if (index.statuses[row] != 0 && Check(row, out _) == 0)
                        {
                            passed(row);
                        }
                    }

                    return true;
                }

                foreach (var trialId in candidates)
                {
                    if (!index.rowOfTrial.TryGet(trialId, out var row))
                    {
                        return false;
                    }

                    if (Check(row, out _) == 0)
                    {
                        passed(row);
                    }
                }

                return true;
            }
            finally
            {
                ReturnCounts();
            }
        }

        /// <summary>
        /// Adds to <paramref name="passed"/> the rows of <paramref name="order"/> from <paramref name="start"/> on that pass
        /// every filter, until it holds <paramref name="take"/>; false when <paramref name="budget"/> rows were read first.
        /// </summary>
        public bool Walk(int[] order, int start, int take, int budget, List<int> passed)
        {
            try
            {
                var end = Math.Min(order.Length, start + budget);
                for (var i = start; i < end && passed.Count < take; i++)
                {
                    var row = order[i];
                    if (index.statuses[row] != 0 && Check(row, out _) == 0)
                    {
                        passed.Add(row);
                    }
                }

                return passed.Count == take || end == order.Length;
            }
            finally
            {
                ReturnCounts();
            }
        }

        private void Visit(int row)
        {
            var misses = Check(row, out var missed);
            if (misses == 0)
            {
                total++;
                foreach (var facet in AllFacets)
                {
                    Count(facet, row);
                }
            }
            else if (misses == 1)
            {
                Count(missed, row);
            }
        }

        /// <summary>How many filters the row fails (counting stops at 2), and the one it failed when just one.</summary>
        private int Check(int row, out SearchFacet missed)
        {
            var misses = 0;
            var failed = SearchFacet.Status;
            void Miss(SearchFacet facet)
            {
                misses++;
                failed = facet;
            }

            if (statusOk is not null && !statusOk[index.statuses[row]])
            {
                Miss(SearchFacet.Status);
            }

            if (phaseMask != 0 && (index.phases[row] & phaseMask) == 0)
            {
                Miss(SearchFacet.Phase);
            }

            if (studyTypeOk is not null && !studyTypeOk[index.studyTypes[row]])
            {
                Miss(SearchFacet.StudyType);
            }

            if (sponsorClassOk is not null && !sponsorClassOk[index.sponsorClasses[row]])
            {
                Miss(SearchFacet.SponsorClass);
            }

            if (hasResults >= 0 && index.results[row] != (hasResults == 1))
            {
                Miss(SearchFacet.HasResults);
            }

            if (yearFiltered && (index.startYears[row] == 0 || index.startYears[row] < yearFrom || index.startYears[row] > yearTo))
            {
                Miss(SearchFacet.StartYear);
            }

            if (misses > 1)
            {
                missed = failed;
                return misses;
            }

            if (interventionTypeMask != 0 && (index.interventionTypes[row] & interventionTypeMask) == 0)
            {
                Miss(SearchFacet.InterventionType);
            }

            if (sponsorOk is not null && Array.IndexOf(sponsorOk, index.sponsorCodes[row]) < 0)
            {
                Miss(SearchFacet.Sponsor);
            }

            if (misses > 1)
            {
                missed = failed;
                return misses;
            }

            if (conditionOk is not null && !AnyOf(index.conditionCodes[row], conditionOk))
            {
                Miss(SearchFacet.Condition);
            }

            if (misses <= 1 && productOk is not null && !AnyOf(index.productCodes[row], productOk))
            {
                Miss(SearchFacet.Product);
            }

            if (misses <= 1 && countryOk is not null && !AnyOf(index.countryCodes[row], countryOk))
            {
                Miss(SearchFacet.Country);
            }

            missed = failed;
            return misses;
        }

        private static readonly SearchFacet[] AllFacets = Enum.GetValues<SearchFacet>();

        private void Count(SearchFacet facet, int row)
        {
            switch (facet)
            {
                case SearchFacet.Status:
                    statusCounts[index.statuses[row]]++;
                    break;
                case SearchFacet.Phase:
                    CountBits(phaseCounts, index.phases[row]);
                    break;
                case SearchFacet.StudyType:
                    studyTypeCounts[index.studyTypes[row]]++;
                    break;
                case SearchFacet.Condition:
                    CountCodes(conditionCounts, index.conditionCodes[row]);
                    break;
                case SearchFacet.InterventionType:
                    CountBits(interventionTypeCounts, index.interventionTypes[row]);
                    break;
                case SearchFacet.Product:
                    CountCodes(productCounts, index.productCodes[row]);
                    break;
                case SearchFacet.Sponsor:
                    sponsorCounts[index.sponsorCodes[row]]++;
                    break;
                case SearchFacet.SponsorClass:
                    sponsorClassCounts[index.sponsorClasses[row]]++;
                    break;
                case SearchFacet.Country:
                    CountCodes(countryCounts, index.countryCodes[row]);
                    break;
                case SearchFacet.HasResults:
                    resultCounts[index.results[row] ? 1 : 0]++;
                    break;
                case SearchFacet.StartYear:
                    if (index.startYears[row] is > 0 and < Years)
                    {
                        yearCounts[index.startYears[row]]++;
                    }

                    break;
            }
        }

        private static void CountBits(int[] counts, uint bits)
        {
            while (bits != 0)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                bits &= bits - 1;
            }
        }

        private static void CountCodes(int[] counts, ReadOnlySpan<int> codes)
        {
            foreach (var code in codes)
            {
                counts[code]++;
            }
        }

        private FacetTally Result()
        {
            var facets = new Dictionary<SearchFacet, IReadOnlyList<(string, int)>>
            {
                [SearchFacet.Status] = Enums<OverallStatus>(statusCounts, offset: 1),
                [SearchFacet.Phase] = Enums<Phase>(phaseCounts, offset: 0),
                [SearchFacet.StudyType] = Enums<StudyType>(studyTypeCounts, offset: 1),
                [SearchFacet.InterventionType] = Enums<InterventionType>(interventionTypeCounts, offset: 0),
                [SearchFacet.SponsorClass] = Enums<OrganizationClass>(sponsorClassCounts, offset: 1),
                [SearchFacet.Condition] = TopIds(index.conditions, conditionCounts, filter.ConditionIds),
                [SearchFacet.Product] = TopIds(index.products, productCounts, filter.ProductIds),
                [SearchFacet.Sponsor] = TopIds(index.sponsors, sponsorCounts, filter.SponsorIds),
                [SearchFacet.Country] = TopCountries(),
                [SearchFacet.HasResults] = new[] { (true, resultCounts[1]), (false, resultCounts[0]) }
                    .Where(r => r.Item2 > 0).Select(r => (r.Item1 ? "true" : "false", r.Item2)).ToList(),
                [SearchFacet.StartYear] = Enumerable.Range(1, Years - 1).Where(y => yearCounts[y] > 0)
                    .Select(y => (y.ToString(CultureInfo.InvariantCulture), yearCounts[y])).ToList(),
            };
            return new FacetTally(total, facets);
        }

        private static List<(string, int)> Enums<TEnum>(int[] counts, int offset)
            where TEnum : struct, Enum
            => Enum.GetValues<TEnum>()
                .Select(v => (Value: v, Count: counts[Convert.ToInt32(v, CultureInfo.InvariantCulture) + offset]))
                .Where(c => c.Count > 0)
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value)
                .Select(c => (CtGovNames.ToCtGov(c.Value), c.Count))
                .ToList();

        private static List<(string, int)> TopIds(Codes<int> codes, int[] counts, IReadOnlyList<int> selected)
        {
            var top = Best(codes.Values, counts, Comparer<int>.Default);
            var chosen = top.Select(t => t.Value).ToHashSet();
            var more = selected.Distinct().Where(id => !chosen.Contains(id) && codes.Find(id) is { } code && counts[code] > 0)
                .Select(id => (Value: id, Count: counts[codes.Find(id)!.Value]))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value);
            return top.Concat(more).Select(c => (c.Value.ToString(CultureInfo.InvariantCulture), c.Count)).ToList();
        }

        private List<(string, int)> TopCountries()
        {
            var codes = index.countries;
            var top = Best(codes.Values, countryCounts, StringComparer.Ordinal);
            var chosen = top.Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
            var more = filter.Countries.Distinct().Where(c => !chosen.Contains(c) && codes.Find(c) is { } code && countryCounts[code] > 0)
                .Select(c => (Value: c, Count: countryCounts[codes.Find(c)!.Value]))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal);
            return top.Concat(more).Select(c => (c.Value, c.Count)).ToList();
        }

        /// <summary>The <see cref="Top"/> values with the most trials (ties: smaller value first), in that order.</summary>
        private static List<(T Value, int Count)> Best<T>(List<T> values, int[] counts, IComparer<T> order)
        {
            var best = new List<(T Value, int Count)>(Top + 1);
            bool Before((T Value, int Count) a, (T Value, int Count) b) => a.Count > b.Count || (a.Count == b.Count && order.Compare(a.Value, b.Value) < 0);
            for (var code = 0; code < values.Count; code++)
            {
                var count = counts[code];
                if (count == 0)
                {
                    continue;
                }

                var entry = (values[code], count);
                if (best.Count == Top && !Before(entry, best[^1]))
                {
                    continue;
                }

                var at = best.Count;
                while (at > 0 && Before(entry, best[at - 1]))
                {
                    at--;
                }

                best.Insert(at, entry);
                if (best.Count > Top)
                {
                    best.RemoveAt(Top);
                }
            }

            return best;
        }
    }
}
