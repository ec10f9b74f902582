using System.Text.Json;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>
/// One chart of the LineChart component: a figure named by the chart's title holding the Chart.js canvas and, in a
/// closed disclosure, the same data as a table. What Chart.js drew is read from its instance, <c>Chart.getChart(canvas)</c>.
/// </summary>
public sealed class ChartFigure(IPage page, string title)
{
    public IPage Page { get; } = page;

    public string Title { get; } = title;

    public ILocator Figure => Page.GetByRole(AriaRole.Figure, new() { Name = Title, Exact = true });

    public ILocator Canvas => Figure.GetByRole(AriaRole.Img);

    public ILocator TableToggle => Figure.GetByText("Show data as a table", new() { Exact = true });

    public ILocator Table => Figure.GetByRole(AriaRole.Table, new() { Name = Title, Exact = true });

    public ILocator TableRows => Table.Locator("tbody").GetByRole(AriaRole.Row);

    /// <summary>
    /// Waits until Chart.js has a chart on the canvas with a size and data, has finished animating it, and has painted the first series: at least
    /// <paramref name="minLinePixels"/> pixels in that series' colour. The canvas is transparent, so a blank chart
    /// has no such pixels whatever the page's background.
    /// </summary>
    public async Task<ChartPaint> WaitForDrawnAsync(int minLinePixels = 50)
    {
        await Assertions.Expect(Canvas).ToBeVisibleAsync();
        var handle = await Page.WaitForFunctionAsync(
            """
            ([canvas, min]) => {
                const chart = globalThis.Chart && Chart.getChart(canvas);
                if (!chart || canvas.width === 0 || canvas.height === 0 || chart.data.datasets.length === 0) return false;
                if (Chart.animator.running(chart)) return false;
                const hex = String(chart.data.datasets[0].borderColor).replace('#', '');
                const [r, g, b] = [0, 2, 4].map(i => parseInt(hex.substring(i, i + 2), 16));
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0, line = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                    if (pixels[i + 3] === 0) continue;
                    painted++;
                    if (pixels[i + 3] > 200 && Math.abs(pixels[i] - r) < 24 && Math.abs(pixels[i + 1] - g) < 24 && Math.abs(pixels[i + 2] - b) < 24) line++;
                }
                return line >= min ? { painted, line, total: canvas.width * canvas.height, color: chart.data.datasets[0].borderColor } : false;
            }
            """,
            new object[] { await Canvas.ElementHandleAsync(), minLinePixels });
        var paint = await handle.JsonValueAsync<JsonElement>();
        return new ChartPaint(
            paint.GetProperty("painted").GetInt32(), paint.GetProperty("line").GetInt32(), paint.GetProperty("total").GetInt32(),
            paint.GetProperty("color").GetString()!);
    }

    /// <summary>The labels and datasets Chart.js holds (what it draws and what its tooltips show).</summary>
    public async Task<ChartData> DataAsync()
    {
        var json = await Canvas.EvaluateAsync<JsonElement>(
            """
            canvas => {
                const chart = Chart.getChart(canvas);
                return { labels: chart.data.labels, datasets: chart.data.datasets.map(d => ({ label: d.label, data: d.data })) };
            }
            """);
        return new ChartData(
            [.. json.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!)],
            [.. json.GetProperty("datasets").EnumerateArray().Select(d => new ChartDataset(
                d.GetProperty("label").GetString()!,
                [.. d.GetProperty("data").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble())]))]);
    }

    /// <summary>A value of the chart's options by path, e.g. <c>scales.x.ticks.color</c>.</summary>
    public Task<string?> OptionAsync(string path) =>
        Canvas.EvaluateAsync<string?>("(canvas, path) => path.split('.').reduce((o, k) => o?.[k], Chart.getChart(canvas).options) ?? null", path);

    /// <summary>The table's rows: the label in the row header and each series' cell text.</summary>
    public async Task<IReadOnlyList<(string Label, IReadOnlyList<string> Cells)>> TableAsync()
    {
        if (!await Table.IsVisibleAsync())
        {
            await TableToggle.ClickAsync();
        }

        await Assertions.Expect(Table).ToBeVisibleAsync();
        var rows = new List<(string, IReadOnlyList<string>)>();
        foreach (var row in await TableRows.AllAsync())
        {
            var label = (await row.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
            var cells = (await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            rows.Add((label, cells));
        }

        return rows;
    }

    /// <summary>
    /// Moves the mouse onto point <paramref name="index"/> of the first series and waits for Chart.js's tooltip there;
    /// returns its title and body lines.
    /// </summary>
    public async Task<(string Title, IReadOnlyList<string> Lines)> HoverPointAsync(int index)
    {
        // Where the point ends up once any animation is over (getProps with final = true), in CSS pixels of the canvas.
        var point = await Canvas.EvaluateAsync<JsonElement>(
            "(canvas, i) => Chart.getChart(canvas).getDatasetMeta(0).data[i].getProps(['x', 'y'], true)", index);
        var box = await Canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("The chart's canvas has no box.");
        var (x, y) = ((float)(box.X + point.GetProperty("x").GetDouble()), (float)(box.Y + point.GetProperty("y").GetDouble()));
        for (var attempt = 1; ; attempt++)
        {
            // Arrive from a little to the left, as a hand does: Chart.js reacts to mousemove events over the canvas.
            await Page.Mouse.MoveAsync(x - 12, y);
            await Page.Mouse.MoveAsync(x, y, new() { Steps = 3 });
            try
            {
                var tooltip = await Page.WaitForFunctionAsync(
                    """
                    ([canvas, i]) => {
                        const t = Chart.getChart(canvas).tooltip;
                        if (!t || t.opacity === 0 || !t.dataPoints || t.dataPoints.length === 0 || t.dataPoints[0].dataIndex !== i) return false;
                        return { title: t.title.join(' '), lines: t.body.flatMap(b => b.lines) };
                    }
                    """,
                    new object[] { await Canvas.ElementHandleAsync(), index },
                    new() { Timeout = 5_000 });
                var json = await tooltip.JsonValueAsync<JsonElement>();
                return (json.GetProperty("title").GetString()!, [.. json.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!)]);
            }
            catch (TimeoutException) when (attempt < 3)
            {
                await Page.Mouse.MoveAsync(box.X + 1, box.Y + 1);
            }
        }
    }
}

/// <summary>What a chart painted: pixels not transparent, pixels in the first series' colour, all pixels.</summary>
public sealed record ChartPaint(int Painted, int Line, int Total, string Color);

public sealed record ChartData(IReadOnlyList<string> Labels, IReadOnlyList<ChartDataset> Datasets);

public sealed record ChartDataset(string Label, IReadOnlyList<double?> Data);
