using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// Writes <see cref="ConfigNode"/>s as block-style YAML a person can read: no type tags, no anchors, text quoted only
/// when it would otherwise read back as a number, true/false or nothing.
/// </summary>
public static partial class ConfigYamlEmitter
{
    public static string Write(ConfigNode root, IEnumerable<string>? headerComments = null, IReadOnlyDictionary<string, string>? sectionComments = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        using var writer = new StringWriter();
        foreach (var line in headerComments ?? [])
        {
            writer.WriteLine(string.IsNullOrEmpty(line) ? "#" : "# " + line);
        }

        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: 120, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, root, sectionComments, topLevel: true);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return SpaceOutSections(writer.ToString());
    }

    private static void Emit(IEmitter emitter, ConfigNode node, IReadOnlyDictionary<string, string>? sectionComments, bool topLevel)
    {
        switch (node)
        {
            case ConfigScalar scalar:
                emitter.Emit(ScalarEvent(scalar));
                break;
            case ConfigList list:
                // Short lists of plain words read best on one line: panels: [overview_kpis, arr_at_risk].
                var flow = list.Items.Count > 0 && list.Items.All(i => i is ConfigScalar { Quoted: false })
                    && list.Items.Sum(i => ((ConfigScalar)i).Value.Length + 2) <= 72;
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    Emit(emitter, item, null, false);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case ConfigMap map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                foreach (var (key, value) in map.Entries)
                {
                    if (topLevel && sectionComments is not null && sectionComments.TryGetValue(key.Value, out var comment))
                    {
                        foreach (var line in comment.Split('\n'))
                        {
                            emitter.Emit(new Comment(line, false));
                        }
                    }

                    emitter.Emit(ScalarEvent(key));
                    Emit(emitter, value, null, false);
                }

                emitter.Emit(new MappingEnd());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown node type.");
        }
    }

    // A blank line before each section's comment, so the file reads as sections.
    private static string SpaceOutSections(string yaml)
    {
        var lines = yaml.Split('\n');
        var result = new List<string>(lines.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && lines[i].StartsWith('#') && !lines[i - 1].StartsWith('#') && lines[i - 1].Length > 0)
            {
                result.Add("");
            }

            result.Add(lines[i]);
        }

        return string.Join('\n', result);
    }

    private static Scalar ScalarEvent(ConfigScalar scalar) =>
        new(AnchorName.Empty, TagName.Empty, scalar.Value, scalar.Quoted ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain, true, true);

    /// <summary>Whether <paramref name="text"/> written plain would read back as something other than this text.</summary>
    public static bool NeedsQuotes(string text) =>
        text.Length == 0 || text != text.Trim() || LooksTyped().IsMatch(text);

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex LooksTyped();
}
