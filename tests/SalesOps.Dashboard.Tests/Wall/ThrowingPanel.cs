using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace SalesOps.Dashboard.Tests.Wall;

/// <summary>A panel with a bug: it throws while rendering when <see cref="Fail"/> is set.</summary>
public sealed class ThrowingPanel : ComponentBase
{
    [Parameter]
    public bool Fail { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (Fail)
        {
            throw new InvalidOperationException("A panel bug");
        }

        builder.OpenElement(0, "p");
        builder.AddAttribute(1, "data-testid", "throwing-panel");
        builder.AddContent(2, "Rendered");
        builder.CloseElement();
    }
}
