using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JrCasework.Benchmarks;

/// <summary>Records the SQL that EF sends while capturing is on, so its query plan can be shown.</summary>
internal sealed class SqlCapture : DbCommandInterceptor
{
    private List<CapturedCommand>? _captured;

    public async Task<IReadOnlyList<CapturedCommand>> CaptureAsync(Func<Task<int>> query)
    {
        _captured = [];
        try
        {
            await query();
            return _captured;
        }
        finally
        {
            _captured = null;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _captured?.Add(new CapturedCommand(
            command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>One SQL statement with its parameter values.</summary>
internal sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
