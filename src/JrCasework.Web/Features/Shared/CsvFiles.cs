using System.Globalization;
using CsvHelper;

namespace JrCasework.Web.Features.Shared;

/// <summary>How every CSV export is written: for Excel (UTF-8 with a byte order mark), culture-neutral, and safe to open.</summary>
internal static class CsvFiles
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,

        // Unit and category names are typed by people: never let a spreadsheet run one as a formula.
        Injection = CsvInjection.Escape,
    };
}
