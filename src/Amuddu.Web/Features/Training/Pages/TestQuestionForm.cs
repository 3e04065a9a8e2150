namespace Amuddu.Web.Features.Training.Pages;

/// <summary>The add-question form as posted (kept as typed when refused): a few rows of choices, the empty ones ignored.</summary>
public sealed class TestQuestionForm
{
    public const int Rows = 5;

    public Guid? ModuleId { get; set; }
    public TestKind Test { get; set; } = TestKind.Post;
    public QuestionKind Kind { get; set; } = QuestionKind.SingleChoice;
    public string TextFr { get; set; } = "";
    public string TextAr { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string[] ChoiceFr { get; } = new string[Rows];
    public string[] ChoiceAr { get; } = new string[Rows];
    public string[] ChoiceEn { get; } = new string[Rows];
    public bool[] Correct { get; } = new bool[Rows];

    public static TestQuestionForm From(IFormCollection form)
    {
        var f = new TestQuestionForm
        {
            ModuleId = Guid.TryParse(form["ModuleId"], out var m) ? m : null,
            Test = Enum.TryParse<TestKind>(form["Test"], out var t) ? t : TestKind.Post,
            Kind = Enum.TryParse<QuestionKind>(form["Kind"], out var k) ? k : QuestionKind.SingleChoice,
            TextFr = form["TextFr"].ToString(),
            TextAr = form["TextAr"].ToString(),
            TextEn = form["TextEn"].ToString(),
        };
        var correct = form["Correct"].ToHashSet();
        for (var i = 0; i < Rows; i++)
        {
            f.ChoiceFr[i] = form[$"Choice{i}Fr"].ToString();
            f.ChoiceAr[i] = form[$"Choice{i}Ar"].ToString();
            f.ChoiceEn[i] = form[$"Choice{i}En"].ToString();
            f.Correct[i] = correct.Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return f;
    }

    /// <summary>The rows with any text or ticked, in order; <paramref name="rowOf"/> maps a choice's place to its row on the form.</summary>
    public TestQuestionInput ToInput(out List<int> rowOf)
    {
        rowOf = [.. Enumerable.Range(0, Rows).Where(i =>
            !string.IsNullOrWhiteSpace(ChoiceFr[i]) || !string.IsNullOrWhiteSpace(ChoiceAr[i]) || !string.IsNullOrWhiteSpace(ChoiceEn[i]) || Correct[i])];
        return new TestQuestionInput(Kind, TextFr, TextAr, TextEn,
            [.. rowOf.Select(i => new TestChoiceInput(ChoiceFr[i], ChoiceAr[i], ChoiceEn[i], Correct[i]))]);
    }
}
