using Amuddu.Linkage.Normalisation;

namespace Amuddu.Linkage;

/// <summary>Normalises raw registrations. Unreadable values become missing and are flagged, never guessed.</summary>
public static class RecordPreparer
{
    public static PreparedRecord Prepare(PersonRecord record)
    {
        var unreadable = UnreadableFields.None;
        if (!DateParser.TryParse(record.DateOfBirth, out var dob) && !string.IsNullOrWhiteSpace(record.DateOfBirth))
        {
            unreadable |= UnreadableFields.DateOfBirth;
        }

        if (!PhoneNormaliser.TryNormalise(record.Phone, out var phone) && !string.IsNullOrWhiteSpace(record.Phone))
        {
            unreadable |= UnreadableFields.Phone;
        }

        var sex = ValueNormaliser.Sex(record.Sex);
        if (sex == '\0' && !string.IsNullOrWhiteSpace(record.Sex))
        {
            unreadable |= UnreadableFields.Sex;
        }

        return new PreparedRecord
        {
            RecordId = record.RecordId,
            First = NameNormaliser.Prepare(record.FirstName),
            Last = NameNormaliser.Prepare(record.LastName),
            DateOfBirth = dob,
            Sex = sex,
            Nationality = ValueNormaliser.Nationality(record.Nationality),
            Phone = phone,
            Document = ValueNormaliser.Document(record.DocumentNumber),
            City = ValueNormaliser.City(record.City),
            Unreadable = unreadable,
        };
    }
}
