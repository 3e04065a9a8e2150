using Amuddu.Linkage.Online;

namespace Amuddu.Linkage.Tests;

public class OnlineIndexTests
{
    private static OnlineIndex Registry()
    {
        var index = new OnlineIndex();
        index.Add(new PersonRecord("R1", "Mohamed", "El Amrani", "M", "1985-03-02", "SY", "0612345678", "P1234567", "Rabat"), "person-1");
        index.Add(new PersonRecord("R2", "Mahmoud", "El Amrani", "M", "1985-03-02", "SY", "0698765432", "P7654321", "Rabat"), "person-2");
        index.Add(new PersonRecord("R3", "Aminata", "Diallo", "F", "1990-07-14", "GN", "0711111111", "A5555555", "Tanger"), "person-3");
        index.Add(new PersonRecord("R4", "Amina", "Diallo", "F", "1991-07-14", "GN", null, null, "Tanger"), "person-3");
        return index;
    }

    [Fact]
    public void A_new_registration_in_Arabic_script_finds_the_person_with_reasons()
    {
        var matches = Registry().Query(new PersonRecord("new", "محمد", "العمراني", "M", "02/03/1985", "SY", "+212 6 12 34 56 78", null, "Casablanca"));
        Assert.Equal("person-1", matches[0].PersonId);
        Assert.Equal("R1", matches[0].RecordId);
        Assert.Contains(matches[0].Explanation.Reasons, r => r.Field == Field.Phone && r.Agreement == "exact");
        Assert.True(matches[0].Score > 20);
    }

    [Fact]
    public void Mohamed_is_not_offered_as_Mahmoud()
    {
        var matches = Registry().Query(new PersonRecord("new", "Mahmoud", "Amrani", "M", "1985-03-02", "SY", "0698765432", null, "Rabat"));
        Assert.Equal("person-2", matches[0].PersonId);
        Assert.True(matches.Count == 1 || matches[1].Score < matches[0].Score - 10);
        var firstName = matches.Single(m => m.PersonId == "person-2").Explanation.Reasons.Single(r => r.Field == Field.FirstName);
        Assert.Equal("exact", firstName.Agreement);
    }

    [Fact]
    public void People_with_several_registrations_are_returned_once()
    {
        var matches = Registry().Query(new PersonRecord("new", "Aminata", "Diallo", "F", "1990-07-14", "GN", null, null, "Tanger"));
        Assert.Single(matches, m => m.PersonId == "person-3");
    }

    [Fact]
    public void Records_added_after_a_query_are_found_by_the_next_one()
    {
        var index = Registry();
        var probe = new PersonRecord("new", "Ousmane", "Sow", "M", "1979-01-01", "SN", "0655555555", null, "Fès");
        Assert.Empty(index.Query(probe));
        index.Add(new PersonRecord("R5", "Othmane", "Sow", "M", "1979-01-01", "SN", null, null, "Oujda"));
        Assert.Equal("R5", index.Query(probe).Single().PersonId);
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public void Top_k_is_respected_and_ordered()
    {
        var index = new OnlineIndex();
        for (var i = 0; i < 30; i++)
        {
            index.Add(new PersonRecord($"R{i}", "Fatima", $"Zahra{i % 3}", "F", "1990-01-01", "MA", null, null, "Rabat"));
        }

        var matches = index.Query(new PersonRecord("new", "Fatima", "Zahra1", "F", "1990-01-01", "MA"), top: 5);
        Assert.Equal(5, matches.Count);
        Assert.True(matches.Zip(matches.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Concurrent_adds_and_queries_are_safe()
    {
        var index = new OnlineIndex();
        Parallel.For(0, 2000, i =>
        {
            index.Add(new PersonRecord($"R{i}", $"Name{i % 100}", $"Family{i % 37}", "M", $"19{60 + (i % 40)}-01-0{1 + (i % 9)}"));
            index.Query(new PersonRecord("q", $"Name{i % 100}", $"Family{i % 37}"));
        });
        Assert.Equal(2000, index.Count);
    }

    [Fact]
    public void Replacing_a_person_forgets_their_old_records()
    {
        var index = Registry();
        index.Replace("person-3", [new PersonRecord("R5", "Mariam", "Keita", "F", "1979-01-05", "ML", "0622222222", null, "Fes")]);

        Assert.Equal(1, index.CountOf("person-3"));
        Assert.Equal(3, index.Count);
        Assert.DoesNotContain(index.Query(new PersonRecord("new", "Aminata", "Diallo", "F", "1990-07-14", "GN", "0711111111", null, "Tanger")),
            m => m.PersonId == "person-3");
        Assert.Equal("person-3", index.Query(new PersonRecord("new", "Mariam", "Keita", "F", "1979-01-05", "ML", "0622222222", null, "Fes"))[0].PersonId);

        index.Replace("person-3", []);
        Assert.Equal(0, index.CountOf("person-3"));
        Assert.Empty(index.Query(new PersonRecord("new", "Mariam", "Keita", "F", "1979-01-05", "ML", "0622222222", null, "Fes")));
    }
}
