using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Employers.Pages;

/// <summary>The company form as typed, read from the posted fields by name.</summary>
public sealed class CompanyForm
{
    public string? Name { get; set; }
    public string? Ice { get; set; }
    public string? Sector { get; set; }
    public string? Size { get; set; }
    public string? RegionCode { get; set; }
    public string? City { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? CounsellorId { get; set; }
    public string? Notes { get; set; }
    public long Version { get; set; }

    public static CompanyForm Read(IFormCollection form)
    {
        string? One(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        return new CompanyForm
        {
            Name = One("Name"), Ice = One("Ice"), Sector = One("Sector"), Size = One("Size"), RegionCode = One("RegionCode"), City = One("City"),
            Address = One("Address"), Phone = One("Phone"), Email = One("Email"), CounsellorId = One("CounsellorId"), Notes = One("Notes"),
            Version = long.TryParse(One("Version"), System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : -1,
        };
    }

    public static CompanyForm From(CompanyResponse c) => new()
    {
        Name = c.Name, Ice = c.Ice, Sector = c.Sector.ToString(), Size = c.Size.ToString(), RegionCode = c.RegionCode, City = c.City, Address = c.Address,
        Phone = c.Phone, Email = c.Email, CounsellorId = c.CounsellorId?.ToString(), Notes = c.Notes, Version = c.Version,
    };

    public CompanyInput ToInput() => new(
        Name, Ice,
        !string.IsNullOrEmpty(Sector) && StrictEnums.IsDefinedName(typeof(CompanySector), Sector) ? Enum.Parse<CompanySector>(Sector) : null,
        !string.IsNullOrEmpty(Size) && StrictEnums.IsDefinedName(typeof(CompanySize), Size) ? Enum.Parse<CompanySize>(Size) : null,
        RegionCode, City, Address, Phone, Email, Guid.TryParse(CounsellorId, out var id) ? id : null, Notes);

    /// <summary>The service's counsellors and administrators, who may be in charge of a company.</summary>
    public static async Task<List<KeyValuePair<Guid, string>>> CounsellorsAsync(AmudduDbContext db, ICurrentStaff staff, CancellationToken cancellationToken)
    {
        var roles = EmployerAccess.ServiceRoles;
        return await db.Users.Where(u => u.OrganisationId == staff.OrganisationId)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName).Select(u => new KeyValuePair<Guid, string>(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
    }
}
