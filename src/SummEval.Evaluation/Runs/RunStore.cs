using System.Globalization;
using Microsoft.Data.Sqlite;
using SummEval.Batches;
using SummEval.Judging;
using SummEval.Metrics;
using SummEval.Summarizers;

namespace SummEval.Runs;

/// <summary>
/// A run's results in <c>OUT/run.db</c> (SQLite): what the run was made for, the contestants, and one row per
/// (summarizer, document). Rows are written in batched transactions as they come, so a run stopped at any point
/// keeps everything committed and a restart computes only what is missing.
/// </summary>
public sealed class RunStore : IDisposable
{
    /// <summary>The store's file name inside an output folder.</summary>
    public const string FileName = "run.db";

    private const int SchemaVersion = 1;

    private readonly SqliteConnection _connection;

    // Batch summarizers record their batches while the writer stores outcomes: one connection, one user at a time.
    private readonly Lock _gate = new();

    private RunStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when needed) the store in <paramref name="directory"/>.</summary>
    public static RunStore Open(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (File.Exists(directory))
        {
            throw new RunException($"{directory} is a file; a run writes into a folder (give --out a folder's path).");
        }

        Directory.CreateDirectory(directory);
        return OpenFile(System.IO.Path.Combine(directory, FileName), create: true);
    }

    /// <summary>Opens an existing store (for <c>summeval merge</c>); a missing or foreign file is a <see cref="RunException"/>.</summary>
    public static RunStore OpenExisting(string directoryOrFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryOrFile);
        var path = Directory.Exists(directoryOrFile) ? System.IO.Path.Combine(directoryOrFile, FileName) : directoryOrFile;
        if (!File.Exists(path))
        {
            throw new RunException($"{path}: no run store here (expected the {FileName} a `summeval run --out` folder holds).");
        }

        var store = OpenFile(path, create: false);
        if (store.ReadMetadata() is null)
        {
            store.Dispose();
            throw new RunException($"{path}: not a finished summeval run store (no run metadata).");
        }

        return store;
    }

    private static RunStore OpenFile(string path, bool create)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS contestants (summarizer TEXT PRIMARY KEY, oracle INTEGER NOT NULL, ord INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS outcomes (
                    summarizer TEXT NOT NULL, doc_id TEXT NOT NULL, position INTEGER NOT NULL,
                    summary TEXT NOT NULL, chars INTEGER NOT NULL, latency_ms REAL NOT NULL, failure TEXT,
                    input_tokens INTEGER, output_tokens INTEGER, cost_usd TEXT, attempts INTEGER NOT NULL, cached INTEGER NOT NULL,
                    PRIMARY KEY (summarizer, doc_id));
                CREATE TABLE IF NOT EXISTS scores (
                    summarizer TEXT NOT NULL, doc_id TEXT NOT NULL, position INTEGER NOT NULL, chars INTEGER NOT NULL,
                    r1p REAL NOT NULL, r1r REAL NOT NULL, r1f REAL NOT NULL,
                    r2p REAL NOT NULL, r2r REAL NOT NULL, r2f REAL NOT NULL,
                    rlp REAL NOT NULL, rlr REAL NOT NULL, rlf REAL NOT NULL,
                    PRIMARY KEY (summarizer, doc_id));
                CREATE TABLE IF NOT EXISTS novelty (
                    summarizer TEXT NOT NULL, doc_id TEXT NOT NULL,
                    coverage REAL NOT NULL, density REAL NOT NULL, compression REAL NOT NULL,
                    novel1 REAL NOT NULL, novel2 REAL NOT NULL, novel3 REAL NOT NULL, repetition REAL NOT NULL,
                    PRIMARY KEY (summarizer, doc_id));
                CREATE TABLE IF NOT EXISTS judgments (
                    summarizer TEXT NOT NULL, doc_id TEXT NOT NULL, ord INTEGER NOT NULL, judge TEXT NOT NULL, rubric TEXT NOT NULL,
                    faithfulness INTEGER, informativeness INTEGER, reason TEXT NOT NULL, raw TEXT, failure TEXT,
                    input_tokens INTEGER, output_tokens INTEGER, cost_usd TEXT, cached INTEGER,
                    PRIMARY KEY (summarizer, doc_id));
                CREATE TABLE IF NOT EXISTS batches (
                    summarizer TEXT NOT NULL, input_file TEXT NOT NULL, ord INTEGER NOT NULL, requests INTEGER NOT NULL,
                    batch_id TEXT, status TEXT NOT NULL, output_file TEXT, error_file TEXT, harvested INTEGER NOT NULL,
                    PRIMARY KEY (summarizer, input_file));
                """);
            var version = Scalar(connection, "PRAGMA user_version");
            if (version == 0)
            {
                Execute(connection, $"PRAGMA user_version = {SchemaVersion}");
            }
            else if (version != SchemaVersion)
            {
                throw new RunException($"{path}: store schema version {version}; this summeval reads version {SchemaVersion}. Use a new --out folder.");
            }
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new RunException($"{path}: cannot open the run store: {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new RunStore(path, connection);
    }

    /// <summary>What the store was made for, or null for a new store.</summary>
    public RunMetadata? ReadMetadata()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM meta";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }

        if (!values.ContainsKey("datasetChecksum"))
        {
            return null;
        }

        string Get(string key) => values.TryGetValue(key, out var v) ? v : throw new RunException($"{Path}: run metadata lacks '{key}'.");
        int? OptionalInt(string key) => Get(key) is { Length: > 0 } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        return new RunMetadata(
            Get("dataset"),
            Get("datasetChecksum"),
            int.Parse(Get("datasetCount"), CultureInfo.InvariantCulture),
            OptionalInt("maxChars"),
            int.Parse(Get("seed"), CultureInfo.InvariantCulture),
            OptionalInt("limit"),
            Get("shard") is { Length: > 0 } shard ? ShardSpec.Parse(shard) : null,
            Get("rouge"));
    }

    /// <summary>
    /// Claims the store for <paramref name="metadata"/>: records it in a new store, or checks an existing one was made
    /// for the same data, budget, seed and shard (else a <see cref="RunException"/> naming the difference).
    /// </summary>
    public void Claim(RunMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (ReadMetadata() is { } stored && metadata.Conflict(stored) is { } conflict)
        {
            throw new RunException($"{Path}: cannot resume: {conflict}. Use another --out folder, or delete {FileName} to start over.");
        }

        using var transaction = _connection.BeginTransaction();
        foreach (var (key, value) in new (string, string)[]
        {
            ("dataset", metadata.Dataset),
            ("datasetChecksum", metadata.DatasetChecksum),
            ("datasetCount", metadata.DatasetCount.ToString(CultureInfo.InvariantCulture)),
            ("maxChars", metadata.MaxChars?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            ("seed", metadata.Seed.ToString(CultureInfo.InvariantCulture)),
            ("limit", metadata.Limit?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            ("shard", metadata.Shard?.ToString() ?? string.Empty),
            ("rouge", metadata.Rouge),
        })
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ($k, $v)";
            command.Parameters.AddWithValue("$k", key);
            command.Parameters.AddWithValue("$v", value);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Records the contestants of the latest run, in order (the leaderboard covers exactly these).</summary>
    public void SetContestants(IReadOnlyList<(string Summarizer, bool Oracle)> contestants)
    {
        ArgumentNullException.ThrowIfNull(contestants);
        using var transaction = _connection.BeginTransaction();
        Execute(_connection, "DELETE FROM contestants", transaction);
        for (var i = 0; i < contestants.Count; i++)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO contestants (summarizer, oracle, ord) VALUES ($s, $o, $i)";
            command.Parameters.AddWithValue("$s", contestants[i].Summarizer);
            command.Parameters.AddWithValue("$o", contestants[i].Oracle ? 1 : 0);
            command.Parameters.AddWithValue("$i", i);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The build stamp recorded for <paramref name="summarizer"/> (the code that computed its first results), or null.</summary>
    public string? ReadBuild(string summarizer) => ReadMeta(BuildKey(summarizer));

    /// <summary>Records <paramref name="build"/> for <paramref name="summarizer"/>, replacing any earlier stamp.</summary>
    public void RecordBuild(string summarizer, string build) => WriteMeta(BuildKey(summarizer), build);

    private static string BuildKey(string summarizer) => "build:" + summarizer;

    /// <summary>The <see cref="InputStamp"/> recorded for <paramref name="summarizer"/> (the input files its stored results were computed from), or null.</summary>
    public string? ReadInputs(string summarizer) => ReadMeta(InputsKey(summarizer));

    /// <summary>Records <paramref name="inputs"/> for <paramref name="summarizer"/>, replacing any earlier stamp.</summary>
    public void RecordInputs(string summarizer, string inputs) => WriteMeta(InputsKey(summarizer), inputs);

    private static string InputsKey(string summarizer) => "inputs:" + summarizer;

    private string? ReadMeta(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    private void WriteMeta(string key, string value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO meta (key, value) VALUES ($k, $v)";
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    /// <summary>The contestants of the latest run, in the order given.</summary>
    public IReadOnlyList<(string Summarizer, bool Oracle)> ReadContestants()
    {
        var list = new List<(string, bool)>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT summarizer, oracle FROM contestants ORDER BY ord";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), reader.GetInt64(1) != 0));
        }

        return list;
    }

    /// <summary>Ids of the documents <paramref name="summarizer"/> has a stored summary for (failures are retried, so not included).</summary>
    public HashSet<string> CompletedIds(string summarizer)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT doc_id FROM outcomes WHERE summarizer = $s AND failure IS NULL";
        command.Parameters.AddWithValue("$s", summarizer);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// Writes <paramref name="outcomes"/> in one transaction (a later row for the same key replaces the earlier),
    /// consuming them one at a time, so a merge can stream another store's rows through.
    /// </summary>
    public void Write(IEnumerable<DocumentOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        lock (_gate)
        {
            WriteLocked(outcomes);
        }
    }

    private void WriteLocked(IEnumerable<DocumentOutcome> outcomes)
    {
        using var transaction = _connection.BeginTransaction();
        using var command = PreparedInsert(transaction, """
            INSERT OR REPLACE INTO outcomes
                (summarizer, doc_id, position, summary, chars, latency_ms, failure, input_tokens, output_tokens, cost_usd, attempts, cached)
            VALUES ($s, $id, $pos, $summary, $chars, $ms, $failure, $in, $out, $cost, $attempts, $cached)
            """, out var p, "$s", "$id", "$pos", "$summary", "$chars", "$ms", "$failure", "$in", "$out", "$cost", "$attempts", "$cached");
        foreach (var o in outcomes)
        {
            p[0].Value = o.Summarizer;
            p[1].Value = o.DocumentId;
            p[2].Value = o.Position;
            p[3].Value = o.Summary;
            p[4].Value = o.Chars;
            p[5].Value = o.LatencyMs;
            p[6].Value = (object?)o.Failure ?? DBNull.Value;
            p[7].Value = (object?)o.Usage?.InputTokens ?? DBNull.Value;
            p[8].Value = (object?)o.Usage?.OutputTokens ?? DBNull.Value;
            p[9].Value = (object?)o.Usage?.CostUsd?.ToString(CultureInfo.InvariantCulture) ?? DBNull.Value;
            p[10].Value = o.Attempts;
            p[11].Value = o.Cached ? 1 : 0;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Every stored row of <paramref name="summarizer"/>, in dataset order.</summary>
    public IReadOnlyList<DocumentOutcome> Read(string summarizer) => [.. StreamOutcomes(summarizer)];

    /// <summary>
    /// The stored rows of <paramref name="summarizer"/> in dataset order, read one at a time while enumerating (the
    /// memory of one row, whatever the size of the store); each enumeration queries again.
    /// </summary>
    public IEnumerable<DocumentOutcome> StreamOutcomes(string summarizer)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT doc_id, position, summary, latency_ms, failure, input_tokens, output_tokens, cost_usd, attempts, cached
            FROM outcomes WHERE summarizer = $s ORDER BY position
            """;
        command.Parameters.AddWithValue("$s", summarizer);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new DocumentOutcome(
                summarizer,
                reader.GetInt32(1),
                reader.GetString(0),
                reader.GetString(2),
                reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetString(4))
            {
                Usage = reader.IsDBNull(5) ? null : new TokenUsage(
                    reader.GetInt64(5),
                    reader.GetInt64(6),
                    reader.IsDBNull(7) ? null : decimal.Parse(reader.GetString(7), CultureInfo.InvariantCulture)),
                Attempts = reader.GetInt32(8),
                Cached = reader.GetInt64(9) != 0,
            };
        }
    }

    /// <summary>
    /// Replaces the per-document scores of <paramref name="summarizer"/> with <paramref name="scores"/>: exactly the
    /// documents of the latest run, which is what its leaderboard and a later merge are built from.
    /// </summary>
    public void ReplaceScores(string summarizer, IEnumerable<(int Position, DocumentScore Score)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        using var transaction = _connection.BeginTransaction();
        ExecuteFor(summarizer, "DELETE FROM scores WHERE summarizer = $s; DELETE FROM novelty WHERE summarizer = $s", transaction);

        using var command = PreparedInsert(transaction, """
            INSERT INTO scores (summarizer, doc_id, position, chars, r1p, r1r, r1f, r2p, r2r, r2f, rlp, rlr, rlf)
            VALUES ($s, $id, $pos, $chars, $a, $b, $c, $d, $e, $f, $g, $h, $i)
            """, out var p, "$s", "$id", "$pos", "$chars", "$a", "$b", "$c", "$d", "$e", "$f", "$g", "$h", "$i");
        using var novelty = NoveltyInsert(transaction);
        foreach (var (position, score) in scores)
        {
            var r = score.Rouge;
            object[] values =
            [
                summarizer, score.Id, position, score.Chars,
                r.Rouge1.Precision, r.Rouge1.Recall, r.Rouge1.F1,
                r.Rouge2.Precision, r.Rouge2.Recall, r.Rouge2.F1,
                r.RougeL.Precision, r.RougeL.Recall, r.RougeL.F1,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                p[i].Value = values[i];
            }

            command.ExecuteNonQuery();
            novelty.Insert(summarizer, score);
        }

        transaction.Commit();
    }

    /// <summary>The per-document scores of <paramref name="summarizer"/>, in dataset order, with their positions.</summary>
    public IReadOnlyList<(int Position, DocumentScore Score)> ReadScores(string summarizer) => [.. StreamScores(summarizer)];

    /// <summary>How many documents of <paramref name="summarizer"/> are scored.</summary>
    public int CountScores(string summarizer)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM scores WHERE summarizer = $s";
        command.Parameters.AddWithValue("$s", summarizer);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The per-document scores of <paramref name="summarizer"/> in dataset order, read one at a time while enumerating.</summary>
    public IEnumerable<(int Position, DocumentScore Score)> StreamScores(string summarizer)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT s.position, s.doc_id, s.chars, s.r1p, s.r1r, s.r1f, s.r2p, s.r2r, s.r2f, s.rlp, s.rlr, s.rlf,
                   n.coverage, n.density, n.compression, n.novel1, n.novel2, n.novel3, n.repetition
            FROM scores s LEFT JOIN novelty n ON n.summarizer = s.summarizer AND n.doc_id = s.doc_id
            WHERE s.summarizer = $s ORDER BY s.position
            """;
        command.Parameters.AddWithValue("$s", summarizer);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetInt32(0), new DocumentScore(reader.GetString(1), new RougeScores(Prf(reader, 3), Prf(reader, 6), Prf(reader, 9)), reader.GetInt32(2))
            {
                Novelty = reader.IsDBNull(12) ? null : new NoveltyScores(
                    new Extractiveness(reader.GetDouble(12), reader.GetDouble(13), reader.GetDouble(14)),
                    reader.GetDouble(15), reader.GetDouble(16), reader.GetDouble(17), reader.GetDouble(18)),
            });
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    /// <summary>
    /// The batch journal of <paramref name="summarizer"/>: its remote batches in the <c>batches</c> table, and local copies
    /// of their request and result files under <c>batches/</c> beside the store.
    /// </summary>
    public IBatchJournal BatchJournal(string summarizer)
    {
        ArgumentNullException.ThrowIfNull(summarizer);
        var stem = System.IO.Path.GetFileNameWithoutExtension(Leaderboards.PredictionFileName.For([summarizer])[0]);
        var folder = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!, "batches", stem);
        return new RunBatchJournal(this, summarizer, folder);
    }

    /// <summary>The batches recorded for <paramref name="summarizer"/>, oldest first.</summary>
    public IReadOnlyList<BatchRecord> ReadBatches(string summarizer)
    {
        lock (_gate)
        {
            var list = new List<BatchRecord>();
            using var command = _connection.CreateCommand();
            command.CommandText = """
                SELECT input_file, requests, batch_id, status, output_file, error_file, harvested
                FROM batches WHERE summarizer = $s ORDER BY ord
                """;
            command.Parameters.AddWithValue("$s", summarizer);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(new BatchRecord(reader.GetString(0), reader.GetInt32(1))
                {
                    BatchId = reader.IsDBNull(2) ? null : reader.GetString(2),
                    Status = reader.GetString(3),
                    OutputFileId = reader.IsDBNull(4) ? null : reader.GetString(4),
                    ErrorFileId = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Harvested = reader.GetInt64(6) != 0,
                });
            }

            return list;
        }
    }

    /// <summary>Records (or updates) one batch of <paramref name="summarizer"/>, committed before this returns.</summary>
    public void SaveBatch(string summarizer, BatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO batches (summarizer, input_file, ord, requests, batch_id, status, output_file, error_file, harvested)
                VALUES ($s, $in, (SELECT COUNT(*) FROM batches), $n, $id, $status, $out, $err, $h)
                ON CONFLICT (summarizer, input_file) DO UPDATE SET
                    requests = $n, batch_id = $id, status = $status, output_file = $out, error_file = $err, harvested = $h
                """;
            command.Parameters.AddWithValue("$s", summarizer);
            command.Parameters.AddWithValue("$in", record.InputFileId);
            command.Parameters.AddWithValue("$n", record.Requests);
            command.Parameters.AddWithValue("$id", (object?)record.BatchId ?? DBNull.Value);
            command.Parameters.AddWithValue("$status", record.Status);
            command.Parameters.AddWithValue("$out", (object?)record.OutputFileId ?? DBNull.Value);
            command.Parameters.AddWithValue("$err", (object?)record.ErrorFileId ?? DBNull.Value);
            command.Parameters.AddWithValue("$h", record.Harvested ? 1 : 0);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Replaces the judgments of <paramref name="summarizer"/> with <paramref name="judgments"/> (in dataset order),
    /// keeping each raw answer, so a malformed one can be read back from the store.
    /// </summary>
    public void ReplaceJudgments(string summarizer, IEnumerable<Judgment> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        using var transaction = _connection.BeginTransaction();
        ExecuteFor(summarizer, "DELETE FROM judgments WHERE summarizer = $s", transaction);

        using var command = PreparedInsert(transaction, """
            INSERT INTO judgments (summarizer, doc_id, ord, judge, rubric, faithfulness, informativeness, reason, raw, failure, input_tokens, output_tokens, cost_usd, cached)
            VALUES ($s, $id, $ord, $judge, $rubric, $f, $i, $reason, $raw, $failure, $in, $out, $cost, $cached)
            """, out var p, "$s", "$id", "$ord", "$judge", "$rubric", "$f", "$i", "$reason", "$raw", "$failure", "$in", "$out", "$cost", "$cached");
        var k = 0;
        foreach (var j in judgments)
        {
            var r = j.Reply;
            object?[] values =
            [
                summarizer, j.DocumentId, k, j.Judge, j.Rubric, j.Faithfulness, j.Informativeness, j.Reason, j.Raw, j.Failure,
                r?.InputTokens, r?.OutputTokens, r?.CostUsd?.ToString(CultureInfo.InvariantCulture), r is null ? null : r.Cached ? 1 : 0,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                p[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            k++;
        }

        transaction.Commit();
    }

    /// <summary>The stored judgments of <paramref name="summarizer"/> in dataset order (empty when it was not judged).</summary>
    public IReadOnlyList<Judgment> ReadJudgments(string summarizer) => [.. StreamJudgments(summarizer).Select(j => j.Judgment)];

    /// <summary>
    /// The stored judgments of <paramref name="summarizer"/> one at a time, each with the position of its scored
    /// document (<see cref="int.MaxValue"/> when the document is not scored): in the order they were stored, or by
    /// position (unscored last, in stored order) when <paramref name="byPosition"/>, the order a merge needs.
    /// </summary>
    public IEnumerable<(int Position, Judgment Judgment)> StreamJudgments(string summarizer, bool byPosition = false)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT j.doc_id, j.judge, j.rubric, j.faithfulness, j.informativeness, j.reason, j.raw, j.failure,
                   j.input_tokens, j.output_tokens, j.cost_usd, j.cached, s.position
            FROM judgments j LEFT JOIN scores s ON s.summarizer = j.summarizer AND s.doc_id = j.doc_id
            WHERE j.summarizer = $s
            """ + (byPosition ? " ORDER BY s.position IS NULL, s.position, j.ord" : " ORDER BY j.ord");
        command.Parameters.AddWithValue("$s", summarizer);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            int? Int(int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            yield return (reader.IsDBNull(12) ? int.MaxValue : reader.GetInt32(12), new Judgment(reader.GetString(0), reader.GetString(1), reader.GetString(2), Int(3), Int(4), reader.GetString(5), Text(6), Text(7))
            {
                Reply = reader.IsDBNull(11) ? null : new JudgeReply(
                    Text(6) ?? string.Empty,
                    reader.GetInt64(8),
                    reader.GetInt64(9),
                    Text(10) is { } cost ? decimal.Parse(cost, CultureInfo.InvariantCulture) : null,
                    reader.GetInt64(11) != 0),
            });
        }
    }

    // A table of its own rather than new columns of `scores`: stores written before it still open (their
    // leaderboards then lack the figures), so no schema version bump.
    private NoveltyCommand NoveltyInsert(SqliteTransaction transaction)
    {
        var command = PreparedInsert(
            transaction,
            """
            INSERT INTO novelty (summarizer, doc_id, coverage, density, compression, novel1, novel2, novel3, repetition)
            VALUES ($s, $id, $a, $b, $c, $d, $e, $f, $g)
            """,
            out _,
            "$s", "$id", "$a", "$b", "$c", "$d", "$e", "$f", "$g");
        return new NoveltyCommand(command);
    }

    /// <summary>The prepared insert of novelty rows, run next to each score's insert.</summary>
    private sealed class NoveltyCommand(SqliteCommand command) : IDisposable
    {
        public void Insert(string summarizer, DocumentScore score)
        {
            if (score.Novelty is not { } n)
            {
                return;
            }

            object[] values = [summarizer, score.Id, n.Extractiveness.Coverage, n.Extractiveness.Density, n.Extractiveness.Compression, n.Novel1, n.Novel2, n.Novel3, n.Repetition];
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();
    }

    // A command prepared once and run per row: parameters are created once and only their values change.
    private SqliteCommand PreparedInsert(SqliteTransaction transaction, string sql, out SqliteParameter[] parameters, params string[] names)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = [.. names.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }))];
        command.Prepare();
        return command;
    }

    // Runs sql (which names the summarizer as $s) inside the transaction: the delete half of a replace.
    private void ExecuteFor(string summarizer, string sql, SqliteTransaction transaction)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$s", summarizer);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static PrfScore Prf(SqliteDataReader reader, int first) =>
        new(reader.GetDouble(first), reader.GetDouble(first + 1), reader.GetDouble(first + 2));

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
