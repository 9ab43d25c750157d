using TrialRegistry.Organizations;

namespace TrialRegistry.Import;

public static class InvestigatorInitiatedRule
{
    /// <summary>
    /// An investigator-initiated trial (IIT) is one whose lead sponsor is not a company: an academic
    /// or hospital sponsor (OTHER), a government body (NIH, FED, OTHER_GOV), a research network or an
    /// individual investigator. This is how drug-intelligence sources (and the seed page's "IIT" tag
    /// on APHP's trial) read CT.gov's lead-sponsor class. UNKNOWN and AMBIG say nothing, so they are
    /// not counted as IITs.
    /// </summary>
    public static bool IsInvestigatorInitiated(OrganizationClass leadSponsorClass)
        => leadSponsorClass is OrganizationClass.Other
            or OrganizationClass.Nih
            or OrganizationClass.OtherGov
            or OrganizationClass.Network
            or OrganizationClass.Indiv
            or OrganizationClass.Fed;
}
