using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// The import or instruction flow of Settings › Configuration: text in (file or paste), preview, apply. Apply sends the
/// text that was previewed and the version it was previewed against, so a version saved in between is refused, never
/// overwritten.
/// </summary>
public sealed partial class ConfigurationFileCard : IDisposable
{
    private const string TextStyle = "font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.8125rem;";

    private readonly CancellationTokenSource _disposed = new();
    private ConfigurationFileFlow _flow = new(ConfigurationFileKind.Configuration);
    private bool _previewing;
    private bool _showResult;

    [Inject]
    private IConfigurationFileService Files { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IScrollManager Scroll { get; set; } = default!;

    [Parameter]
    public ConfigurationFileKind Kind { get; set; }

    /// <summary>Raised when the stored versions changed: this card applied one, or found that someone else had.</summary>
    [Parameter]
    public EventCallback VersionsChanged { get; set; }

    private static string PasteLimit => ConfigurationFileFlow.MaxPasteChars.ToString("N0", CultureInfo.InvariantCulture);

    private bool IsInstruction => Kind == ConfigurationFileKind.Instruction;

    private string KindKey => IsInstruction ? "instruction" : "import";

    private string Noun => IsInstruction ? "instruction" : "file";

    protected override void OnParametersSet()
    {
        if (_flow.Kind != Kind)
        {
            _flow = new ConfigurationFileFlow(Kind);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_showResult)
        {
            // The text box is tall; bring the preview (or the apply's outcome) into view rather than leave it below the fold.
            _showResult = false;
            await Scroll.ScrollIntoViewAsync($"[data-testid={KindKey}-result]", ScrollBehavior.Smooth);
        }
    }

    private void SetText(string? text) => _flow.SetText(text);

    private void SetInstructionId(string? id) => _flow.SetInstructionId(id);

    private async Task LoadFileAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        await _flow.LoadAsync(file, _disposed.Token);
        if (_flow.FileError is null)
        {
            // A chosen file is read at once: that is what people expect after picking it.
            await PreviewAsync();
        }
    }

    private async Task PreviewAsync()
    {
        if (!_flow.CanPreview || !_flow.StartPreview())
        {
            return;
        }

        _flow.Busy = true;
        _previewing = true;
        try
        {
            var text = _flow.Text;
            var preview = IsInstruction
                ? await Files.PreviewInstructionAsync(text, NullIfBlank(_flow.InstructionId), _disposed.Token)
                : await Files.PreviewImportAsync(text, _disposed.Token);
            _flow.Previewed(preview);
            _showResult = true;
        }
        finally
        {
            _flow.Busy = false;
            _previewing = false;
        }
    }

    private async Task ApplyAsync()
    {
        if (!_flow.CanApply || _flow.Preview is not { } preview || _flow.PreviewedText is not { } text)
        {
            return;
        }

        _flow.Busy = true;
        try
        {
            var result = IsInstruction
                ? await Files.ApplyInstructionAsync(text, NullIfBlank(_flow.InstructionId), preview.BaseVersion, _disposed.Token)
                : await Files.ImportAsync(text, preview.BaseVersion, NullIfBlank(_flow.Comment), _disposed.Token);
            _flow.Finished(result);
            _showResult = true;
            switch (result.Outcome)
            {
                case ConfigurationFileOutcome.Applied:
                    Snackbar.Add($"Applied as version {result.Version}.", Severity.Success);
                    await VersionsChanged.InvokeAsync();
                    break;
                case ConfigurationFileOutcome.NoChange:
                    Snackbar.Add("Nothing to apply: the configuration already matches.", Severity.Info);
                    break;
                default:
                    Snackbar.Add(result.IsVersionConflict ? "Not applied: someone saved another version after your preview." : "Not applied: nothing was stored.",
                        Severity.Error);
                    if (result.IsVersionConflict)
                    {
                        await VersionsChanged.InvokeAsync();
                    }

                    break;
            }
        }
        finally
        {
            _flow.Busy = false;
        }
    }

    private void Clear() => _flow.Clear();

    private static string VersionName(int version) => version > 0 ? $"version {version}" : "the built-in defaults (version 0)";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
