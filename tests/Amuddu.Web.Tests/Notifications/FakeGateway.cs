using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Amuddu.Web.Tests.Notifications;

/// <summary>
/// An SMS/WhatsApp gateway on a random local port: records every request and answers with the
/// next scripted answer (status and delay), 200 with an id once the script is used up.
/// </summary>
public sealed class FakeGateway : IAsyncDisposable
{
    public sealed record Received(string? IdempotencyKey, string? Authorization, JsonElement Body);

    public sealed record Answer(int Status, TimeSpan Delay = default);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Answer> _script = new();
    private int _accepted;

    private FakeGateway(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string Url { get; private set; } = "";

    public void Then(params Answer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeGateway(app);
        app.MapPost("/messages", (Func<HttpContext, Task<IResult>>)gateway.HandleAsync);
        await app.StartAsync();
        gateway.Url = app.Urls.Single() + "/messages";
        return gateway;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
        Requests.Enqueue(new Received(context.Request.Headers["Idempotency-Key"], context.Request.Headers.Authorization, body));
        var answer = _script.TryDequeue(out var next) ? next : new Answer(200);
        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }

        return answer.Status == 200
            ? Results.Json(new { id = $"gw-{Interlocked.Increment(ref _accepted)}" })
            : Results.StatusCode(answer.Status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
