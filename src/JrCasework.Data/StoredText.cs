using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace JrCasework.Data;

/// <summary>
/// A text about to be saved that is longer than its column or holds a control character. The domain and the
/// forms refuse such texts with a message first; this is the last line, so SQLite (which keeps any length) and
/// PostgreSQL (which refuses with a provider error) refuse alike. The message names the property, never the text.
/// </summary>
public sealed class StoredTextException(string message) : InvalidOperationException(message);

/// <summary>Checks the text properties an unsaved change adds or modifies (see <see cref="StoredTextException"/>).</summary>
internal static class StoredText
{
    public static void Guard(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified))
        {
            return;
        }

        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is not string text || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            if (property.Metadata.GetMaxLength() is { } max && text.Length > max)
            {
                throw new StoredTextException($"{Where(entry, property)} is {text.Length} characters; its column keeps {max}.");
            }

            // Whatever the length: NUL and the other control characters nobody types (line breaks and tabs are kept).
            if (TextLimit.HasUnusableCharacter(text))
            {
                throw new StoredTextException($"{Where(entry, property)} holds a control character that is not kept.");
            }
        }
    }

    private static string Where(EntityEntry entry, PropertyEntry property) => $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}";
}
