using System.Globalization;
using CsvHelper;

namespace JrCasework.Web.Features.Shared;

/// <summary>
/// How every CSV export is written: what the user's Excel opens directly (docs/decisions/016-csv-for-excel.md).
/// Excel splits a CSV file on the list separator of its language: a semicolon where the decimal separator is a
/// comma (Dutch), a comma elsewhere (English). Numbers take the user's decimal separator and no thousands
/// separator; dates and months stay ISO (yyyy-MM-dd, yyyy-MM), which every Excel reads as a date. UTF-8 with a
/// byte order mark, so Excel reads accents.
/// </summary>
internal sealed class CsvFiles
{
    public const string ContentType = "text/csv; charset=utf-8";

    private CsvFiles(CultureInfo culture)
    {
        var decimalComma = culture.NumberFormat.NumberDecimalSeparator == ",";
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = decimalComma ? "," : ".";
        numbers.NumberGroupSeparator = "";
        Numbers = NumberFormatInfo.ReadOnly(numbers);
        Separator = decimalComma ? ';' : ',';
    }

    /// <summary>Between fields: ';' for a user whose numbers have a decimal comma, else ','.</summary>
    public char Separator { get; }

    /// <summary>Invariant numbers with the user's decimal separator and no thousands separator.</summary>
    public NumberFormatInfo Numbers { get; }

    /// <summary>The writer's options for this format.</summary>
    public CsvWriterOptions Options => CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Separator = Separator,
        FormatProvider = Numbers,

        // Unit and category names are typed by people: never let a spreadsheet run one as a formula.
        Injection = CsvInjection.Escape,
    };

    /// <summary>The format for a user of <paramref name="culture"/>.</summary>
    public static CsvFiles For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new CsvFiles(culture);
    }

    /// <summary>The format for the current user (their request's culture).</summary>
    public static CsvFiles ForCurrentUser() => For(CultureInfo.CurrentCulture);
}
