namespace TrialRegistry.Web.Features.Reading;

/// <summary>
/// Marks a page readers only read: rendered without a circuit, it posts nothing, so anonymous
/// readers get it cacheable by anyone and without the antiforgery cookie (see <see cref="ReaderHttpCaching"/>).
/// Pages with a form that posts (sign-in) must not carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReaderPageAttribute : Attribute;
