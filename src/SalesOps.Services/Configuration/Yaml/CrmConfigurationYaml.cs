using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Health;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// <c>crm_configuration.yaml</c>: the whole <see cref="CrmConfiguration"/> as snake_case YAML, section by section in the
/// order an ops manager thinks of them, and back. Writing and reading live side by side so that the two cannot drift.
/// </summary>
public static class CrmConfigurationYaml
{
    public const string FileName = "crm_configuration.yaml";

    public static readonly string[] Sections =
        ["support", "health_model", "at_risk", "renewal_likelihood", "expansion", "handoffs", "data_quality", "wall_displays"];

    private static readonly Dictionary<string, string> SectionComments = new(StringComparer.Ordinal)
    {
        ["support"] = "Support tiers (response and resolution SLAs in business hours; optional health weights per tier)\nand the support fields shared with the help desk.",
        ["health_model"] = "Health score: component weights in percent (they add up to 100), band thresholds and input targets.",
        ["at_risk"] = "When an account counts as at risk besides being in the At risk band.",
        ["renewal_likelihood"] = "Share of ARR expected to renew per health band, in percent.",
        ["expansion"] = "Expansion triggers in use, their thresholds, and the acknowledgement SLA in business days.",
        ["handoffs"] = "Sales-to-success handoff templates (stages: pre_handoff, information_transfer, post_handoff;\nkinds: check, date, person, text, list), the completion SLA and the sales involvement window.",
        ["data_quality"] = "Data-quality standards checked and their thresholds.",
        ["wall_displays"] = "Rotations of panels that team wall displays cycle through.",
    };

    /// <summary>The file's text, with comments naming the version and when it was exported.</summary>
    public static string Write(CrmConfiguration configuration, int version, DateTimeOffset exportedAt, string? exportedBy = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var header = new List<string>
        {
            "SalesOps Dashboard CRM configuration",
            version > 0 ? $"Configuration version {version}" : "Configuration version 0 (built-in defaults)",
            $"Exported {exportedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC" + (string.IsNullOrEmpty(exportedBy) ? "" : $" by {exportedBy}"),
            "Import it on Settings > Configuration or change it with an instruction (docs/configuration.md).",
            "",
        };
        return ConfigYamlEmitter.Write(ToNode(configuration), header, SectionComments);
    }

    public static ConfigMap ToNode(CrmConfiguration c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ConfigMap()
            .Add("support", Support(c.Support))
            .Add("health_model", HealthModel(c.HealthModel))
            .Add("at_risk", new ConfigMap()
                .Add("score_drop_points", ConfigScalar.Of(c.AtRisk.ScoreDropPoints))
                .Add("score_drop_window_days", ConfigScalar.Of(c.AtRisk.ScoreDropWindowDays))
                .Add("renewal_window_days", ConfigScalar.Of(c.AtRisk.RenewalWindowDays))
                .Add("open_escalation", ConfigScalar.Of(c.AtRisk.OpenEscalation)))
            .Add("renewal_likelihood", Bands(c.RenewalLikelihood))
            .Add("expansion", new ConfigMap()
                .Add("triggers", Words(c.Expansion.Triggers.OrderBy(t => t)))
                .Add("plan_limit_percent", ConfigScalar.Of(c.Expansion.PlanLimitPercent))
                .Add("advanced_feature_users_percent", ConfigScalar.Of(c.Expansion.AdvancedFeatureUsersPercent))
                .Add("advanced_feature_min_users", ConfigScalar.Of(c.Expansion.AdvancedFeatureMinUsers))
                .Add("min_departments", ConfigScalar.Of(c.Expansion.MinDepartments))
                .Add("power_users_at_limit", ConfigScalar.Of(c.Expansion.PowerUsersAtLimit))
                .Add("power_users_at_limit_percent", ConfigScalar.Of(c.Expansion.PowerUsersAtLimitPercent))
                .Add("acknowledgement_sla_business_days", ConfigScalar.Of(c.Expansion.AcknowledgementSlaBusinessDays)))
            .Add("handoffs", Handoffs(c.Handoffs))
            .Add("data_quality", new ConfigMap()
                .Add("standards", Words(c.DataQuality.Standards.OrderBy(s => s)))
                .Add("contact_stale_after_days", ConfigScalar.Of(c.DataQuality.ContactStaleAfterDays))
                .Add("max_days_without_activity", ConfigScalar.Of(c.DataQuality.MaxDaysWithoutActivity))
                .Add("stale_stage_days", ConfigScalar.Of(c.DataQuality.StaleStageDays))
                .Add("target_percent", ConfigScalar.Of(c.DataQuality.TargetPercent)))
            .Add("wall_displays", WallDisplays(c.WallDisplays));
    }

    private static ConfigMap Support(SupportSettings s)
    {
        var tiers = new ConfigList();
        foreach (var tier in s.Tiers.OrderBy(t => t.Tier))
        {
            var node = new ConfigMap()
                .Add("name", ConfigScalar.Word(SnakeCase.Of(tier.Tier)))
                .Add("label", ConfigScalar.Text(tier.Label))
                .Add("first_response_hours", ConfigScalar.Of(tier.FirstResponseHours))
                .Add("resolution_hours", ConfigScalar.Of(tier.ResolutionHours));
            if (tier.HealthWeights is { } weights)
            {
                node.Add("health_weights", Weights(weights));
            }

            tiers.Items.Add(node);
        }

        var fields = new ConfigList();
        fields.Items.AddRange(s.Fields.OrderBy(f => f.Field).Select(f => new ConfigMap()
            .Add("field", ConfigScalar.Word(SnakeCase.Of(f.Field)))
            .Add("label", ConfigScalar.Text(f.Label))
            .Add("help_desk_field", ConfigScalar.Text(f.HelpDeskField))
            .Add("visible", ConfigScalar.Of(f.Visible))));
        return new ConfigMap().Add("tiers", tiers).Add("fields", fields);
    }

    private static ConfigMap HealthModel(HealthModelSettings h) => new ConfigMap()
        .Add("weights", Weights(h.Weights))
        .Add("healthy_from", ConfigScalar.Of(h.HealthyFrom))
        .Add("watch_from", ConfigScalar.Of(h.WatchFrom))
        .Add("target_seat_utilisation_percent", ConfigScalar.Of(h.TargetSeatUtilisationPercent))
        .Add("target_active_user_percent", ConfigScalar.Of(h.TargetActiveUserPercent))
        .Add("target_advanced_feature_percent", ConfigScalar.Of(h.TargetAdvancedFeaturePercent))
        .Add("escalation_penalty", ConfigScalar.Of(h.EscalationPenalty))
        .Add("open_escalation_penalty", ConfigScalar.Of(h.OpenEscalationPenalty))
        .Add("open_ticket_penalty", ConfigScalar.Of(h.OpenTicketPenalty))
        .Add("meeting_fresh_days", ConfigScalar.Of(h.MeetingFreshDays))
        .Add("meeting_gone_cold_days", ConfigScalar.Of(h.MeetingGoneColdDays))
        .Add("target_activities_per_90_days", ConfigScalar.Of(h.TargetActivitiesPer90Days))
        .Add("arr_change_for_full_score_percent", ConfigScalar.Of(h.ArrChangeForFullScorePercent))
        .Add("renewal_stage_window_days", ConfigScalar.Of(h.RenewalStageWindowDays));

    private static readonly string[] HealthModelKeys =
    [
        "weights", "healthy_from", "watch_from", "target_seat_utilisation_percent", "target_active_user_percent", "target_advanced_feature_percent",
        "escalation_penalty", "open_escalation_penalty", "open_ticket_penalty", "meeting_fresh_days", "meeting_gone_cold_days",
        "target_activities_per_90_days", "arr_change_for_full_score_percent", "renewal_stage_window_days",
    ];

    private static ConfigMap Weights(IReadOnlyDictionary<HealthComponent, int> weights)
    {
        var map = new ConfigMap();
        foreach (var (component, weight) in weights.OrderBy(w => w.Key))
        {
            map.Add(SnakeCase.Of(component), ConfigScalar.Of(weight));
        }

        return map;
    }

    private static ConfigMap Bands(RenewalLikelihoodSettings r)
    {
        var map = new ConfigMap();
        foreach (var (band, percent) in r.PercentByBand.OrderBy(b => b.Key))
        {
            map.Add(SnakeCase.Of(band), ConfigScalar.Of(percent));
        }

        return map;
    }

    private static ConfigMap Handoffs(HandoffSettings h)
    {
        var templates = new ConfigList();
        foreach (var template in h.Templates)
        {
            var items = new ConfigList();
            foreach (var item in template.Ordered())
            {
                var node = new ConfigMap()
                    .Add("key", ConfigScalar.Word(item.Key))
                    .Add("stage", ConfigScalar.Word(SnakeCase.Of(item.Stage)))
                    .Add("label", ConfigScalar.Text(item.Label))
                    .Add("kind", ConfigScalar.Word(SnakeCase.Of(item.Kind)))
                    .Add("required", ConfigScalar.Of(item.Required));
                if (item.DueOffsetDays is { } due)
                {
                    node.Add("due_offset_days", ConfigScalar.Of(due));
                }

                items.Items.Add(node);
            }

            templates.Items.Add(new ConfigMap()
                .Add("name", ConfigScalar.Text(template.Name))
                .Add("version", ConfigScalar.Of(template.Version))
                .Add("items", items));
        }

        return new ConfigMap()
            .Add("default_template", ConfigScalar.Text(h.DefaultTemplate))
            .Add("completion_sla_days", ConfigScalar.Of(h.CompletionSlaDays))
            .Add("sales_involvement_days", ConfigScalar.Of(h.SalesInvolvementDays))
            .Add("templates", templates);
    }

    private static ConfigMap WallDisplays(WallDisplaySettings w)
    {
        var rotations = new ConfigList();
        rotations.Items.AddRange(w.Rotations.Select(r => new ConfigMap()
            .Add("name", ConfigScalar.Text(r.Name))
            .Add("interval_seconds", ConfigScalar.Of(r.IntervalSeconds))
            .Add("hide_customer_names", ConfigScalar.Of(r.HideCustomerNames))
            .Add("panels", Words(r.Panels))));
        return new ConfigMap()
            .Add("default_rotation", ConfigScalar.Text(w.DefaultRotation))
            .Add("stale_after_seconds", ConfigScalar.Of(w.StaleAfterSeconds))
            .Add("rotations", rotations);
    }

    private static ConfigList Words<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        var list = new ConfigList();
        list.Items.AddRange(values.Select(v => ConfigScalar.Word(SnakeCase.Of(v))));
        return list;
    }

    /// <summary>
    /// Reads a whole configuration. Keys the file leaves out keep the built-in defaults (listed in
    /// <see cref="ConfigurationReadResult.DefaultedSections"/> for top-level sections). The result carries every
    /// problem with its place, the model's validation included; the configuration is null when there is any.
    /// </summary>
    public static ConfigurationReadResult Read(string? text)
    {
        var (root, parseErrors) = ConfigYamlParser.Parse(text);
        return root is null ? new ConfigurationReadResult(null, parseErrors, []) : Read(root);
    }

    public static ConfigurationReadResult Read(ConfigNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var r = new ConfigReader();
        var d = CrmConfiguration.Default;
        var map = r.Map(root, "", Sections);
        if (map is null)
        {
            return new ConfigurationReadResult(null, r.Errors, []);
        }

        var defaulted = Sections.Where(s => map[s] is null).ToList();
        var configuration = new CrmConfiguration
        {
            Support = ReadSupport(r, r.Map(r.Value(map, "support", ""), "support", ["tiers", "fields"]), d.Support),
            HealthModel = ReadHealthModel(r, r.Map(r.Value(map, "health_model", ""), "health_model", HealthModelKeys), d.HealthModel),
            AtRisk = ReadAtRisk(r, r.Map(r.Value(map, "at_risk", ""), "at_risk", ["score_drop_points", "score_drop_window_days", "renewal_window_days", "open_escalation"]), d.AtRisk),
            RenewalLikelihood = new RenewalLikelihoodSettings
            {
                PercentByBand = ReadByEnum<HealthBand>(r, map, "renewal_likelihood", "", d.RenewalLikelihood.PercentByBand) ?? d.RenewalLikelihood.PercentByBand,
            },
            Expansion = ReadExpansion(r, r.Map(r.Value(map, "expansion", ""), "expansion", ExpansionKeys), d.Expansion),
            Handoffs = ReadHandoffs(r, r.Map(r.Value(map, "handoffs", ""), "handoffs", ["default_template", "completion_sla_days", "sales_involvement_days", "templates"]), d.Handoffs),
            DataQuality = ReadDataQuality(r, r.Map(r.Value(map, "data_quality", ""), "data_quality", ["standards", "contact_stale_after_days", "max_days_without_activity", "stale_stage_days", "target_percent"]), d.DataQuality),
            WallDisplays = ReadWallDisplays(r, r.Map(r.Value(map, "wall_displays", ""), "wall_displays", ["default_rotation", "stale_after_seconds", "rotations"]), d.WallDisplays),
        };

        // The model's rules too, so that one preview shows every problem; a field already reported (a value that could
        // not be read stands in as its default) is not reported again.
        var reported = r.Errors.Select(e => e.Path).Where(p => p.Length > 0).ToList();
        var invalid = configuration.Validate().Select(r.Place)
            .Where(e => !reported.Any(p => e.Path == p || e.Path.StartsWith(p + ".", StringComparison.Ordinal) || e.Path.StartsWith(p + "[", StringComparison.Ordinal)
                || p.StartsWith(e.Path + ".", StringComparison.Ordinal) || p.StartsWith(e.Path + "[", StringComparison.Ordinal)));
        var errors = r.Errors.Concat(invalid).OrderBy(e => e.Line == 0 ? int.MaxValue : e.Line).ThenBy(e => e.Column).ToList();
        return errors.Count > 0
            ? new ConfigurationReadResult(null, errors, defaulted)
            : new ConfigurationReadResult(configuration, [], defaulted);
    }

    private static readonly string[] ExpansionKeys =
    [
        "triggers", "plan_limit_percent", "advanced_feature_users_percent", "advanced_feature_min_users", "min_departments",
        "power_users_at_limit", "power_users_at_limit_percent", "acknowledgement_sla_business_days",
    ];

    private static SupportSettings ReadSupport(ConfigReader r, ConfigMap? map, SupportSettings d)
    {
        if (map is null)
        {
            return d;
        }

        var tiers = r.List(map, "tiers", "support")?.Select(t =>
        {
            var m = r.Map(t.Node, t.Path, ["name", "label", "first_response_hours", "resolution_hours", "health_weights"]);
            var name = r.Value(m, "name", t.Path);
            if (m is not null && name is null)
            {
                r.Error(t.Node, $"{t.Path}.name", $"The tier has no name; use one of: {string.Join(", ", SnakeCase.Names<SupportTier>())}.");
            }

            var tier = name is null ? SupportTier.Standard : r.Enum(name, $"{t.Path}.name", "a support tier", SupportTier.Standard);
            var fallback = d.Find(tier) ?? new SupportTierSettings { Tier = tier };
            return new SupportTierSettings
            {
                Tier = tier,
                Label = r.Text(m, "label", t.Path, fallback.Label),
                FirstResponseHours = r.Int(m, "first_response_hours", t.Path, fallback.FirstResponseHours),
                ResolutionHours = r.Int(m, "resolution_hours", t.Path, fallback.ResolutionHours),
                HealthWeights = r.Value(m, "health_weights", t.Path) is null ? null : ReadByEnum<HealthComponent>(r, m!, "health_weights", t.Path, null),
            };
        }).ToList();

        var fields = r.List(map, "fields", "support")?.Select(f =>
        {
            var m = r.Map(f.Node, f.Path, ["field", "label", "help_desk_field", "visible"]);
            var which = r.Value(m, "field", f.Path);
            if (m is not null && which is null)
            {
                r.Error(f.Node, $"{f.Path}.field", $"The entry names no field; use one of: {string.Join(", ", SnakeCase.Names<SupportField>())}.");
            }

            var field = which is null ? SupportField.SupportTier : r.Enum(which, $"{f.Path}.field", "a support field", SupportField.SupportTier);
            var fallback = d.Find(field) ?? new SupportFieldSettings { Field = field };
            return new SupportFieldSettings
            {
                Field = field,
                Label = r.Text(m, "label", f.Path, fallback.Label),
                HelpDeskField = r.Text(m, "help_desk_field", f.Path, fallback.HelpDeskField),
                Visible = r.Bool(m, "visible", f.Path, fallback.Visible),
            };
        }).ToList();

        return new SupportSettings { Tiers = tiers ?? d.Tiers, Fields = fields ?? d.Fields };
    }

    private static HealthModelSettings ReadHealthModel(ConfigReader r, ConfigMap? m, HealthModelSettings d)
    {
        if (m is null)
        {
            return d;
        }

        const string p = "health_model";
        return new HealthModelSettings
        {
            Weights = ReadByEnum<HealthComponent>(r, m, "weights", p, d.Weights) ?? d.Weights,
            HealthyFrom = r.Int(m, "healthy_from", p, d.HealthyFrom),
            WatchFrom = r.Int(m, "watch_from", p, d.WatchFrom),
            TargetSeatUtilisationPercent = r.Int(m, "target_seat_utilisation_percent", p, d.TargetSeatUtilisationPercent),
            TargetActiveUserPercent = r.Int(m, "target_active_user_percent", p, d.TargetActiveUserPercent),
            TargetAdvancedFeaturePercent = r.Int(m, "target_advanced_feature_percent", p, d.TargetAdvancedFeaturePercent),
            EscalationPenalty = r.Int(m, "escalation_penalty", p, d.EscalationPenalty),
            OpenEscalationPenalty = r.Int(m, "open_escalation_penalty", p, d.OpenEscalationPenalty),
            OpenTicketPenalty = r.Int(m, "open_ticket_penalty", p, d.OpenTicketPenalty),
            MeetingFreshDays = r.Int(m, "meeting_fresh_days", p, d.MeetingFreshDays),
            MeetingGoneColdDays = r.Int(m, "meeting_gone_cold_days", p, d.MeetingGoneColdDays),
            TargetActivitiesPer90Days = r.Int(m, "target_activities_per_90_days", p, d.TargetActivitiesPer90Days),
            ArrChangeForFullScorePercent = r.Int(m, "arr_change_for_full_score_percent", p, d.ArrChangeForFullScorePercent),
            RenewalStageWindowDays = r.Int(m, "renewal_stage_window_days", p, d.RenewalStageWindowDays),
        };
    }

    private static AtRiskSettings ReadAtRisk(ConfigReader r, ConfigMap? m, AtRiskSettings d) => m is null ? d : new AtRiskSettings
    {
        ScoreDropPoints = r.Int(m, "score_drop_points", "at_risk", d.ScoreDropPoints),
        ScoreDropWindowDays = r.Int(m, "score_drop_window_days", "at_risk", d.ScoreDropWindowDays),
        RenewalWindowDays = r.Int(m, "renewal_window_days", "at_risk", d.RenewalWindowDays),
        OpenEscalation = r.Bool(m, "open_escalation", "at_risk", d.OpenEscalation),
    };

    private static ExpansionSettings ReadExpansion(ConfigReader r, ConfigMap? m, ExpansionSettings d)
    {
        if (m is null)
        {
            return d;
        }

        const string p = "expansion";
        return new ExpansionSettings
        {
            Triggers = ReadEnumList(r, m, "triggers", p, "an expansion trigger", d.Triggers),
            PlanLimitPercent = r.Int(m, "plan_limit_percent", p, d.PlanLimitPercent),
            AdvancedFeatureUsersPercent = r.Int(m, "advanced_feature_users_percent", p, d.AdvancedFeatureUsersPercent),
            AdvancedFeatureMinUsers = r.Int(m, "advanced_feature_min_users", p, d.AdvancedFeatureMinUsers),
            MinDepartments = r.Int(m, "min_departments", p, d.MinDepartments),
            PowerUsersAtLimit = r.Int(m, "power_users_at_limit", p, d.PowerUsersAtLimit),
            PowerUsersAtLimitPercent = r.Int(m, "power_users_at_limit_percent", p, d.PowerUsersAtLimitPercent),
            AcknowledgementSlaBusinessDays = r.Int(m, "acknowledgement_sla_business_days", p, d.AcknowledgementSlaBusinessDays),
        };
    }

    private static HandoffSettings ReadHandoffs(ConfigReader r, ConfigMap? m, HandoffSettings d)
    {
        if (m is null)
        {
            return d;
        }

        const string p = "handoffs";
        var templates = r.List(m, "templates", p)?.Select(t =>
        {
            var tm = r.Map(t.Node, t.Path, ["name", "version", "items"]);
            var name = r.Text(tm, "name", t.Path, "");
            var items = r.List(tm, "items", t.Path)?.Select(i =>
            {
                var im = r.Map(i.Node, i.Path, ["key", "stage", "label", "kind", "required", "due_offset_days"]);
                return new ChecklistItemDefinition(
                    r.Enum(im, "stage", i.Path, "a handoff stage", HandoffStage.PreHandoff),
                    r.Text(im, "key", i.Path, ""),
                    r.Text(im, "label", i.Path, ""),
                    r.Enum(im, "kind", i.Path, "an item kind", ChecklistItemKind.Check),
                    r.Bool(im, "required", i.Path, true),
                    r.OptionalInt(im, "due_offset_days", i.Path, null));
            }).ToList();
            return new HandoffTemplate
            {
                Name = name,
                Version = r.Int(tm, "version", t.Path, 1),
                Items = items ?? [],
            };
        }).ToList();

        return new HandoffSettings
        {
            Templates = templates ?? d.Templates,
            DefaultTemplate = r.Text(m, "default_template", p, d.DefaultTemplate),
            CompletionSlaDays = r.Int(m, "completion_sla_days", p, d.CompletionSlaDays),
            SalesInvolvementDays = r.Int(m, "sales_involvement_days", p, d.SalesInvolvementDays),
        };
    }

    private static DataQualitySettings ReadDataQuality(ConfigReader r, ConfigMap? m, DataQualitySettings d)
    {
        if (m is null)
        {
            return d;
        }

        const string p = "data_quality";
        return new DataQualitySettings
        {
            Standards = ReadEnumList(r, m, "standards", p, "a data-quality standard", d.Standards),
            ContactStaleAfterDays = r.Int(m, "contact_stale_after_days", p, d.ContactStaleAfterDays),
            MaxDaysWithoutActivity = r.Int(m, "max_days_without_activity", p, d.MaxDaysWithoutActivity),
            StaleStageDays = r.Int(m, "stale_stage_days", p, d.StaleStageDays),
            TargetPercent = r.Int(m, "target_percent", p, d.TargetPercent),
        };
    }

    private static WallDisplaySettings ReadWallDisplays(ConfigReader r, ConfigMap? m, WallDisplaySettings d)
    {
        if (m is null)
        {
            return d;
        }

        const string p = "wall_displays";
        var rotations = r.List(m, "rotations", p)?.Select(x =>
        {
            var rm = r.Map(x.Node, x.Path, ["name", "interval_seconds", "hide_customer_names", "panels"]);
            return new WallRotation
            {
                Name = r.Text(rm, "name", x.Path, ""),
                IntervalSeconds = r.Int(rm, "interval_seconds", x.Path, 20),
                HideCustomerNames = r.Bool(rm, "hide_customer_names", x.Path, false),
                Panels = ReadEnumList<WallPanel>(r, rm, "panels", x.Path, "a wall panel", []),
            };
        }).ToList();

        return new WallDisplaySettings
        {
            Rotations = rotations ?? d.Rotations,
            DefaultRotation = r.Text(m, "default_rotation", p, d.DefaultRotation),
            StaleAfterSeconds = r.Int(m, "stale_after_seconds", p, d.StaleAfterSeconds),
        };
    }

    private static IReadOnlyList<TEnum> ReadEnumList<TEnum>(ConfigReader r, ConfigMap? m, string key, string path, string what, IReadOnlyList<TEnum> fallback)
        where TEnum : struct, Enum =>
        r.List(m, key, path)?.Select(i => r.Enum(i.Node, i.Path, what, default(TEnum))).ToList() ?? fallback;

    /// <summary>A mapping from snake_case enum names to whole numbers (weights per component, percent per band).</summary>
    private static Dictionary<TEnum, int>? ReadByEnum<TEnum>(ConfigReader r, ConfigMap map, string key, string path, IReadOnlyDictionary<TEnum, int>? fallback)
        where TEnum : struct, Enum
    {
        var at = ConfigReader.Join(path, key);
        var node = r.Map(r.Value(map, key, path), at, [.. SnakeCase.Names<TEnum>()]);
        if (node is null)
        {
            return fallback?.ToDictionary();
        }

        var result = new Dictionary<TEnum, int>();
        foreach (var (k, _) in node.Entries)
        {
            if (SnakeCase.TryParse<TEnum>(k.Value, out var member) && SnakeCase.Of(member) == k.Value)
            {
                result[member] = r.Int(node, k.Value, at, 0);
            }
        }

        return result;
    }
}
