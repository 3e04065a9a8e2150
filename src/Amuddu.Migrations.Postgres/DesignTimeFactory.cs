using Amuddu.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Amuddu.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AmudduDbContext>
{
    public AmudduDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AmudduDbContext>()
            .UseAmudduDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=amuddu_design")
            .Options);
}
