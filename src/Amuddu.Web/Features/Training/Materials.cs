using Amuddu.Web.Data;
using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amuddu.Web.Features.Training;

/// <summary>
/// A module's materials: the coordinator uploads a file in French, Arabic or English (a new upload in a language already
/// there is its next version, the earlier ones stay); whoever reads the cycle downloads them, from the API or from the
/// cycle's page with the browser session (<see cref="PagePath"/>).
/// </summary>
public static class Materials
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public static readonly string[] Languages = ["fr", "ar", "en"];

    /// <summary>Office documents are zip files: told apart by their name.</summary>
    private static readonly Dictionary<string, string> OfficeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static string PagePath(Guid materialId) => $"/training/materials/{materialId}";

    public sealed record Upload(string? Language, string? FileName, byte[]? Content);

    public static async Task<Results<Created<ModuleMaterialResponse>, ValidationProblem, NotFound>> Handle(
        Guid id, HttpRequest request, AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock,
        IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var module = await db.TrainingModules.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (module is null || await TrainingAccess.FindManagedCycleAsync(db, staff, module.CycleId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        Upload upload;
        try
        {
            if (!request.HasFormContentType || request.ContentLength > MaxBytes + 64 * 1024)
            {
                return Invalid(text, request.HasFormContentType ? text["Cycles.FileTooLarge", MaxBytes / 1024 / 1024] : text["FieldRequired", text["Cycles.File"]]);
            }

            upload = await ReadAsync(await request.ReadFormAsync(cancellationToken), cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Invalid(text, text["Cycles.FileTooLarge", MaxBytes / 1024 / 1024]);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return Invalid(text, text["Cycles.FormUnreadable"]);
        }

        var (stored, errors) = await StoreAsync(module, upload, db, staff, audit, clock, text, cancellationToken);
        return stored is null
            ? TypedResults.ValidationProblem(errors!, title: text["ValidationTitle"])
            : TypedResults.Created($"/api/v1/training/materials/{stored.Id}", CycleDetails.From(stored));
    }

    private static ValidationProblem Invalid(IStringLocalizer text, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] }, title: text["ValidationTitle"]);

    /// <summary>The posted form (<c>language</c>, <c>file</c>), from the API or the cycle page's upload form.</summary>
    public static async Task<Upload> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var file = form.Files["file"];
        byte[]? content = null;
        if (file is { Length: > 0 })
        {
            content = new byte[Math.Min(file.Length, MaxBytes + 1)];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        return new Upload(form["language"], file?.FileName, content);
    }

    /// <summary>Checks and stores the upload as the next version in its language; the errors by field otherwise.</summary>
    public static async Task<(ModuleMaterial? Stored, IDictionary<string, string[]>? Errors)> StoreAsync(TrainingModule module, Upload upload,
        AmudduDbContext db, ICurrentStaff staff, AuditLog audit, TimeProvider clock, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors(text);
        var language = upload.Language?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(language))
        {
            errors.Add("language", text["FieldRequired", text["Cycles.Language"]]);
        }
        else if (!Languages.Contains(language))
        {
            errors.Add("language", text["FieldNotAllowed", text["Cycles.Language"]]);
        }

        var name = Path.GetFileName(upload.FileName ?? "").Trim();
        string? contentType = null;
        if (upload.Content is not { Length: > 0 } content)
        {
            errors.Add("file", text["FieldRequired", text["Cycles.File"]]);
        }
        else if (content.Length > MaxBytes)
        {
            errors.Add("file", text["Cycles.FileTooLarge", MaxBytes / 1024 / 1024]);
        }
        else if ((contentType = TypeOf(content, name)) is null)
        {
            errors.Add("file", text["Cycles.FileNotAllowed"]);
        }

        if (!errors.IsValid)
        {
            return (null, errors.ToDictionary());
        }

        var version = (await db.ModuleMaterials.Where(m => m.ModuleId == module.Id && m.Language == language)
            .MaxAsync(m => (int?)m.VersionNumber, cancellationToken) ?? 0) + 1;
        var material = new ModuleMaterial
        {
            ModuleId = module.Id,
            Language = language!,
            VersionNumber = version,
            FileName = name.Length is > 0 and <= 200 ? name : $"module-{module.Number}-{language}-v{version}",
            ContentType = contentType!,
            Size = upload.Content!.Length,
            UploadedBy = staff.UserId,
            UploadedAt = clock.GetUtcNow(),
        };
        db.ModuleMaterials.Add(material);
        db.ModuleMaterialContents.Add(new ModuleMaterialContent { MaterialId = material.Id, Content = upload.Content });
        audit.Add(db, TrainingAudit.MaterialUploaded, staff.UserId, staff.OrganisationId, TrainingAudit.Cycle(module.CycleId),
            $"module {module.Id}: {language} v{version}, {contentType}, {material.Size} bytes");
        await db.SaveChangesAsync(cancellationToken);
        return (material, null);
    }

    private static string? TypeOf(byte[] content, string name) =>
        ScanType.Of(content) ?? (content.AsSpan().StartsWith("PK\x03\x04"u8) && OfficeTypes.TryGetValue(Path.GetExtension(name), out var office) ? office : null);

    /// <summary>A material's file, for whoever reads its cycle (the same "not found" otherwise).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, AmudduDbContext db, ICurrentStaff staff,
        CancellationToken cancellationToken)
    {
        var material = await db.ModuleMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var cycleId = material is null ? (Guid?)null
            : await db.TrainingModules.Where(m => m.Id == material.ModuleId).Select(m => (Guid?)m.CycleId).SingleOrDefaultAsync(cancellationToken);
        if (material is null || cycleId is null || await TrainingAccess.FindCycleAsync(db, staff, cycleId.Value, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var content = await db.ModuleMaterialContents.AsNoTracking().Where(c => c.MaterialId == id).Select(c => c.Content).SingleAsync(cancellationToken);
        return TypedResults.File(content, material.ContentType, material.FileName);
    }
}
