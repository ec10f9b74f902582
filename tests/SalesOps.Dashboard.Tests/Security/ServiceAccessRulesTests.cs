using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Accounts;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>
/// Every public service interface (SalesOps.Services.*, named I…Service) states an access rule on each method, and
/// the DI-resolved service enforces it. Found by reflection, so new services are covered without edits here.
/// Services for background work only (no user behind the call) are internal to SalesOps.Services instead.
/// </summary>
public sealed class ServiceAccessRulesTests(SalesOpsAppFactory factory) : IClassFixture<SalesOpsAppFactory>
{
    public static IReadOnlyList<Type> ServiceInterfaces { get; } = typeof(IAccountService).Assembly.GetTypes()
        .Where(t => t.IsInterface && t.IsPublic && t.Namespace?.StartsWith("SalesOps.Services.", StringComparison.Ordinal) == true
            && t.Name.StartsWith('I') && t.Name.EndsWith("Service", StringComparison.Ordinal))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void Every_method_of_every_service_interface_declares_RequiresPolicy_or_AnyUser()
    {
        var offenders = ServiceInterfaces
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.GetCustomAttribute<RequiresPolicyAttribute>() is null && x.Method.GetCustomAttribute<AnyUserAttribute>() is null)
            .Select(x => $"{x.Type.Name}.{x.Method.Name}")
            .ToList();
        var unknown = ServiceInterfaces.SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<RequiresPolicyAttribute>()?.Policy)
            .Where(p => p is not null && !Policies.Roles.ContainsKey(p))
            .ToList();

        Assert.Contains(typeof(IAccountService), ServiceInterfaces);
        Assert.True(offenders.Count == 0, "Service methods without [RequiresPolicy] or [AnyUser]: " + string.Join(", ", offenders));
        Assert.True(unknown.Count == 0, "Unknown policies: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Support_fields_service_is_system_only_so_not_a_public_service_interface()
    {
        var type = typeof(IAccountService).Assembly.GetType("SalesOps.Services.Accounts.ISupportFieldsService", throwOnError: true)!;

        Assert.False(type.IsPublic);
        Assert.DoesNotContain(type, ServiceInterfaces);
    }

    [Fact]
    public void No_component_injects_a_system_only_service()
    {
        // Internal services check no access; SalesOps.Services lets the Dashboard see its internals, so the
        // compiler alone would not stop a page injecting one.
        var services = typeof(IAccountService).Assembly;
        var injecting = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null && p.PropertyType.Assembly == services && !p.PropertyType.IsPublic)
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        Assert.True(injecting.Count == 0, "Components injecting a service that checks no access: " + string.Join(", ", injecting));
    }

    [Fact]
    public async Task Calling_a_method_a_viewer_lacks_the_policy_for_throws_AccessDeniedException()
    {
        var methods = ServiceInterfaces
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m, Policy: m.GetCustomAttribute<RequiresPolicyAttribute>()?.Policy)))
            .Where(x => x.Policy is not null && !Policies.Allows(x.Policy, [AppRoles.Viewer]))
            .ToList();
        Assert.Contains(methods, x => x.Method.Name == nameof(IAccountService.UpdateSupportSettingsAsync));

        var failures = new List<string>();
        foreach (var (type, method, policy) in methods)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Viewer());
            var service = scope.ServiceProvider.GetService(type);
            if (service is null)
            {
                failures.Add($"{type.Name} is not registered.");
                continue;
            }

            var thrown = await CallAsync(service, method);
            if (thrown is not AccessDeniedException)
            {
                failures.Add($"{type.Name}.{method.Name} ({policy}) as Viewer: {(thrown is null ? "no exception" : thrown.GetType().Name + ": " + thrown.Message)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Calling_any_service_method_without_a_signed_in_user_throws_AccessDeniedException()
    {
        var failures = new List<string>();
        foreach (var type in ServiceInterfaces)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetService(type);
            foreach (var method in service is null ? [] : type.GetMethods())
            {
                var thrown = await CallAsync(service!, method);
                if (thrown is not AccessDeniedException)
                {
                    failures.Add($"{type.Name}.{method.Name} anonymously: {(thrown is null ? "no exception" : thrown.GetType().Name)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static ClaimsPrincipal Viewer() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, DemoSignIn.DemoEmail(AppRoles.Viewer)), new Claim(ClaimTypes.Role, AppRoles.Viewer)], "Test"));

    /// <summary>Calls with default arguments (the proxy checks before the service sees them); the exception, or null.</summary>
    private static async Task<Exception?> CallAsync(object service, MethodInfo method)
    {
        var args = method.GetParameters()
            .Select(p => p.HasDefaultValue ? p.DefaultValue : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)
            .ToArray();
        try
        {
            var result = method.Invoke(service, args);
            if (result is Task task)
            {
                await task;
            }

            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return ex.InnerException;
        }
#pragma warning disable CA1031 // any other failure is reported as the wrong exception
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex;
        }
    }
}
