using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using SalesOps.Data.Auditing;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Auth;

/// <summary>
/// Keeps a circuit's <see cref="CurrentUser"/> equal to its authentication state, and runs every inbound activity
/// (event handlers, JS calls, navigation) as that user for the audit trail.
/// </summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser) : CircuitHandler, IDisposable
{
    private bool _subscribed;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        currentUser.Set((await authentication.GetAuthenticationStateAsync()).User);
        if (!_subscribed)
        {
            authentication.AuthenticationStateChanged += OnAuthenticationChanged;
            _subscribed = true;
        }
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var principal = currentUser.Principal;
            using (AuditActor.Begin(principal.Identity?.IsAuthenticated == true ? principal.Identity.Name : null))
            {
                await next(context);
            }
        };

    private async void OnAuthenticationChanged(Task<AuthenticationState> state)
    {
        try
        {
            currentUser.Set((await state).User);
        }
        catch (InvalidOperationException)
        {
            // The state could not be read; the circuit keeps its last known user until the next change.
        }
    }

    public void Dispose()
    {
        if (_subscribed)
        {
            authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
        }
    }
}
