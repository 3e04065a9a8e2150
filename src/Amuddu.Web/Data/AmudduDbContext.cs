using Amuddu.Web.Features.Access;
using Amuddu.Web.Features.ActionPlans;
using Amuddu.Web.Features.Applications;
using Amuddu.Web.Features.Appointments;
using Amuddu.Web.Features.Catalogue;
using Amuddu.Web.Features.Audit;
using Amuddu.Web.Features.Consents;
using Amuddu.Web.Features.Documents;
using Amuddu.Web.Features.Employers;
using Amuddu.Web.Features.Exchanges;
using Amuddu.Web.Features.FollowUp;
using Amuddu.Web.Features.Indicators;
using Amuddu.Web.Features.Matching;
using Amuddu.Web.Features.Notifications;
using Amuddu.Web.Features.Organisations;
using Amuddu.Web.Features.Outcomes;
using Amuddu.Web.Features.Outreach;
using Amuddu.Web.Features.Payments;
using Amuddu.Web.Features.People;
using Amuddu.Web.Features.Placements;
using Amuddu.Web.Features.Positioning;
using Amuddu.Web.Features.Programmes;
using Amuddu.Web.Features.Referrals;
using Amuddu.Web.Features.Referrals.Network;
using Amuddu.Web.Features.ReferenceData;
using Amuddu.Web.Features.Rights;
using Amuddu.Web.Features.Sessions;
using Amuddu.Web.Features.Training;
using Amuddu.Web.Features.Vacancies;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Amuddu.Web.Data;

public sealed class AmudduDbContext(DbContextOptions<AmudduDbContext> options)
    : IdentityDbContext<StaffUser, StaffRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<ReferenceItem> ReferenceItems => Set<ReferenceItem>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonSearchKey> PersonSearchKeys => Set<PersonSearchKey>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<IdentityDocument> IdentityDocuments => Set<IdentityDocument>();
    public DbSet<DocumentScan> DocumentScans => Set<DocumentScan>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<ErasureRecord> ErasureRecords => Set<ErasureRecord>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<OccupationSkill> OccupationSkills => Set<OccupationSkill>();
    public DbSet<PositioningRecord> PositioningRecords => Set<PositioningRecord>();
    public DbSet<PositioningDiploma> PositioningDiplomas => Set<PositioningDiploma>();
    public DbSet<PositioningLanguage> PositioningLanguages => Set<PositioningLanguage>();
    public DbSet<PositioningExperience> PositioningExperiences => Set<PositioningExperience>();
    public DbSet<PositioningSkill> PositioningSkills => Set<PositioningSkill>();
    public DbSet<TargetOccupation> TargetOccupations => Set<TargetOccupation>();
    public DbSet<KeySkillsTest> KeySkillsTests => Set<KeySkillsTest>();
    public DbSet<JobTryout> JobTryouts => Set<JobTryout>();
    public DbSet<ContactNote> ContactNotes => Set<ContactNote>();
    public DbSet<VulnerabilityRecord> Vulnerabilities => Set<VulnerabilityRecord>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<FollowUpCheck> FollowUpChecks => Set<FollowUpCheck>();
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();
    public DbSet<ActionPlanStep> ActionPlanSteps => Set<ActionPlanStep>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<OfferText> OfferTexts => Set<OfferText>();
    public DbSet<PreRegistration> PreRegistrations => Set<PreRegistration>();
    public DbSet<OutreachActivity> OutreachActivities => Set<OutreachActivity>();
    public DbSet<OutreachActivityAgent> OutreachActivityAgents => Set<OutreachActivityAgent>();
    public DbSet<InfoSession> InfoSessions => Set<InfoSession>();
    public DbSet<SessionRegistration> SessionRegistrations => Set<SessionRegistration>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralEvent> ReferralEvents => Set<ReferralEvent>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammeBudgetLine> ProgrammeBudgetLines => Set<ProgrammeBudgetLine>();
    public DbSet<SupportApplication> Applications => Set<SupportApplication>();
    public DbSet<ApplicationApproval> ApplicationApprovals => Set<ApplicationApproval>();
    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();
    public DbSet<ApplicationDocument> ApplicationDocuments => Set<ApplicationDocument>();
    public DbSet<ApplicationDocumentContent> ApplicationDocumentContents => Set<ApplicationDocumentContent>();
    public DbSet<BusinessPlan> BusinessPlans => Set<BusinessPlan>();
    public DbSet<CommitteeScore> CommitteeScores => Set<CommitteeScore>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
    public DbSet<Tranche> Tranches => Set<Tranche>();
    public DbSet<PaymentOrder> PaymentOrders => Set<PaymentOrder>();
    public DbSet<Recovery> Recoveries => Set<Recovery>();
    public DbSet<TrainingCycle> TrainingCycles => Set<TrainingCycle>();
    public DbSet<TrainingModule> TrainingModules => Set<TrainingModule>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<TrainingSessionTrainer> TrainingSessionTrainers => Set<TrainingSessionTrainer>();
    public DbSet<TrainingAttendance> TrainingAttendance => Set<TrainingAttendance>();
    public DbSet<CycleParticipant> CycleParticipants => Set<CycleParticipant>();
    public DbSet<ModuleCompletion> ModuleCompletions => Set<ModuleCompletion>();
    public DbSet<ModuleMaterial> ModuleMaterials => Set<ModuleMaterial>();
    public DbSet<ModuleMaterialContent> ModuleMaterialContents => Set<ModuleMaterialContent>();
    // Training tests, satisfaction, certificates (issue 15, tests part).
    public DbSet<TestQuestion> TestQuestions => Set<TestQuestion>();
    public DbSet<TestChoice> TestChoices => Set<TestChoice>();
    public DbSet<TestAttempt> TestAttempts => Set<TestAttempt>();
    public DbSet<SatisfactionAnswer> SatisfactionAnswers => Set<SatisfactionAnswer>();
    public DbSet<SatisfactionReceipt> SatisfactionReceipts => Set<SatisfactionReceipt>();
    public DbSet<TrainingCertificate> TrainingCertificates => Set<TrainingCertificate>();
    public DbSet<PeerExchange> PeerExchanges => Set<PeerExchange>();
    public DbSet<ExchangeParticipant> ExchangeParticipants => Set<ExchangeParticipant>();
    public DbSet<LearningLog> LearningLogs => Set<LearningLog>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeText> PracticeTexts => Set<PracticeText>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentFollowUp> CommitmentFollowUps => Set<CommitmentFollowUp>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<CompanyContact> CompanyContacts => Set<CompanyContact>();
    public DbSet<CompanyAgreement> CompanyAgreements => Set<CompanyAgreement>();
    public DbSet<CompanyInteraction> CompanyInteractions => Set<CompanyInteraction>();
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<Candidacy> Candidacies => Set<Candidacy>();

    // Matching.
    public DbSet<MatchProfile> MatchProfiles => Set<MatchProfile>();
    public DbSet<ResultArea> ResultAreas => Set<ResultArea>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ResultNarrative> ResultNarratives => Set<ResultNarrative>();
    public DbSet<IndicatorFact> IndicatorFacts => Set<IndicatorFact>();
    public DbSet<IndicatorCell> IndicatorCells => Set<IndicatorCell>();
    public DbSet<IndicatorTotal> IndicatorTotals => Set<IndicatorTotal>();
    public DbSet<IndicatorRefresh> IndicatorRefreshes => Set<IndicatorRefresh>();
    public DbSet<FunnelFact> FunnelFacts => Set<FunnelFact>();
    public DbSet<FunnelCell> FunnelCells => Set<FunnelCell>();
    public DbSet<NetworkFact> NetworkFacts => Set<NetworkFact>();
    public DbSet<NetworkCell> NetworkCells => Set<NetworkCell>();
    public DbSet<ProgrammeFact> ProgrammeFacts => Set<ProgrammeFact>();
    public DbSet<ProgrammeCell> ProgrammeCells => Set<ProgrammeCell>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Saves the changes, and links the audit entries among them into their chains (<see cref="AuditChain"/>)
    /// inside the same transaction: the caller's when there is one, else one of its own. When the save fails,
    /// the new audit entries are dropped, so a later save of this unit of work never records a change that was
    /// not made.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var audit = ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (audit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        try
        {
            if (Database.CurrentTransaction is not null)
            {
                await AuditChain.LinkAsync(this, audit, cancellationToken);
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            await AuditChain.LinkAsync(this, audit, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        }
        catch
        {
            foreach (var entry in audit)
            {
                Entry(entry).State = EntityState.Detached;
            }

            throw;
        }
    }

    /// <summary>Audit entries are linked with queries of their own: they are saved by <see cref="SaveChangesAsync(bool, CancellationToken)"/> only.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added)
            ? throw new InvalidOperationException("Audit entries are saved with SaveChangesAsync.")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AmudduDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; store UTC ticks there so
        // that time-window queries (sessions, expiries) translate on both engines.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
