using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TrialRegistry.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running database or the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Registry")
            ?? "Host=127.0.0.1;Port=55432;Database=trialregistry;Username=postgres";
        var options = new DbContextOptionsBuilder<RegistryDbContext>();
        DataServiceCollectionExtensions.Configure(options, connectionString);
        return new RegistryDbContext(options.Options);
    }
}
