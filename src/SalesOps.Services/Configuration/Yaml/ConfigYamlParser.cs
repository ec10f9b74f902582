using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>
/// Reads YAML text into <see cref="ConfigNode"/>s, keeping each node's line and column, and refuses what a plain
/// configuration file has no use for (type tags, anchors and aliases, several documents, a key given twice) with the
/// place it happened.
/// </summary>
public static class ConfigYamlParser
{
    /// <summary>The largest file accepted; a configuration is a few KB.</summary>
    public const int MaxLength = 1_000_000;

    public static (ConfigNode? Root, IReadOnlyList<ConfigurationFileError> Errors) Parse(string? text)
    {
        var errors = new List<ConfigurationFileError>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(1, 1, "", "The file is empty."));
            return (null, errors);
        }

        if (text.Length > MaxLength)
        {
            errors.Add(new(1, 1, "", $"The file is {text.Length:N0} characters long; a configuration file is at most {MaxLength:N0}."));
            return (null, errors);
        }

        var lines = text.Split('\n');
        var tab = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith('\t'));
        if (tab >= 0)
        {
            errors.Add(new(tab + 1, lines[tab].IndexOf('\t', StringComparison.Ordinal) + 1, "", "This line is indented with a tab; YAML indents with spaces only."));
            return (null, errors);
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                errors.Add(new(1, 1, "", "The file holds only comments; there is nothing to read."));
                return (null, errors);
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, errors);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                errors.Add(At(second.Start, "", "The file holds more than one YAML document ('---'); put the whole configuration in one."));
            }

            return (errors.Count == 0 ? root : null, errors);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            var bracket = LineOfUnclosedBracket(text);
            errors.Add(bracket > 0 && bracket < Line(ex.Start)
                ? new(bracket, 1, "", "This is not valid YAML: a '[' or '{' on this line is not closed.")
                : At(ex.Start, "", $"This is not valid YAML: {Tidy(message)}"));
            return (null, errors);
        }
        catch (InvalidOperationException ex) when (ex.Source == typeof(Parser).Assembly.GetName().Name)
        {
            // YamlDotNet's scanner throws this (not a YamlException) for some unclosed flow collections, e.g. "[90".
            var line = Math.Max(1, LineOfUnclosedBracket(text));
            errors.Add(new(line, 1, "", "This is not valid YAML: a '[' or '{' on this line is not closed."));
            return (null, errors);
        }
    }

    private static ConfigNode ReadNode(IParser parser, List<ConfigurationFileError> errors)
    {
        var current = parser.Current ?? throw new InvalidOperationException("The parser has no current event.");
        if (current is NodeEvent { Tag.IsEmpty: false } tagged && !tagged.Tag.IsNonSpecific)
        {
            errors.Add(At(tagged.Start, "", $"Type tags such as '{tagged.Tag.Value}' are not used in this file; write the plain value."));
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            errors.Add(At(anchored.Start, "", $"Anchors ('&{anchored.Anchor.Value}') are not used in this file; write each value out."));
        }

        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                errors.Add(At(alias.Start, "", $"Aliases ('*{alias.Value.Value}') are not used in this file; write each value out."));
                return new ConfigScalar("", false, Line(alias.Start), Column(alias.Start));
            case Scalar scalar:
                parser.MoveNext();
                return new ConfigScalar(scalar.Value, scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any), Line(scalar.Start), Column(scalar.Start));
            case SequenceStart sequence:
            {
                parser.MoveNext();
                var list = new ConfigList(Line(sequence.Start), Column(sequence.Start));
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    list.Items.Add(ReadNode(parser, errors));
                }

                return list;
            }

            case MappingStart mapping:
            {
                parser.MoveNext();
                var map = new ConfigMap(Line(mapping.Start), Column(mapping.Start));
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, errors);
                    var value = ReadNode(parser, errors);
                    if (keyNode is not ConfigScalar key)
                    {
                        errors.Add(new(keyNode.Line, keyNode.Column, "", "A key must be a single word or text, not a list or mapping."));
                        continue;
                    }

                    if (map.KeyNode(key.Value) is { } first)
                    {
                        errors.Add(new(key.Line, key.Column, "", $"The key '{key.Value}' is given twice in the same mapping (first on line {first.Line}); keep one."));
                        continue;
                    }

                    map.Entries.Add(new(key, value));
                }

                return map;
            }

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private static int LineOfUnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].Split('#')[0];
            if (code.Count(c => c is '[' or '{') > code.Count(c => c is ']' or '}'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static ConfigurationFileError At(Mark mark, string path, string message) => new(Line(mark), Column(mark), path, message);

    private static int Line(Mark mark) => (int)Math.Max(1, mark.Line);

    private static int Column(Mark mark) => (int)Math.Max(1, mark.Column);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the error carries the place already.
    private static string Tidy(string message)
    {
        var at = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (at >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(at + 3)..] : message).Trim();
    }
}
