using Amuddu.Web.Infrastructure;
using Amuddu.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Amuddu.Web.Features.Positioning;

/// <summary>Job tryouts (essais-métier) at an employer on file or named in free text, with their outcome.</summary>
public sealed class JobTryouts : PositioningList<JobTryout, JobTryouts.Request, JobTryouts.Response>
{
    public static readonly JobTryouts List = new();

    public sealed record Request(
        string? EmployerName, Guid? EmployerOrganisationId, string? OccupationCode, DateOnly? StartsOn, DateOnly? EndsOn,
        TryoutOutcome? Outcome, string? Note, long? Version = null) : IPositioningItemRequest;

    public sealed record Response(
        Guid Id, string? EmployerName, Guid? EmployerOrganisationId, string OccupationCode, DateOnly StartsOn, DateOnly EndsOn,
        TryoutOutcome Outcome, string? Note, long Version);

    public override string Route => "tryouts";

    protected override async Task ValidateAsync(Request request, ItemCheck check, CancellationToken cancellationToken)
    {
        check.MaxLength("employerName", request.EmployerName, 200, "Positioning.EmployerName");
        if (request.EmployerOrganisationId is { } employer)
        {
            if (!await check.Db.Organisations.AnyAsync(o => o.Id == employer && o.IsActive && o.Kind == OrganisationKind.Employer, cancellationToken))
            {
                check.Errors.Add("employerOrganisationId", check.Text["FieldNotAllowed", check.Text["Positioning.EmployerOrganisation"]]);
            }
        }
        else if (string.IsNullOrWhiteSpace(request.EmployerName))
        {
            check.Errors.Add("employerName", check.Text["Positioning.EmployerNeeded"]);
        }

        await check.OccupationAsync("occupationCode", request.OccupationCode, "Positioning.Occupation", cancellationToken);
        if (request.StartsOn is not { } start)
        {
            check.Errors.Add("startsOn", check.Text["FieldRequired", check.Text["Positioning.StartsOn"]]);
        }
        else if (start < check.Today.AddYears(-20) || start > check.Today.AddYears(1))
        {
            check.Errors.Add("startsOn", check.Text["Positioning.TryoutStartOutOfRange"]);
        }

        if (request.EndsOn is not { } end)
        {
            check.Errors.Add("endsOn", check.Text["FieldRequired", check.Text["Positioning.EndsOn"]]);
        }
        else if (request.StartsOn is { } begin && end < begin)
        {
            check.Errors.Add("endsOn", check.Text["Positioning.EndBeforeStart"]);
        }

        check.Choice("outcome", request.Outcome, "Positioning.Outcome");
        if (request.Outcome is { } outcome && outcome != TryoutOutcome.Planned && request.StartsOn > check.Today)
        {
            check.Errors.Add("outcome", check.Text["Positioning.OutcomeBeforeStart"]);
        }

        check.MaxLength("note", request.Note, 1000, "Positioning.Note");
    }

    protected override void Apply(Request request, JobTryout item)
    {
        item.EmployerName = FreeText.Clean(request.EmployerName);
        item.EmployerOrganisationId = request.EmployerOrganisationId;
        item.OccupationCode = request.OccupationCode!;
        item.StartsOn = request.StartsOn!.Value;
        item.EndsOn = request.EndsOn!.Value;
        item.Outcome = request.Outcome!.Value;
        item.Note = FreeText.Clean(request.Note);
    }

    public override Response ToResponse(JobTryout item) =>
        new(item.Id, item.EmployerName, item.EmployerOrganisationId, item.OccupationCode, item.StartsOn, item.EndsOn, item.Outcome, item.Note, item.Version);

    public override IEnumerable<JobTryout> Order(IEnumerable<JobTryout> items) =>
        items.OrderByDescending(t => t.StartsOn).ThenBy(t => t.CreatedAt);
}
