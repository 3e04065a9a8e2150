using Amuddu.Web.Features.Training;
using Amuddu.Web.Infrastructure;

namespace Amuddu.Web.Features.Exchanges.Pages;

/// <summary>The posted exchange form, as typed, so a form with a mistake comes back filled in.</summary>
public sealed class ExchangeForm
{
    public string? Title { get; set; }
    public ExchangeKind? Kind { get; set; }
    public Guid? HostOrganisationId { get; set; }
    public Guid? VisitingOrganisationId { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? Place { get; set; }
    public string[]? Themes { get; set; }
    public Guid[]? ParticipantIds { get; set; }
    public string? Guests { get; set; }
    public string? Agenda { get; set; }

    public ExchangeInput ToInput() =>
        new(Title, Kind, HostOrganisationId, VisitingOrganisationId, FormDates.Read(StartsOn), FormDates.Read(EndsOn), Place, Themes, ParticipantIds, Guests, Agenda);
}

public sealed class LogForm
{
    public string? WhatISaw { get; set; }
    public string? PracticeToTry { get; set; }
}

/// <summary>A practice (or its translation) as typed.</summary>
public sealed class PracticeForm
{
    public Guid? SourceOrganisationId { get; set; }
    public string[]? Themes { get; set; }
    public string? Language { get; set; }
    public string? Name { get; set; }
    public string? Context { get; set; }
    public string? WhatIsDone { get; set; }
    public string? Evidence { get; set; }
    public string? Adaptation { get; set; }

    public PracticeInput ToInput(Guid? exchangeId) => new(exchangeId, SourceOrganisationId, Themes, Language, Name, Context, WhatIsDone, Evidence, Adaptation);

    public PracticeTextInput ToText() => new(Language, Name, Context, WhatIsDone, Evidence, Adaptation);
}

public sealed class CommitmentForm
{
    public Guid? SiteId { get; set; }
    public Guid? OwnerId { get; set; }
    public string? AdoptBy { get; set; }
}

public sealed class FollowUpForm
{
    public int? AfterMonths { get; set; }
    public CommitmentStatus? Result { get; set; }
    public string? Note { get; set; }
    public ServiceIndicator? Indicator { get; set; }
}
