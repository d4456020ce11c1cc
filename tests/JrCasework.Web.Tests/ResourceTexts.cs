using System.Collections;
using System.Globalization;
using System.Resources;

namespace JrCasework.Web.Tests;

/// <summary>The texts of the app's resource files (each feature's and the shared ones), each language's file read on its own.</summary>
internal static class ResourceTexts
{
    /// <summary>The culture of the English texts: the neutral resource files.</summary>
    public static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The culture of the Dutch texts: the <c>.nl.resx</c> files.</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    /// <summary>
    /// Every resource marker class by full name: each feature's texts beside its code, and the shared ones. A marker is a type
    /// with an embedded <c>.resources</c> of its own name, which is how the localizer finds its texts.
    /// </summary>
    public static readonly string[] Classes = MarkerClasses();

    /// <summary>The culture of a language the tests name: "nl" for Dutch, anything else for English.</summary>
    public static CultureInfo CultureOf(string language) => language == "nl" ? Dutch : English;

    /// <summary>The texts of one resource class in <paramref name="culture"/>, by key, without falling back to another language.</summary>
    public static Dictionary<string, string> Of(string resourceClass, CultureInfo culture) =>
        new ResourceManager(typeof(SharedResource).Assembly.GetType(resourceClass)!).GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);

    /// <summary>The English and the Dutch texts of one resource class.</summary>
    public static (Dictionary<string, string> English, Dictionary<string, string> Dutch) InBothLanguages(string resourceClass) =>
        (Of(resourceClass, English), Of(resourceClass, Dutch));

    private static string[] MarkerClasses()
    {
        var assembly = typeof(SharedResource).Assembly;
        var embedded = assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);
        return [.. assembly.GetTypes().Select(t => t.FullName!).Where(name => embedded.Contains(name + ".resources")).Order(StringComparer.Ordinal)];
    }
}
