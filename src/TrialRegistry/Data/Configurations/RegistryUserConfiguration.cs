using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrialRegistry.Accounts;

namespace TrialRegistry.Data.Configurations;

public sealed class RegistryUserConfiguration : IEntityTypeConfiguration<RegistryUser>
{
    public void Configure(EntityTypeBuilder<RegistryUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}
