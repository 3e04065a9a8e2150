using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Amuddu.Linkage.Normalisation;
using Microsoft.Extensions.Options;

namespace Amuddu.Web.Features.Notifications.Delivery;

/// <summary>
/// SMS and WhatsApp through an HTTP gateway (the contract is in docs/notifications.md): one POST
/// per message, the outbox message id as Idempotency-Key and reference, so that the gateway
/// answers a repeated request without sending the message again.
/// </summary>
public sealed partial class GatewaySender(IHttpClientFactory clients, IOptions<NotificationOptions> options) : INotificationSender
{
    public const string ClientName = "notification-gateway";

    public sealed record GatewayRequest(string To, string Channel, string Text, string Reference);

    public sealed record GatewayResponse(string? Id);

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var gateway = options.Value.Gateway;
        if (!PhoneNormaliser.TryNormalise(message.Recipient, out var to))
        {
            return SendResult.Permanent("invalid phone number");
        }

        var channel = message.Channel switch
        {
            OutboxChannel.Sms => "sms",
            OutboxChannel.WhatsApp => "whatsapp",
            OutboxChannel.Email => null,
        };
        if (channel is null)
        {
            return SendResult.Permanent($"the gateway does not carry {message.Channel}");
        }

        var reference = message.Reference.ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url)
        {
            Content = JsonContent.Create(new GatewayRequest(to, channel, message.Text, reference), options: JsonSerializerOptions.Web),
        };
        request.Headers.Add("Idempotency-Key", reference);
        if (!string.IsNullOrEmpty(gateway.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token);
        }

        var client = clients.CreateClient(ClientName);
        client.Timeout = gateway.Timeout;
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return SendResult.Sent(await ProviderIdAsync(response, cancellationToken));
            }

            // Busy, overloaded or down: later. Anything else the gateway refused will be refused again.
            var error = $"gateway HTTP {status}";
            return response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status >= 500
                ? SendResult.Transient(error)
                : SendResult.Permanent(error);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient("gateway timed out");
        }
        catch (HttpRequestException e)
        {
            return SendResult.Transient($"gateway unreachable ({e.HttpRequestError})");
        }
    }

    private static async Task<string?> ProviderIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<GatewayResponse>(JsonSerializerOptions.Web, cancellationToken);
            return body?.Id is { Length: > 0 and <= 200 } id ? id : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // The message was accepted; an answer without a readable id does not change that.
            return null;
        }
    }
}
