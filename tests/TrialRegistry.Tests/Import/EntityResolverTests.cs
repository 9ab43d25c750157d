using TrialRegistry.Import;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import;

public sealed class EntityResolverTests
{
    [Fact]
    public void One_organization_per_normalized_name_with_unknowns_filled_in_and_knowns_kept()
    {
        var resolver = new EntityResolver();

        var first = resolver.ResolveOrganization("Assistance Publique - Hôpitaux de Paris");
        var second = resolver.ResolveOrganization("ASSISTANCE PUBLIQUE HOPITAUX DE PARIS", OrganizationClass.Other, "France");
        var third = resolver.ResolveOrganization("Assistance Publique Hôpitaux de Paris", OrganizationClass.Industry, "Spain");

        Assert.Same(first, second);
        Assert.Same(first, third);
        Assert.Equal(("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France"), (first.Name, first.Class, first.Country));
        Assert.Equal(1, resolver.OrganizationsCreated);
    }

    [Fact]
    public void An_alias_points_at_one_organization_only()
    {
        var resolver = new EntityResolver();
        var ucl = resolver.ResolveOrganization("University College London");
        var other = resolver.ResolveOrganization("Universidad Católica de Lovaina");

        Assert.True(resolver.AddAlias(ucl, "UCL"));
        Assert.False(resolver.AddAlias(other, "ucl"));
        Assert.False(resolver.AddAlias(ucl, "University College, London"));
        Assert.Same(ucl, resolver.ResolveOrganization(" ucl "));
        Assert.Single(ucl.Aliases);
    }

    [Fact]
    public void A_condition_without_a_mesh_term_takes_the_first_one_given()
    {
        var resolver = new EntityResolver();

        var condition = resolver.ResolveCondition("Lupus Erythematosus");
        resolver.ResolveCondition("lupus erythematosus", "Lupus Erythematosus, Systemic", "D000008180");
        resolver.ResolveCondition("Lupus erythematosus", "Lupus Erythematosus, Cutaneous", "D008178");

        Assert.Equal(("Lupus Erythematosus, Systemic", "D000008180"), (condition.MeshTerm, condition.MeshId));
        Assert.Equal(1, resolver.ConditionsCreated);
    }

    [Fact]
    public void Interventions_link_to_the_product_whose_name_or_alias_matches_preferring_the_trials_own_developer()
    {
        var resolver = new EntityResolver();
        var aphp = resolver.ResolveOrganization("Assistance Publique - Hôpitaux de Paris");
        var other = resolver.ResolveOrganization("Another Hospital");
        var aphpCells = resolver.ResolveProduct("Allogeneic UC-MSC", ProductType.CellTherapy, aphp);
        var otherCells = resolver.ResolveProduct("Allogeneic UC-MSC", ProductType.CellTherapy, other);
        var remestemcel = resolver.ResolveProduct("remestemcel-L", ProductType.CellTherapy, resolver.ResolveOrganization("Mesoblast, Ltd."));
        resolver.AddAlias(remestemcel, "Ryoncil");

        var byOtherName = new Intervention { Name = "MSC product", OtherNames = ["RYONCIL"] };
        var ofAphp = new Intervention { Name = "allogeneic UC MSC" };
        var ofNobody = new Intervention { Name = "Allogeneic UC-MSC" };
        var alreadyLinked = new Intervention { Name = "remestemcel-L", Product = aphpCells };

        Assert.True(resolver.LinkProduct(byOtherName, [other]));
        Assert.True(resolver.LinkProduct(ofAphp, [aphp]));
        Assert.False(resolver.LinkProduct(ofNobody, [resolver.ResolveOrganization("Third Sponsor")]));
        Assert.True(resolver.LinkProduct(alreadyLinked, [aphp]));

        Assert.Same(remestemcel, byOtherName.Product);
        Assert.Same(aphpCells, ofAphp.Product);
        Assert.Null(ofNobody.Product);
        Assert.Same(aphpCells, alreadyLinked.Product);
        Assert.NotSame(aphpCells, otherCells);
        Assert.Same(otherCells, resolver.FindProduct("allogeneic uc-msc", other));
    }
}
