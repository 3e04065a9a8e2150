using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Amuddu.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AmudduDbContext>
{
    public AmudduDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AmudduDbContext>()
            .UseAmudduDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:")
            .Options);
}
