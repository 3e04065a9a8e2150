using System.Globalization;
using System.Text;
using Amuddu.Matching;

/// <summary>
/// The generated world, deterministic from its seed: the real ESCO occupations (with their ISCO-08 unit groups and
/// labels) and a skill profile made for each (ESCO's occupation–skill relations are not shipped): skills shared by
/// the unit group, by the minor group, and transversal ones. People are drawn from an occupation's profile with noise
/// (what they declare is not always what they are), so the true fit of a person to a vacancy is known.
/// </summary>
internal sealed class World
{
    public sealed record Occupation(string Code, string IscoGroup, string Label, string[] AltLabels, string[] Essential, string[] Optional);

    /// <summary>What the generator knows and the engine does not: the person's real trade and how good they are at it.</summary>
    public readonly record struct Latent(int Occupation, double Quality);

    public static readonly string[] Regions = ["MA-01", "MA-02", "MA-03", "MA-04", "MA-05", "MA-06", "MA-07", "MA-08", "MA-09", "MA-10", "MA-11", "MA-12"];
    public static readonly string[] Cities = ["Tanger", "Oujda", "Fès", "Rabat", "Béni Mellal", "Casablanca", "Marrakech", "Errachidia", "Agadir", "Guelmim", "Laâyoune", "Dakhla"];
    private static readonly double[] RegionWeights = [8, 5, 9, 16, 4, 30, 12, 2, 8, 2, 2, 2];

    public IReadOnlyList<Occupation> Occupations { get; }
    public OccupationGroups Groups { get; }
    private readonly double[] _cumulative;
    private readonly Dictionary<string, List<int>> _byUnit = [];
    private readonly Dictionary<string, List<int>> _byMinor = [];
    private readonly string[] _transversal = [.. Enumerable.Range(0, 60).Select(i => $"S-T-{i:D2}")];

    public World(string escoCsv, int seed)
    {
        var random = new Random(seed);
        var rows = ReadCsv(escoCsv).Skip(1).Where(r => r.Length > 4 && r[2].Length == 4).ToList();
        var occupations = new List<Occupation>(rows.Count);
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var group = row[2];
            // Skills of the unit group (u), of the minor group (m), transversal (t): an occupation takes its essentials mostly from its unit group.
            string U(int k) => $"S-{group}-{k:D2}";
            string M(int k) => $"S-{group[..3]}-{k:D2}";
            var essential = new HashSet<string>();
            while (essential.Count < 6)
            {
                essential.Add(random.Next(10) switch { < 6 => U(random.Next(14)), < 8 => M(random.Next(10)), _ => _transversal[random.Next(_transversal.Length)] });
            }

            var optional = new HashSet<string>();
            while (optional.Count < 4)
            {
                var skill = random.Next(2) == 0 ? M(random.Next(10)) : _transversal[random.Next(_transversal.Length)];
                if (!essential.Contains(skill))
                {
                    optional.Add(skill);
                }
            }

            occupations.Add(new Occupation($"B-{index:D4}", group, row[3],
                [.. row[4].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], [.. essential], [.. optional]));
        }

        Occupations = occupations;
        Groups = new OccupationGroups(occupations.ToDictionary(o => o.Code, o => o.IscoGroup));
        for (var i = 0; i < occupations.Count; i++)
        {
            Add(_byUnit, occupations[i].IscoGroup, i);
            Add(_byMinor, occupations[i].IscoGroup[..3], i);
        }

        // Popularity: a mild Zipf over a shuffled order, as in a registry where some trades are far more common.
        var order = Enumerable.Range(0, occupations.Count).OrderBy(_ => random.Next()).ToArray();
        var weights = new double[occupations.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            weights[order[rank]] = 1.0 / Math.Pow(rank + 50, 0.9);
        }

        _cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }

        for (var i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= sum;
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }

    public int DrawOccupation(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    private int Sibling(Random random, int occupation, bool minor)
    {
        var group = Occupations[occupation].IscoGroup;
        var list = minor ? _byMinor[group[..3]] : _byUnit[group];
        return list[random.Next(list.Count)];
    }

    public static int Region(Random random)
    {
        var x = random.NextDouble() * RegionWeights.Sum();
        for (var i = 0; i < RegionWeights.Length; i++)
        {
            x -= RegionWeights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return RegionWeights.Length - 1;
    }

    /// <summary>A person drawn from an occupation's profile, with noise; <paramref name="today"/> dates availability and documents.</summary>
    public (CandidateProfile Profile, Latent Latent) Person(Random random, Guid id, DateOnly today)
    {
        var occupation = DrawOccupation(random);
        var quality = random.NextDouble();
        var profile = Occupations[occupation];
        // Declared targets: mostly the real trade, sometimes a neighbour of it; some add a second one nearby.
        var first = random.Next(100) switch { < 85 => occupation, < 95 => Sibling(random, occupation, false), _ => Sibling(random, occupation, true) };
        var targets = new List<string> { Occupations[first].Code };
        if (random.Next(10) < 4)
        {
            var second = Occupations[Sibling(random, occupation, true)].Code;
            if (!targets.Contains(second))
            {
                targets.Add(second);
            }
        }

        var past = new List<PastOccupation>();
        if (random.Next(10) < 7)
        {
            past.Add(new PastOccupation(profile.Code, (int)Math.Round(quality * 8 * random.NextDouble() + random.Next(2))));
        }

        if (random.Next(10) < 2)
        {
            past.Add(new PastOccupation(Occupations[DrawOccupation(random)].Code, 1 + random.Next(4)));
        }

        var skills = new Dictionary<string, Proficiency>();
        foreach (var skill in profile.Essential)
        {
            if (random.NextDouble() < 0.25 + 0.7 * quality)
            {
                skills[skill] = (Proficiency)Math.Min(2, (int)(quality * 3 * (0.6 + 0.6 * random.NextDouble())));
            }
        }

        foreach (var skill in profile.Optional)
        {
            if (random.NextDouble() < 0.15 + 0.5 * quality)
            {
                skills[skill] = (Proficiency)random.Next(3);
            }
        }

        for (var i = random.Next(4); i > 0; i--)
        {
            // Noise: skills of other trades, declared or picked up elsewhere.
            var other = Occupations[DrawOccupation(random)];
            skills.TryAdd(other.Essential[random.Next(other.Essential.Length)], (Proficiency)random.Next(3));
        }

        var languages = new List<HeldLanguage> { new("fr", (LanguageLevel)Math.Clamp((int)Math.Round(quality * 3 + random.Next(-1, 3)), 0, 5)) };
        if (random.Next(10) < 4)
        {
            languages.Add(new HeldLanguage("ar", LanguageLevel.C2));
        }

        if (random.Next(10) < 3)
        {
            languages.Add(new HeldLanguage("en", (LanguageLevel)random.Next(6)));
        }

        var region = Region(random);
        var rightToWork = random.Next(100) switch
        {
            < 18 => (DateOnly?)null,
            < 30 => today.AddDays(random.Next(30, 400)),
            < 60 => today.AddYears(random.Next(2, 10)),
            _ => DateOnly.MaxValue,
        };
        return (new CandidateProfile
        {
            Id = id,
            TargetOccupations = [.. targets],
            PastOccupations = [.. past],
            Skills = [.. skills.Select(s => new HeldSkill(s.Key, s.Value))],
            Languages = [.. languages],
            Education = (EducationStep)Math.Clamp(TypicalEducation(profile.IscoGroup) + random.Next(-2, 2), 0, 6),
            RegionCode = Regions[region],
            City = Cities[region],
            AvailableFrom = random.Next(3) == 0 ? null : today.AddDays(random.Next(-60, 90)),
            RightToWorkUntil = rightToWork,
        }, new Latent(occupation, quality));
    }

    /// <summary>A vacancy for an occupation drawn as people's are, asking for most of its profile.</summary>
    public (VacancyRequirements Requirements, string Title) Vacancy(Random random, Guid id, DateOnly today)
    {
        var occupation = Occupations[DrawOccupation(random)];
        var region = Region(random);
        var title = occupation.AltLabels.Length > 0 && random.Next(2) == 0 ? occupation.AltLabels[random.Next(occupation.AltLabels.Length)] : occupation.Label;
        return (new VacancyRequirements
        {
            Id = id,
            OccupationCode = occupation.Code,
            EssentialSkills = [.. occupation.Essential.OrderBy(_ => random.Next()).Take(4 + random.Next(3))],
            OptionalSkills = [.. occupation.Optional.OrderBy(_ => random.Next()).Take(random.Next(4))],
            Languages = random.Next(10) < 8 ? [new RequiredLanguage("fr", (LanguageLevel)random.Next(1, 4))] : [],
            MinimumEducation = random.Next(2) == 0 ? (EducationStep)Math.Max(0, TypicalEducation(occupation.IscoGroup) - 1) : null,
            ExperienceYears = random.Next(3) == 0 ? null : random.Next(0, 4),
            Places = [new JobPlace(Regions[region], random.Next(3) == 0 ? null : Cities[region])],
            StartsOn = today.AddDays(random.Next(7, 120)),
        }, title);
    }

    /// <summary>Managers and professionals study longer than labourers (ISCO major group 1 to 9).</summary>
    private static int TypicalEducation(string isco) => isco[0] switch { '1' or '2' => 5, '3' => 4, '4' or '5' => 3, '6' or '7' or '8' => 2, _ => 1 };

    /// <summary>How well the person really fits, from what the generator knows: 0 to 3.</summary>
    public int TrueFit(Latent person, VacancyRequirements vacancy)
    {
        var occupation = Occupations[person.Occupation];
        var fit = Groups.Fit(vacancy.OccupationCode, Groups.IscoGroupOf(vacancy.OccupationCode), occupation.Code);
        var closeness = fit switch { OccupationFit.Same => 2, OccupationFit.Related => 1, _ => 0 };
        return closeness == 0 ? 0 : closeness + (person.Quality >= 0.6 ? 1 : 0);
    }

    public static string[] Words(string text) =>
        [.. Amuddu.Web.Features.Positioning.TaxonomyText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct()];

    private static IEnumerable<string[]> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
