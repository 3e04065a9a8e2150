using System.Net;
using System.Text;
using Amuddu.Web.Tests.Infrastructure;

namespace Amuddu.Web.Tests.Platform;

public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem_in_the_caller_s_language()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Admin, "ar");

        var problem = await (await client.GetAsync("/api/v1/nothing-here")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("غير موجود.", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem_naming_the_body()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Admin, "en");

        var response = await client.PostAsync("/api/v1/organisations", new StringContent("this is not json", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request body is not readable JSON.", problem.GetProperty("errors").GetProperty("body")[0].GetString());
    }

    [Fact]
    public async Task A_json_value_of_the_wrong_type_is_a_400_problem_naming_that_field()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Admin);

        var response = await client.PostAsync("/api/v1/organisations", new StringContent("{\"name\": 42, \"kind\": \"Ngo\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("La valeur du champ « name » n'est pas valide.", problem.GetProperty("errors").GetProperty("name")[0].GetString());
    }

    [Fact]
    public async Task A_route_value_of_the_wrong_type_is_not_a_500()
    {
        await using var app = await AmudduApp.StartAsync();
        var client = await app.ApiClientAsync(Demo.Admin);

        await (await client.GetAsync("/api/v1/users/not-a-guid")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/organisations?kind=Bank")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/audit-events?take=lots")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_page_is_a_localised_404_page()
    {
        await using var app = await AmudduApp.StartAsync();

        var response = await app.CreateBrowser("en").GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.ReadHtmlAsync(), StringComparison.Ordinal);
    }
}
