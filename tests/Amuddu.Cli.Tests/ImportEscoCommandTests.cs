using Amuddu.Cli.Database;
using Amuddu.Cli.Taxonomy;

namespace Amuddu.Cli.Tests;

public sealed class ImportEscoCommandTests : CliTestFolder
{
    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Esco", file);

    private const string Welder = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    private string[] English =>
    [
        .. Database, "--occupations", Sample("occupations_en.csv"), "--skills", Sample("skills_en.csv"),
        "--relations", Sample("occupationSkillRelations_en.csv"),
    ];

    [Fact]
    public async Task Esco_files_add_occupations_skills_and_relations_tie_our_own_occupations_by_name_and_report_the_rows_left_out()
    {
        await Run(MigrateCommand.RunAsync, Database);
        var seeded = Scalar("SELECT COUNT(*) FROM occupations");

        var first = await Run(ImportEscoCommand.RunAsync, English);

        Assert.Equal(0, first.Code);
        // 30 occupations: welder, cook, plumber, bricklayer and hairdresser are the starter taxonomy's own (by English name), 25 are new.
        Assert.Contains("occupations 25 added, 5 updated; skills 3 added, 0 updated; relations 2 added, 0 updated; 3 row(s) rejected.", first.Out, StringComparison.Ordinal);
        Assert.Contains("skills row 5: conceptUri or preferredLabel missing", first.Err, StringComparison.Ordinal);
        Assert.Contains("relations row 4: occupationUri or skillUri is not in the taxonomy", first.Err, StringComparison.Ordinal);
        Assert.Contains("relations row 5: relationType 'sometimes'", first.Err, StringComparison.Ordinal);
        Assert.Equal(seeded + 25, Scalar("SELECT COUNT(*) FROM occupations"));
        // Our welder keeps its code (positioning records point at it) and gains ESCO's URI and its relation.
        Assert.Equal(1, Scalar($"SELECT COUNT(*) FROM occupations WHERE Code = 'OCC-WELDER' AND EscoUri = '{Welder}' AND IscoGroup = '7212'"));
        Assert.Equal(1, Scalar("""
            SELECT COUNT(*) FROM occupation_skills r JOIN skills s ON s.Code = r.SkillCode
            WHERE r.OccupationCode = 'OCC-WELDER' AND r.Relation = 'Essential' AND s.NameEn = 'use welding equipment' AND s.Kind = 'Technical'
            """));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM skills WHERE NameEn = 'work in teams' AND Kind = 'Transversal' AND AltLabelsEn = 'collaborate with colleagues'"));
        // A new ESCO occupation gets a code of its own and its alternative labels, one per line, all searchable.
        Assert.Equal(1, Scalar("""
            SELECT COUNT(*) FROM occupations WHERE Code LIKE 'ESCO-%' AND NameEn = 'technical director'
            AND AltLabelsEn LIKE '%head of technical%' AND SearchText LIKE '%head of technical%'
            """));

        var again = await Run(ImportEscoCommand.RunAsync, English);

        Assert.Contains("occupations 0 added, 30 updated; skills 0 added, 3 updated; relations 0 added, 2 updated", again.Out, StringComparison.Ordinal);
        Assert.Equal(seeded + 25, Scalar("SELECT COUNT(*) FROM occupations"));
    }

    [Fact]
    public async Task French_labels_are_added_to_the_concepts_already_imported_and_found_by_search()
    {
        await Run(MigrateCommand.RunAsync, Database);
        await Run(ImportEscoCommand.RunAsync, English);

        var french = await Run(ImportEscoCommand.RunAsync, [.. Database, "--language", "fr", "--occupations", Sample("occupations_fr.csv")]);

        Assert.Equal(0, french.Code);
        Assert.Contains("occupations 0 added, 2 updated", french.Out, StringComparison.Ordinal);
        Assert.Contains("occupations row 4: iscoGroup '51' is not an ISCO-08 unit group of 4 digits", french.Err, StringComparison.Ordinal);
        Assert.Equal(1, Scalar("""
            SELECT COUNT(*) FROM occupations WHERE Code = 'OCC-WELDER' AND NameFr = 'soudeur/soudeuse' AND NameEn = 'welder'
            AND SearchText LIKE '%operateur de soudage%'
            """));
    }

    [Fact]
    public async Task Import_esco_without_a_file_or_with_an_unknown_language_is_a_usage_error()
    {
        var none = await Run(ImportEscoCommand.RunAsync, Database);
        var language = await Run(ImportEscoCommand.RunAsync, [.. Database, "--language", "de", "--occupations", Sample("occupations_fr.csv")]);

        Assert.Equal(2, none.Code);
        Assert.Contains("give at least one of --occupations, --skills, --relations", none.Err, StringComparison.Ordinal);
        Assert.Equal(2, language.Code);
        Assert.Contains("--language", language.Err, StringComparison.Ordinal);
    }
}
