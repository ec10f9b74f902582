using System.Text;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using SalesOps.Core.Handoffs;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// <c>instruction.yaml</c>: a request to change the configuration (schema in docs/configuration.md). <c>changes</c> is
/// written like <c>crm_configuration.yaml</c> but holds only what changes; it is merged into the configuration in force
/// (named list entries, such as tiers, templates, items and rotations, merge by their name or key; <c>remove: true</c>
/// takes one out; other values and lists are replaced). The brief's own blocks <c>handoff_checklist</c> and
/// <c>expansion_triggers</c> are accepted as written.
/// </summary>
public static class InstructionYaml
{
    public const string FileName = "instruction.yaml";

    private static readonly string[] TopLevelKeys =
        ["instruction_id", "title", "requested_by", "changes", "handoff_template", "handoff_checklist", "expansion_triggers"];

    // The key that names the entries of each list that merges entry by entry.
    private static readonly Dictionary<string, string> IdentityOf = new(StringComparer.Ordinal)
    {
        ["tiers"] = "name", ["fields"] = "field", ["templates"] = "name", ["items"] = "key", ["rotations"] = "name",
    };

    /// <summary>The brief's expansion process, step by step; the workflow follows it and it cannot be changed.</summary>
    public static readonly IReadOnlyList<string> ProcessSteps =
    [
        "Support agent identifies opportunity", "Documents in CRM", "Notifies account-manager or sales",
        "Provides context and customer sentiment", "Warm introduction to sales rep",
    ];

    public static InstructionReadResult Apply(string? text, CrmConfiguration current, string? instructionId = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var (root, parseErrors) = ConfigYamlParser.Parse(text);
        if (root is null)
        {
            return new(null, parseErrors, null, null);
        }

        var r = new ConfigReader();
        if (root is ConfigMap top && top.Entries.Count > 0 && top.Entries.All(e => CrmConfigurationYaml.Sections.Contains(e.Key.Value)))
        {
            r.Error(top, "", "This looks like a whole configuration file, not an instruction: import it as a configuration, or put what should change under 'changes:'.");
            return new(null, r.Errors, null, null);
        }

        var map = r.Map(root, "", TopLevelKeys);
        if (map is null)
        {
            return new(null, r.Errors, null, null);
        }

        var declaredId = r.Text(map, "instruction_id", "", "");
        if (declaredId.Length > 0 && instructionId is not null && !string.Equals(declaredId, instructionId, StringComparison.Ordinal))
        {
            r.Error(map["instruction_id"], "instruction_id", $"The file says it is instruction '{declaredId}' but it was read as '{instructionId}'; they must match.");
        }

        var title = NullIfEmpty(r.Text(map, "title", "", ""));
        var requestedBy = NullIfEmpty(r.Text(map, "requested_by", "", ""));
        if (map["changes"] is null && map["handoff_checklist"] is null && map["expansion_triggers"] is null)
        {
            r.Error(map, "", "The instruction asks for nothing: give 'changes', 'handoff_checklist' or 'expansion_triggers'.");
        }

        var tree = CrmConfigurationYaml.ToNode(current);
        if (map["changes"] is { } changes)
        {
            if (changes is ConfigMap patch)
            {
                Merge(r, tree, patch, "");
            }
            else
            {
                r.Error(changes, "changes", $"changes must be {new ConfigMap().Kind} shaped like crm_configuration.yaml, not {changes.Kind}.");
            }
        }

        if (map["handoff_checklist"] is { } checklist)
        {
            var templateName = NullIfEmpty(r.Text(map, "handoff_template", "", "")) ?? current.Handoffs.DefaultTemplate;
            ApplyChecklist(r, tree, checklist, templateName);
        }
        else if (map["handoff_template"] is { } orphan)
        {
            r.Error(orphan, "handoff_template", "handoff_template names the template a handoff_checklist block replaces; there is no handoff_checklist.");
        }

        if (map["expansion_triggers"] is { } triggers)
        {
            ApplyTriggers(r, tree, triggers);
        }

        if (r.Errors.Count > 0)
        {
            return new(null, r.Errors, title, requestedBy);
        }

        var read = CrmConfigurationYaml.Read(tree);
        return new(read.Configuration, read.Errors, title, requestedBy) { InstructionId = NullIfEmpty(declaredId) };
    }

    private static void Merge(ConfigReader r, ConfigMap target, ConfigMap patch, string path)
    {
        foreach (var (key, value) in patch.Entries)
        {
            var at = ConfigReader.Join(path, key.Value);
            var existing = target[key.Value];
            if (existing is ConfigMap targetMap && value is ConfigMap patchMap)
            {
                Merge(r, targetMap, patchMap, at);
                target.Set(key, targetMap);
            }
            else if (existing is ConfigList targetList && value is ConfigList patchList && IdentityOf.TryGetValue(key.Value, out var identity))
            {
                MergeNamed(r, targetList, patchList, identity, at);
                target.Set(key, targetList);
            }
            else
            {
                // A new key (an unknown one is reported when the result is read, at this line) or a replaced value.
                target.Set(key, value);
            }
        }
    }

    private static void MergeNamed(ConfigReader r, ConfigList target, ConfigList patch, string identity, string path)
    {
        foreach (var entry in patch.Items)
        {
            if (entry is not ConfigMap entryMap || entryMap[identity] is not ConfigScalar name)
            {
                r.Error(entry, path, $"Each entry of {path} names the one it changes with '{identity}:'.");
                continue;
            }

            var remove = entryMap["remove"] is ConfigScalar { Value: "true" or "yes" };
            var match = target.Items.OfType<ConfigMap>().FirstOrDefault(m => m[identity] is ConfigScalar s && SameName(s.Value, name.Value));
            var rest = new ConfigMap(entryMap.Line, entryMap.Column)
            {
                Entries = [.. entryMap.Entries.Where(e => e.Key.Value != "remove")],
            };
            if (remove)
            {
                if (match is null)
                {
                    r.Error(name, $"{path}[{name.Value}]", $"There is no '{name.Value}' in {path} to remove.{NearestName.Suggestion(name.Value, Names(target, identity))}");
                }
                else
                {
                    target.Items.Remove(match);
                }
            }
            else if (match is null)
            {
                target.Items.Add(rest);
            }
            else
            {
                Merge(r, match, rest, $"{path}[{name.Value}]");
            }
        }
    }

    private static void ApplyChecklist(ConfigReader r, ConfigMap tree, ConfigNode block, string templateName)
    {
        var stages = r.Map(block, "handoff_checklist", [.. SnakeCase.Names<HandoffStage>()]);
        if (stages is null)
        {
            return;
        }

        var templates = (ConfigList)((ConfigMap)tree["handoffs"]!)["templates"]!;
        var template = templates.Items.OfType<ConfigMap>().FirstOrDefault(t => t["name"] is ConfigScalar s && SameName(s.Value, templateName));
        var existing = template?["items"] is ConfigList list ? list.Items.OfType<ConfigMap>().ToList() : [];
        var items = new ConfigList(stages.Line, stages.Column);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stageKey, labels) in stages.Entries)
        {
            var stagePath = $"handoff_checklist.{stageKey.Value}";
            foreach (var (node, itemPath) in r.List(stages, stageKey.Value, "handoff_checklist") ?? [])
            {
                if (node is not ConfigScalar { IsNull: false } label)
                {
                    r.Error(node, itemPath, $"Each item of {stagePath} is the item's text, e.g. '- Contract signed and processed'.");
                    continue;
                }

                // An item people retyped keeps its settings: from this template, else from the brief's built-in one.
                var kept = existing.FirstOrDefault(m => m["label"] is ConfigScalar s && SameLabel(s.Value, label.Value))
                    ?? BuiltIn.FirstOrDefault(m => m["label"] is ConfigScalar s && SameLabel(s.Value, label.Value));
                var key = kept?["key"] is ConfigScalar k ? k.Value : Slug(label.Value);
                for (var n = 2; !keys.Add(key); n++)
                {
                    key = $"{Slug(label.Value)}_{n}";
                }

                items.Items.Add(new ConfigMap(label.Line, label.Column)
                    .Add("key", ConfigScalar.Word(key))
                    .Add("stage", ConfigScalar.Word(stageKey.Value))
                    .Add("label", label with { Value = label.Value.Trim() })
                    .Add("kind", kept?["kind"] ?? ConfigScalar.Word(SnakeCase.Of(HandoffFields.BoundKind(key) ?? ChecklistItemKind.Check)))
                    .Add("required", kept?["required"] ?? ConfigScalar.Of(true)));
                if (kept?["due_offset_days"] is { } due)
                {
                    ((ConfigMap)items.Items[^1]).Add("due_offset_days", due);
                }
            }
        }

        if (template is null)
        {
            templates.Items.Add(new ConfigMap(block.Line, block.Column).Add("name", ConfigScalar.Text(templateName)).Add("version", ConfigScalar.Of(1)).Add("items", items));
        }
        else
        {
            template.Set(new ConfigScalar("items"), items);
        }
    }

    private static void ApplyTriggers(ConfigReader r, ConfigMap tree, ConfigNode block)
    {
        var groups = r.Map(block, "expansion_triggers", ["usage_based", "feedback_based", "process"]);
        if (groups is null)
        {
            return;
        }

        var chosen = new List<ExpansionTrigger>();
        foreach (var (group, usageBased) in new[] { ("usage_based", true), ("feedback_based", false) })
        {
            foreach (var (node, itemPath) in r.List(groups, group, "expansion_triggers") ?? [])
            {
                var text = node is ConfigScalar s ? s.Value : "";
                var entry = TriggerCatalog.All.FirstOrDefault(e => SameLabel(e.Label, text) || e.YamlKey == text.Trim());
                if (entry is null)
                {
                    var known = TriggerCatalog.All.Where(e => e.UsageBased == usageBased).Select(e => e.Label).ToList();
                    r.Error(node, itemPath, $"'{text}' is not a trigger the system knows.{NearestName.Suggestion(text, known)} {(usageBased ? "Usage-based" : "Feedback-based")} triggers: {string.Join("; ", known)}.");
                }
                else if (entry.UsageBased != usageBased)
                {
                    r.Error(node, itemPath, $"'{entry.Label}' is {(entry.UsageBased ? "usage-based" : "feedback-based")}; list it under {(entry.UsageBased ? "usage_based" : "feedback_based")}.");
                }
                else if (chosen.Contains(entry.Trigger))
                {
                    r.Error(node, itemPath, $"'{entry.Label}' is listed twice.");
                }
                else
                {
                    chosen.Add(entry.Trigger);
                }
            }
        }

        foreach (var (node, itemPath) in r.List(groups, "process", "expansion_triggers") ?? [])
        {
            var text = node is ConfigScalar s ? s.Value : "";
            if (!ProcessSteps.Any(step => SameLabel(step, text)))
            {
                r.Error(node, itemPath, $"'{text}' is not a step of the expansion process, which is built in: {string.Join("; ", ProcessSteps)}.{NearestName.Suggestion(text, ProcessSteps)}");
            }
        }

        if (groups["usage_based"] is not null || groups["feedback_based"] is not null)
        {
            var list = new ConfigList(groups.Line, groups.Column);
            list.Items.AddRange(chosen.OrderBy(t => t).Select(t => ConfigScalar.Word(SnakeCase.Of(t))));
            ((ConfigMap)tree["expansion"]!).Set(new ConfigScalar("triggers"), list);
        }
    }

    private static readonly IReadOnlyList<ConfigMap> BuiltIn =
        [.. ((ConfigList)((ConfigMap)((ConfigList)((ConfigMap)CrmConfigurationYaml.ToNode(CrmConfiguration.Default)["handoffs"]!)["templates"]!).Items[0])["items"]!).Items.Cast<ConfigMap>()];

    private static IEnumerable<string> Names(ConfigList list, string identity) =>
        list.Items.OfType<ConfigMap>().Select(m => m[identity]).OfType<ConfigScalar>().Select(s => s.Value);

    private static bool SameName(string a, string b) =>
        string.Equals(Normalise(a).Replace(' ', '_'), Normalise(b).Replace(' ', '_'), StringComparison.Ordinal);

    // Labels as people retype them: case, spacing and trailing punctuation do not matter.
    private static bool SameLabel(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().TrimEnd('.', ';', ':').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Slug(string label)
    {
        var sb = new StringBuilder();
        foreach (var c in label.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '_')
            {
                sb.Append('_');
            }
        }

        var slug = sb.ToString().Trim('_');
        slug = slug.Length > 50 ? slug[..50].TrimEnd('_') : slug;
        return slug.Length == 0 || !char.IsAsciiLetterLower(slug[0]) ? "item_" + slug : slug;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
