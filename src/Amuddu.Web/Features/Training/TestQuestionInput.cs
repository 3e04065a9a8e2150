using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>A question as the coordinator writes it: its kind, its text in French (Arabic and English when given) and its choices.</summary>
public sealed record TestQuestionInput(QuestionKind? Kind, string? TextFr, string? TextAr, string? TextEn, List<TestChoiceInput>? Choices)
{
    public ValidationErrors Validate(IStringLocalizer text)
    {
        var errors = new ValidationErrors(text);
        if (Kind is null)
        {
            errors.Add("kind", text["FieldRequired", text["Test.Field.Kind"]]);
        }

        errors.Required("textFr", TextFr, "Test.Field.TextFr")
            .MaxLength("textFr", TextFr, TestLimits.QuestionText, "Test.Field.TextFr")
            .MaxLength("textAr", TextAr, TestLimits.QuestionText, "Test.Field.TextAr")
            .MaxLength("textEn", TextEn, TestLimits.QuestionText, "Test.Field.TextEn");
        var choices = Choices ?? [];
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            errors.Required($"choices[{i}].textFr", c.TextFr, "Test.Field.ChoiceFr")
                .MaxLength($"choices[{i}].textFr", c.TextFr, TestLimits.ChoiceText, "Test.Field.ChoiceFr")
                .MaxLength($"choices[{i}].textAr", c.TextAr, TestLimits.ChoiceText, "Test.Field.ChoiceAr")
                .MaxLength($"choices[{i}].textEn", c.TextEn, TestLimits.ChoiceText, "Test.Field.ChoiceEn");
        }

        var correct = choices.Count(c => c.Correct);
        if (Kind == QuestionKind.TrueFalse && choices.Count != 2)
        {
            errors.Add("choices", text["Test.TrueFalseTwoChoices", text["Test.Field.Choices"], choices.Count]);
        }
        else if (choices.Count < 2 || choices.Count > TestLimits.MaxChoices)
        {
            errors.Add("choices", text["Test.ChoiceCount", text["Test.Field.Choices"], TestLimits.MaxChoices, choices.Count]);
        }

        if (choices.Count > 0 && correct == 0)
        {
            errors.Add("choices", text["Test.NoCorrectAnswer", text["Test.Field.Choices"]]);
        }
        else if (Kind is QuestionKind.SingleChoice or QuestionKind.TrueFalse && correct > 1)
        {
            errors.Add("choices", text["Test.OneCorrectAnswer", text["Test.Field.Choices"], correct]);
        }

        return errors;
    }
}

public sealed record TestChoiceInput(string? TextFr, string? TextAr, string? TextEn, bool Correct);
