using Amuddu.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Exchanges;

/// <summary>A practice written in one language: its name and what it is (a new practice, or its translation).</summary>
public sealed record PracticeTextInput(string? Language, string? Name, string? Context, string? WhatIsDone, string? Evidence, string? Adaptation)
{
    public ValidationErrors Validate(IStringLocalizer text) =>
        AddLanguage(new ValidationErrors(text)
            .Required("name", Name, "Exchanges.PracticeName").MaxLength("name", Name, 200, "Exchanges.PracticeName")
            .Required("context", Context, "Exchanges.Context").MaxLength("context", Context, 4000, "Exchanges.Context")
            .Required("whatIsDone", WhatIsDone, "Exchanges.WhatIsDone").MaxLength("whatIsDone", WhatIsDone, 4000, "Exchanges.WhatIsDone")
            .MaxLength("evidence", Evidence, 4000, "Exchanges.Evidence")
            .MaxLength("adaptation", Adaptation, 4000, "Exchanges.Adaptation"), text);

    private ValidationErrors AddLanguage(ValidationErrors errors, IStringLocalizer text) =>
        Language is null ? errors.Add("language", text["FieldRequired", text["Exchanges.Language"]])
        : !Practice.Languages.Contains(Language) ? errors.Add("language", text["FieldNotAllowed", text["Exchanges.Language"]])
        : errors;

    public PracticeText ToText(Guid practiceId, Guid? by, DateTimeOffset at)
    {
        var written = new PracticeText
        {
            PracticeId = practiceId,
            Language = Language!,
            Name = Name!.Trim(),
            Context = Context!.Trim(),
            WhatIsDone = WhatIsDone!.Trim(),
            Evidence = RecordExchange.Blank(Evidence),
            Adaptation = RecordExchange.Blank(Adaptation),
            WrittenAt = at,
            WrittenBy = by,
        };
        written.Index();
        return written;
    }
}

/// <summary>A new practice for the library: where it comes from, its themes, and its first text.</summary>
public sealed record PracticeInput(
    Guid? ExchangeId, Guid? SourceOrganisationId, string[]? Themes, string? Language, string? Name, string? Context, string? WhatIsDone,
    string? Evidence, string? Adaptation)
{
    public PracticeTextInput Text => new(Language, Name, Context, WhatIsDone, Evidence, Adaptation);
}
