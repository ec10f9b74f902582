using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesOps.Data;

/// <summary>Stores an instant as its UTC ticks so that SQLite can order and compare it.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
