using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components.Forms;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// One file's way from text to a new configuration version: the text (uploaded or pasted), its preview, and the apply.
/// Apply is offered only for a valid preview that changes something and only while the text is still the one previewed,
/// so what is stored is always what the person saw.
/// </summary>
public sealed class ConfigurationFileFlow(ConfigurationFileKind kind)
{
    /// <summary>The largest file (or pasted text) read: a whole configuration is a few kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// The most text the box takes by typing or pasting. Every edit travels to the server in one circuit message, which
    /// Blazor caps at 32 KB; a longer file is chosen with the file button instead (streamed, up to <see cref="MaxBytes"/>).
    /// </summary>
    public const int MaxPasteChars = 10_000;

    private static readonly string[] Extensions = [".yaml", ".yml"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string[] _previewedLines = [];

    public ConfigurationFileKind Kind { get; } = kind;

    public string Text { get; private set; } = "";

    /// <summary>The uploaded file's name while the text is that file's, unchanged; null for pasted text.</summary>
    public string? FileName { get; private set; }

    /// <summary>Why the last chosen file was not read (too large, not YAML, not UTF-8 text); null when it was.</summary>
    public string? FileError { get; private set; }

    public string? InstructionId { get; private set; }

    public string? Comment { get; set; }

    public ConfigurationFilePreview? Preview { get; private set; }

    /// <summary>The text and instruction id the preview was made of.</summary>
    public string? PreviewedText { get; private set; }

    private string? PreviewedId { get; set; }

    /// <summary>The last apply that did not store a version (refused, or no change).</summary>
    public ConfigurationFileResult? Refusal { get; private set; }

    /// <summary>The last apply that stored a version.</summary>
    public ConfigurationFileResult? Applied { get; private set; }

    public bool Busy { get; set; }

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    public bool TooLong => Encoding.UTF8.GetByteCount(Text) > MaxBytes;

    /// <summary>The text came from a file too long to edit in the box (an edit would not reach the server): it is shown read-only.</summary>
    public bool TextIsReadOnly => FileName is not null && Text.Length > MaxPasteChars;

    /// <summary>Pasted text that fills the box to its limit was most likely cut off by it.</summary>
    public bool PasteMayBeCut => FileName is null && Text.Length >= MaxPasteChars;

    /// <summary>
    /// Preview stays on while there is no text yet: a pasted text reaches the page when the text box loses focus, which
    /// is the click on Preview itself.
    /// </summary>
    public bool CanPreview => !Busy;

    /// <summary>Why the text cannot be previewed as it is (nothing there, or too long); null when it can.</summary>
    public string? TextProblem { get; private set; }

    /// <summary>The preview still describes the text and instruction id as they are now.</summary>
    public bool PreviewIsCurrent =>
        Preview is not null && string.Equals(PreviewedText, Text, StringComparison.Ordinal) && string.Equals(PreviewedId, NormalizedId, StringComparison.Ordinal);

    public bool CanApply => PreviewIsCurrent && Preview is { IsValid: true, ChangesNothing: false } && !Busy;

    /// <summary>The version an apply would store.</summary>
    public int NextVersion => (Preview?.BaseVersion ?? 0) + 1;

    private string? NormalizedId => string.IsNullOrWhiteSpace(InstructionId) ? null : InstructionId.Trim();

    public void SetText(string? text)
    {
        text ??= "";
        if (!string.Equals(text, Text, StringComparison.Ordinal))
        {
            FileName = null;
        }

        Text = text;
        FileError = null;
        TextProblem = PasteMayBeCut ? PasteLimitText : null;
        Applied = null;
    }

    private static string PasteLimitText =>
        $"The box takes at most {MaxPasteChars.ToString("N0", CultureInfo.InvariantCulture)} characters, so the pasted text may be cut off. Choose the file with the button instead (up to {Size(MaxBytes)}).";

    public void SetInstructionId(string? id)
    {
        InstructionId = id;
        Applied = null;
    }

    /// <summary>Reads a chosen file as the text; a file that is too large, not .yaml/.yml or not UTF-8 is refused with a message and leaves the text as it was.</summary>
    public async Task LoadAsync(IBrowserFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        Applied = null;
        if (!Extensions.Contains(Path.GetExtension(file.Name), StringComparer.OrdinalIgnoreCase))
        {
            FileError = $"\u201c{file.Name}\u201d is not a YAML file: choose a .yaml or .yml file.";
            return;
        }

        if (file.Size > MaxBytes)
        {
            FileError = $"\u201c{file.Name}\u201d is {Size(file.Size)}; a file can be at most {Size(MaxBytes)}. Is it the right file?";
            return;
        }

        try
        {
            await using var stream = file.OpenReadStream(MaxBytes, ct);
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            Text = await reader.ReadToEndAsync(ct);
            FileName = file.Name;
            FileError = null;
            TextProblem = null;
        }
        catch (DecoderFallbackException)
        {
            FileError = $"\u201c{file.Name}\u201d is not UTF-8 text. Save it as UTF-8 and choose it again.";
        }
    }

    /// <summary>Starts a preview: false, with <see cref="TextProblem"/> saying why, when there is nothing to read.</summary>
    public bool StartPreview()
    {
        Refusal = null;
        Applied = null;
        TextProblem = !HasText ? $"Nothing to preview yet: choose {(Kind == ConfigurationFileKind.Instruction ? "an instruction.yaml" : "a .yaml file")} or paste its text."
            : TooLong ? $"The text is over {Size(MaxBytes)}; a configuration file is a few kilobytes. Is it the right text?"
            : PasteMayBeCut ? PasteLimitText
            : null;
        return TextProblem is null;
    }

    public void DismissApplied() => Applied = null;

    public void Previewed(ConfigurationFilePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        Preview = preview;
        PreviewedText = Text;
        PreviewedId = NormalizedId;
        _previewedLines = Text.Split('\n');
        Refusal = null;
    }

    /// <summary>Records an apply's outcome: a stored version clears the text for the next file; anything else keeps it.</summary>
    public void Finished(ConfigurationFileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome == ConfigurationFileOutcome.Applied)
        {
            Applied = result;
            Refusal = null;
            Clear();
            return;
        }

        Refusal = result;
        // A refused apply's preview is out of date (someone saved in between, or the file turned out wrong): preview again.
        Preview = null;
        PreviewedText = null;
    }

    public void Clear()
    {
        Text = "";
        FileName = null;
        FileError = null;
        TextProblem = null;
        InstructionId = null;
        Comment = null;
        Preview = null;
        PreviewedText = null;
        PreviewedId = null;
        _previewedLines = [];
    }

    /// <summary>Line <paramref name="line"/> (from 1) of the previewed text, without its line break; null when the text has no such line.</summary>
    public string? SourceLine(int line) =>
        line >= 1 && line <= _previewedLines.Length ? _previewedLines[line - 1].TrimEnd('\r') : null;

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1024 ? (bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
