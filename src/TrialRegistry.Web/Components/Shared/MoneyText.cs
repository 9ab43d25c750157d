using System.Globalization;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// Deal amounts as drug-intelligence pages write them: the currency's symbol where it is unambiguous
/// (€, $, £), its ISO code otherwise, and large amounts in millions or billions ("€12.5M").
/// </summary>
public static class MoneyText
{
    public static string Compact(decimal amount, string? currency)
    {
        var (scaled, suffix) = Math.Abs(amount) switch
        {
            >= 1_000_000_000m => (amount / 1_000_000_000m, "B"),
            >= 1_000_000m => (amount / 1_000_000m, "M"),
            >= 10_000m => (amount / 1_000m, "K"),
            _ => (amount, string.Empty),
        };
        var number = scaled.ToString(suffix.Length == 0 ? "#,0.##" : "#,0.#", CultureInfo.InvariantCulture) + suffix;
        return WithCurrency(number, currency);
    }

    /// <summary>The exact amount ("EUR 12,500,000"), for a tooltip or a screen reader.</summary>
    public static string Full(decimal amount, string? currency)
    {
        var number = amount.ToString("#,0.##", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(currency) ? number : $"{currency.Trim().ToUpperInvariant()} {number}";
    }

    private static string WithCurrency(string number, string? currency)
    {
        var code = currency?.Trim().ToUpperInvariant();
        return code switch
        {
            null or "" => number,
            "EUR" => "€" + number,
            "USD" => "$" + number,
            "GBP" => "£" + number,
            "JPY" => "¥" + number,
            _ => $"{code} {number}",
        };
    }
}
