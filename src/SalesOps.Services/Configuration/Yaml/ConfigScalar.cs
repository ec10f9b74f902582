using System.Globalization;

namespace SalesOps.Services.Configuration.Yaml;

/// <summary>A single value. <see cref="Quoted"/> values are text even when they look like numbers or true/false.</summary>
public sealed record ConfigScalar(string Value, bool Quoted = false, int Line = 0, int Column = 0) : ConfigNode(Line, Column)
{
    public override string Kind => "a single value";

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public static ConfigScalar Of(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static ConfigScalar Of(bool value) => new(value ? "true" : "false");

    /// <summary>Text, quoted in the file when it would otherwise read back as a number, true/false or nothing.</summary>
    public static ConfigScalar Text(string value) => new(value, ConfigYamlEmitter.NeedsQuotes(value));

    /// <summary>A plain word (a snake_case name) that is written unquoted.</summary>
    public static ConfigScalar Word(string value) => new(value);
}
