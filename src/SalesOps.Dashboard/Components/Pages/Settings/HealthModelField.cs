namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// One number on the Health model page: the configuration path its errors name (<c>ConfigurationError.Field</c>), what
/// people read, and how it reads and writes the form.
/// </summary>
/// <param name="Path">The configuration's field path, e.g. <c>health_model.watch_from</c>.</param>
/// <param name="Label">The input's label.</param>
/// <param name="Hint">What the number does, in a line.</param>
/// <param name="Unit">Shown after the number: %, days, points.</param>
/// <param name="Get">Reads the number from the form.</param>
/// <param name="Set">Writes the number into the form.</param>
/// <param name="MessageName">How the configuration's error messages name the field, replaced by the label when shown.</param>
public sealed record HealthModelField(
    string Path,
    string Label,
    string Hint,
    string Unit,
    Func<HealthModelForm, int> Get,
    Action<HealthModelForm, int> Set,
    string MessageName)
{
    /// <summary>The input element's id: the path with only characters an id selector takes as they are.</summary>
    public string InputId => "field-" + Path.Replace('.', '-').Replace('_', '-');
}
