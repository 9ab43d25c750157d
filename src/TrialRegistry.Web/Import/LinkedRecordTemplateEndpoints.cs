using TrialRegistry.Import.LinkedRecords;
using TrialRegistry.Web.Security;

namespace TrialRegistry.Web.Import;

public static class LinkedRecordTemplateEndpoints
{
    /// <summary>
    /// GET /admin/import/templates/{kind}.csv (clinical-results, translational-medicine, patents, deals):
    /// the kind's CSV template as an attachment, for admins (the import page links them). An unknown
    /// kind is a 404.
    /// </summary>
    public static RouteHandlerBuilder MapLinkedRecordTemplates(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/admin/import/templates/{kind}.csv", (string kind) =>
                LinkedRecordCsvKinds.TryParseSlug(kind, out var parsed)
                    ? Results.File(LinkedRecordCsvTemplates.Bytes(parsed), "text/csv; charset=utf-8", LinkedRecordCsvTemplates.FileName(parsed))
                    : Results.NotFound())
            .RequireAuthorization(RegistryPolicies.Admin)
            .WithName("LinkedRecordTemplate");
}
