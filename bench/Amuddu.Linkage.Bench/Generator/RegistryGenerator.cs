using System.Globalization;
using System.Text;

namespace Amuddu.Linkage.Bench.Generator;

/// <summary>
/// A seeded, deterministic generator of a registry with known true persons, shaped like registry_10k.csv: most
/// people register once, some two to four times, and each repeat registration is damaged the way registrations
/// are (other spelling, Arabic script, typo, case, swapped names, day/month swap, year off by one, missing or new
/// phone and document, other agency). Person i is the same for a given seed however many are generated.
/// </summary>
public sealed class RegistryGenerator(int seed)
{
    public sealed record Person(int Id, char Sex, string[] First, string[] Last, DateOnly Birth, string Nationality, string Phone, string Document, string City);

    public Person MakePerson(int id)
    {
        var r = new Random(Mix(seed, id, 17));
        var sex = r.Next(2) == 0 ? 'M' : 'F';
        var firstPool = sex == 'M' ? NamePools.MaleFirst : NamePools.FemaleFirst;
        var first = Pick(r, firstPool).Split('|');
        var last = Pick(r, NamePools.Last).Split('|');
        var birth = new DateOnly(1955, 1, 1).AddDays(r.Next(365 * 51));
        var phone = "+212" + (r.Next(2) == 0 ? "6" : "7") + r.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        var document = "PRA"[r.Next(3)] + r.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        return new Person(id, sex, first, last, birth, NamePools.Nationalities[r.Next(NamePools.Nationalities.Length)], phone, document, NamePools.Cities[r.Next(NamePools.Cities.Length)]);
    }

    /// <summary>Deterministic across processes (HashCode.Combine is randomised per process, so it cannot be used here).</summary>
    private static int Mix(params ReadOnlySpan<int> values)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var v in values)
        {
            h ^= (uint)v;
            h *= 0xBF58476D1CE4E5B9UL;
            h ^= h >> 31;
        }

        return (int)(h ^ (h >> 32));
    }

    /// <summary>Common names are much more common: a Zipf-like pick, as in real registries.</summary>
    private static string Pick(Random r, string[] pool)
    {
        var u = r.NextDouble();
        return pool[(int)(pool.Length * u * u)];
    }

    /// <summary>How many times person <paramref name="id"/> registered (1 to 4, mean about 1.5).</summary>
    public int RegistrationCount(int id)
    {
        var u = new Random(Mix(seed, id, 29)).NextDouble();
        return u < 0.70 ? 1 : u < 0.88 ? 2 : u < 0.94 ? 3 : 4;
    }

    /// <summary>The registration as typed; <paramref name="repeat"/> false for a person's first, careful registration.</summary>
    public PersonRecord Register(Person p, string recordId, bool repeat, Random r)
    {
        var first = Spell(p.First, repeat, r);
        var last = Spell(p.Last, repeat, r);
        if (repeat && r.NextDouble() < 0.06)
        {
            (first, last) = (last, first);
        }

        var birth = p.Birth;
        string? dob = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (repeat)
        {
            var x = r.NextDouble();
            if (x < 0.05 && birth.Day <= 12)
            {
                dob = new DateOnly(birth.Year, birth.Day, birth.Month).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (x < 0.09)
            {
                dob = birth.AddYears(r.Next(2) == 0 ? -1 : 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (x < 0.11)
            {
                dob = birth.AddDays(r.Next(1, 9)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        var y = r.NextDouble();
        if (y < 0.03)
        {
            dob = null;
        }
        else if (y < 0.05)
        {
            dob = birth.Year.ToString(CultureInfo.InvariantCulture);
        }
        else if (y < 0.15 && dob is not null)
        {
            dob = DateOnly.ParseExact(dob, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        var phone = p.Phone;
        if (repeat && r.NextDouble() < 0.10)
        {
            phone = "+212" + (r.Next(2) == 0 ? "6" : "7") + r.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        }

        string? phoneText = r.NextDouble() < 0.12 ? null : FormatPhone(phone, r);
        string? document = p.Document;
        var z = r.NextDouble();
        if (z < (repeat ? 0.25 : 0.12))
        {
            document = null;
        }
        else if (repeat && z < 0.27)
        {
            document = Typo(document, r).ToUpperInvariant();
        }
        else if (repeat && z < 0.31)
        {
            document = "PRA"[r.Next(3)] + r.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        }

        var city = repeat && r.NextDouble() < 0.3 ? NamePools.Cities[r.Next(NamePools.Cities.Length)] : p.City;
        var nationality = repeat && r.NextDouble() < 0.01 ? NamePools.Nationalities[r.Next(NamePools.Nationalities.Length)] : p.Nationality;
        return new PersonRecord(recordId, first, last, p.Sex.ToString(), dob, nationality, phoneText, document, city);
    }

    private static string Spell(string[] name, bool repeat, Random r)
    {
        var arabic = name.FirstOrDefault(n => n.Any(c => c is >= '\u0600' and <= '\u06FF'));
        var latin = name.Where(n => n != arabic).ToArray();
        var x = r.NextDouble();
        string s;
        if (arabic is not null && x < (repeat ? 0.10 : 0.04))
        {
            return arabic;
        }

        s = repeat && x < 0.40 ? latin[r.Next(latin.Length)] : latin[0];
        if (repeat && r.NextDouble() < 0.15)
        {
            s = Typo(s, r);
        }

        if (repeat && r.NextDouble() < 0.05)
        {
            s = SoundAlike(s);
        }

        return r.NextDouble() < 0.08 ? s.ToUpperInvariant() : s;
    }

    /// <summary>One keyboard slip: a letter dropped, doubled, swapped with the next, or replaced.</summary>
    public static string Typo(string s, Random r)
    {
        if (s.Length < 3)
        {
            return s;
        }

        var i = r.Next(1, s.Length - 1);
        var b = new StringBuilder(s);
        switch (r.Next(4))
        {
            case 0:
                b.Remove(i, 1);
                break;
            case 1:
                b.Insert(i, s[i]);
                break;
            case 2:
                (b[i], b[i + 1]) = (b[i + 1], b[i]);
                break;
            default:
                b[i] = (char)('a' + r.Next(26));
                break;
        }

        return b.ToString();
    }

    /// <summary>A spelling by ear, as a registrar writes a name heard rather than read.</summary>
    private static string SoundAlike(string s) => s
        .Replace("ou", "u", StringComparison.Ordinal)
        .Replace("Ou", "U", StringComparison.Ordinal)
        .Replace("C", "K", StringComparison.Ordinal)
        .Replace("ph", "f", StringComparison.Ordinal)
        .Replace("ei", "ai", StringComparison.Ordinal);

    private static string FormatPhone(string e164, Random r)
    {
        var national = "0" + e164[4..];
        return r.Next(5) switch
        {
            0 => e164,
            1 => national,
            2 => $"{national[..2]} {national[2..4]} {national[4..6]} {national[6..8]} {national[8..]}",
            3 => $"00212 {e164[4..7]} {e164[7..]}",
            _ => $"+212 {e164[4]} {e164[5..7]} {e164[7..9]} {e164[9..11]} {e164[11..]}",
        };
    }

    /// <summary>Writes a registry of exactly <paramref name="registrations"/> rows with a true_person column, shuffled.</summary>
    public int WriteRegistry(string path, int registrations)
    {
        var rows = new List<(int Person, int Repeat)>(registrations);
        var person = 0;
        while (rows.Count < registrations)
        {
            var n = RegistrationCount(person);
            for (var k = 0; k < n && rows.Count < registrations; k++)
            {
                rows.Add((person, k));
            }

            person++;
        }

        var shuffle = new Random(seed);
        for (var i = rows.Count - 1; i > 0; i--)
        {
            var j = shuffle.Next(i + 1);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }

        // Data for the engine (RFC 4180, values as they are), as CsvFiles.Data writes it in the app.
        using var writer = CsvHelper.CsvWriter.ToFile(path, CsvHelper.CsvWriterOptions.Default);
        writer.WriteRecord(["record_id", "first_name", "last_name", "sex", "date_of_birth", "nationality", "phone", "document_number", "city", "true_person"]);
        for (var i = 0; i < rows.Count; i++)
        {
            var (id, repeat) = rows[i];
            var p = MakePerson(id);
            var record = Register(p, $"G{i:D7}", repeat > 0, new Random(Mix(seed, id, repeat, 41)));
            writer.WriteRecord([record.RecordId, record.FirstName ?? "", record.LastName ?? "", record.Sex ?? "", record.DateOfBirth ?? "", record.Nationality ?? "", record.Phone ?? "", record.DocumentNumber ?? "", record.City ?? "", id.ToString(CultureInfo.InvariantCulture)]);
        }

        return person;
    }
}
