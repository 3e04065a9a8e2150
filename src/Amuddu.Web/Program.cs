using Amuddu.Web;
using Amuddu.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddAmudduWeb();

var app = builder.Build();
app.UseAmudduWeb();
app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
