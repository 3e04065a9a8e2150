namespace Amuddu.Linkage.Comparison;

/// <summary>
/// The agreement levels of each field, most to least similar. Level 0 is always "missing": one side has no usable
/// value, which is neither evidence for nor against a match (weight 0).
/// </summary>
public static class AgreementLevels
{
    public const byte Missing = 0;

    public static class Name
    {
        public const byte Exact = 1;
        public const byte Variant = 2;
        public const byte Phonetic = 3;
        public const byte Fuzzy = 4;
        public const byte Disagree = 5;

        /// <summary>Two different entries of the name table (Mohamed and Mahmoud): registrars' slips do not produce these.</summary>
        public const byte Conflict = 6;
    }

    public static class Date
    {
        public const byte Exact = 1;
        public const byte DayMonthSwapped = 2;
        public const byte YearOffByOne = 3;
        public const byte OneComponentDiffers = 4;
        public const byte SameYearOnly = 5;
        public const byte Disagree = 6;
    }

    /// <summary>Sex, nationality, city.</summary>
    public static class Simple
    {
        public const byte Agree = 1;
        public const byte Disagree = 2;
    }

    /// <summary>Phone and document number.</summary>
    public static class Identifier
    {
        public const byte Exact = 1;
        public const byte OneEdit = 2;
        public const byte Disagree = 3;
    }

    private static readonly string[] NameLevels = ["missing", "exact", "variant", "phonetic", "fuzzy", "different", "different known names"];
    private static readonly string[] DateLevels = ["missing", "exact", "day/month swapped", "year off by one", "one part differs", "same year (partial date)", "different"];
    private static readonly string[] SimpleLevels = ["missing", "same", "different"];
    private static readonly string[] IdentifierLevels = ["missing", "exact", "one character differs", "different"];

    public static IReadOnlyList<string> Names(Field field) => field switch
    {
        Field.FirstName or Field.LastName => NameLevels,
        Field.DateOfBirth => DateLevels,
        Field.Sex or Field.Nationality or Field.City => SimpleLevels,
        Field.Phone or Field.Document => IdentifierLevels,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static int Count(Field field) => Names(field).Count;

    public static string Describe(Field field, byte level) => Names(field)[level];

    public static readonly Field[] AllFields = Enum.GetValues<Field>();
}
