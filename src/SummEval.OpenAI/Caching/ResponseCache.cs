using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace SummEval.OpenAI.Caching;

/// <summary>A cached model answer: the text and the token counts the provider reported for it.</summary>
public sealed record CachedResponse(string Text, long InputTokens, long OutputTokens);

/// <summary>
/// SQLite cache of model answers keyed by a SHA-256 of the request's content (endpoint, model, prompt, sampling
/// parameters; never credentials), so a rerun costs nothing and an interrupted run resumes where it stopped.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    /// <summary>Opens (creating if needed) the cache database at <paramref name="path"/>.</summary>
    public ResponseCache(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS responses (
                key TEXT PRIMARY KEY,
                model TEXT NOT NULL,
                text TEXT NOT NULL,
                input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                created_utc TEXT NOT NULL);
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The cache key of a request: a hex SHA-256 over its parts, each length-prefixed so they cannot run together.</summary>
    public static string Key(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part?.Length ?? -1).Append(':').Append(part).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>The stored answer for <paramref name="key"/>, if any.</summary>
    public CachedResponse? TryGet(string key)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT text, input_tokens, output_tokens FROM responses WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new CachedResponse(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
        }
    }

    /// <summary>Stores an answer (written immediately, so an interrupted run keeps everything answered so far).</summary>
    public void Put(string key, string model, CachedResponse response)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO responses (key, model, text, input_tokens, output_tokens, created_utc)
                VALUES ($key, $model, $text, $in, $out, $at)
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$model", model);
            command.Parameters.AddWithValue("$text", response.Text);
            command.Parameters.AddWithValue("$in", response.InputTokens);
            command.Parameters.AddWithValue("$out", response.OutputTokens);
            command.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Number of cached answers.</summary>
    public long Count()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM responses";
            return (long)command.ExecuteScalar()!;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
