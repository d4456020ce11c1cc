using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace JrCasework.Data;

/// <summary>
/// A text about to be saved that is longer than its column or holds a control character. The domain and the
/// forms refuse such texts with a message first; this is the last line, so SQLite (which keeps any length) and
/// PostgreSQL (which refuses with a provider error) refuse alike. The message names the property, never the text.
/// </summary>
public sealed class StoredTextException(string message) : InvalidOperationException(message);

/// <summary>Checks every text property an unsaved change adds or modifies (see <see cref="StoredTextException"/>).</summary>
internal static class StoredText
{
    public static void Guard(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is not string text || (entry.State == EntityState.Modified && !property.IsModified))
                {
                    continue;
                }

                var where = $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}";
                if (property.Metadata.GetMaxLength() is { } max && text.Length > max)
                {
                    throw new StoredTextException($"{where} is {text.Length} characters; its column keeps {max}.");
                }

                // Whatever the length: NUL and the other control characters nobody types (line breaks and tabs are kept).
                if (TextLimit.Check(text, int.MaxValue) == TextProblem.UnusableCharacter)
                {
                    throw new StoredTextException($"{where} holds a control character that is not kept.");
                }
            }
        }
    }
}
