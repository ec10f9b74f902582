using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using SalesOps.Dashboard.Components.Charts;

namespace SalesOps.Dashboard.Tests.Charts;

/// <summary>Reads what a <see cref="LineChart"/> handed to <c>charts.js</c>, and the text alternative it rendered.</summary>
public static class ChartConfig
{
    /// <summary>
    /// Waits until <paramref name="count"/> charts have been drawn. A chart draws after its render, once its data has
    /// arrived (the analytics reads run on threads of their own), so waiting for a render would miss the last one.
    /// </summary>
    public static async Task WaitForRendersAsync(BunitJSModuleInterop module, int count)
    {
        for (var waited = 0; module.Invocations["render"].Count < count && waited < 10_000; waited += 25)
        {
            await Task.Delay(25);
        }

        Assert.Equal(count, module.Invocations["render"].Count);
    }

    /// <summary>The configuration of every <c>render</c> call, in order, as the JSON the browser receives.</summary>
    public static IReadOnlyList<JsonElement> Renders(BunitJSModuleInterop module) =>
        [.. module.Invocations["render"].Select(i => JsonSerializer.SerializeToElement(i.Arguments[1]))];

    public static IReadOnlyList<string> ChartLabels(JsonElement config) =>
        [.. config.GetProperty("data").GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)];

    public static JsonElement Dataset(JsonElement config, int index) => config.GetProperty("data").GetProperty("datasets")[index];

    public static IReadOnlyList<double?> Values(JsonElement config, int dataset) =>
        [.. Dataset(config, dataset).GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble())];

    /// <summary>A value by path, e.g. <c>options.plugins.tooltip.mode</c>.</summary>
    public static JsonElement At(JsonElement config, string path) =>
        path.Split('.').Aggregate(config, (e, name) => e.GetProperty(name));

    /// <summary>The data table under a chart: each row's label and its cells' text.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Cells)> TableRows(IElement figure) =>
        [.. figure.QuerySelectorAll("details.chart-data tbody tr").Select(r =>
            (r.QuerySelector("th")!.TextContent.Trim(), (IReadOnlyList<string>)[.. r.QuerySelectorAll("td").Select(td => td.TextContent.Trim())]))];

    /// <summary>A table cell's number, or null for the "—" of a missing value.</summary>
    public static double? Number(string cell) =>
        cell == "—" ? null : double.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);
}
