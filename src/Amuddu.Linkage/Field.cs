namespace Amuddu.Linkage;

/// <summary>The fields compared between two registrations, in the order of the comparison vector.</summary>
public enum Field
{
    FirstName = 0,
    LastName = 1,
    DateOfBirth = 2,
    Sex = 3,
    Nationality = 4,
    Phone = 5,
    Document = 6,
    City = 7,
}
