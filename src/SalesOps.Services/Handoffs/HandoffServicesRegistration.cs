using Microsoft.Extensions.DependencyInjection;
using SalesOps.Services.Deals;

namespace SalesOps.Services.Handoffs;

/// <summary>Registers handoffs, deals and the day-30 reminders.</summary>
public static class HandoffServicesRegistration
{
    public static IServiceCollection AddHandoffServices(this IServiceCollection services)
    {
        services.AddAuthorizedScoped<IHandoffService, HandoffService>();
        services.AddAuthorizedScoped<IDealService, DealService>();
        services.AddSingleton<HandoffReminders>();
        services.AddHostedService<HandoffReminderService>();
        return services;
    }
}
