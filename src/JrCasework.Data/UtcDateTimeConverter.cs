using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JrCasework.Data;

/// <summary>All times are stored in UTC; SQLite forgets the kind, so it is restored on reading.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
