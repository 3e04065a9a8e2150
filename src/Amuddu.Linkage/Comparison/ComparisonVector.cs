namespace Amuddu.Linkage.Comparison;

/// <summary>
/// The agreement level of every field for one pair, packed one byte per field into a ulong so that millions of
/// pairs fit in memory and identical patterns can be counted (which is what makes EM cheap).
/// </summary>
public readonly record struct ComparisonVector(ulong Packed)
{
    public byte this[Field field] => (byte)(Packed >> ((int)field * 8));

    public ComparisonVector With(Field field, byte level)
    {
        var shift = (int)field * 8;
        return new ComparisonVector((Packed & ~(0xFFUL << shift)) | ((ulong)level << shift));
    }

    public override string ToString()
    {
        var self = this;
        return string.Join(", ", AgreementLevels.AllFields.Select(f => $"{f}={AgreementLevels.Describe(f, self[f])}"));
    }
}
