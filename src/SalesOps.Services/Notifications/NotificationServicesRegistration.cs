using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesOps.Services.Notifications;

/// <summary>Registers the notification centre and the outgoing mail edge.</summary>
public static class NotificationServicesRegistration
{
    public static IServiceCollection AddNotificationServices(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName)
            .Validate(o => o.Port is > 0 and < 65536, "Smtp:Port must be between 1 and 65535.")
            .ValidateOnStart();
        // TryAdd: tests put a recording sender in first.
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        services.AddAuthorizedScoped<INotificationService, NotificationService>();
        return services;
    }
}
