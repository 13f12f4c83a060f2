using System.Globalization;
using System.Text;
using SummEval.Jieba.Keywords;

namespace SummEval.Compressive.Features;

/// <summary>
/// A TF-IDF neighbour index over the training documents (cosine over content words, an inverted index over each
/// document's top weighted words), with each training document's title words and title length, so a document's
/// words can be judged by how the most similar training documents titled them (a field-adaptive keep rate).
/// Saved with the model in a compact form (<see cref="Write"/>).
/// </summary>
public sealed class NeighbourIndex
{
    /// <summary>Words per training document kept for the similarity (the highest TF-IDF weights).</summary>
    public const int VectorWords = 40;

    // Weights are stored in thousandths, and the in-memory index uses the same rounded values, so a loaded model scores
    // exactly like the one that was trained.
    private const int WeightScale = 1000;

    private readonly string[] _vocabulary;
    private readonly Dictionary<string, int> _ids;
    private readonly Entry[] _documents;
    private readonly List<(int Document, float Weight)>[] _postings;
    private readonly int[] _titleDocuments;

    private NeighbourIndex(string[] vocabulary, Entry[] documents)
    {
        _vocabulary = vocabulary;
        _ids = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        _documents = documents;
        _postings = new List<(int, float)>[vocabulary.Length];
        _titleDocuments = new int[vocabulary.Length];
        for (var i = 0; i < _postings.Length; i++)
        {
            _postings[i] = [];
        }

        for (var d = 0; d < documents.Length; d++)
        {
            foreach (var (id, weight) in documents[d].Vector)
            {
                _postings[id].Add((d, weight));
            }

            foreach (var id in documents[d].Title)
            {
                _titleDocuments[id]++;
            }
        }
    }

    /// <summary>An index of no documents (every document has no neighbours).</summary>
    public static NeighbourIndex Empty { get; } = new([], []);

    /// <summary>Number of training documents indexed.</summary>
    public int Count => _documents.Length;

    /// <summary>
    /// Indexes <paramref name="documents"/>: each one's analysed source, the per-word labels of its title alignment
    /// (its title words are its kept words) and its title length in characters.
    /// </summary>
    public static NeighbourIndex Build(IReadOnlyList<(AnalyzedDocument Document, bool[] Labels, int TitleChars)> documents, IdfTable idf)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(idf);

        // Only words some training title holds can have a title share, so a document's content is stored as its words
        // in that vocabulary (every other word is in no neighbour's title).
        var titleVocabulary = new HashSet<string>(StringComparer.Ordinal);
        var titles = new List<HashSet<string>>(documents.Count);
        var vectors = new List<List<(string Word, double Weight)>>(documents.Count);
        foreach (var (document, labels, _) in documents)
        {
            var title = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < document.Words.Count; i++)
            {
                if (labels[i] && !document.Words[i].IsPunctuation)
                {
                    title.Add(document.Words[i].Text);
                }
            }

            titleVocabulary.UnionWith(title);
            titles.Add(title);
            vectors.Add(WeightsOf(document, idf).OrderByDescending(p => p.Weight).ThenBy(p => p.Word, StringComparer.Ordinal).Take(VectorWords).ToList());
        }

        var vocabulary = titleVocabulary.Concat(vectors.SelectMany(v => v.Select(p => p.Word))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ids = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var entries = new Entry[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var (document, _, titleChars) = documents[d];
            var norm = Math.Sqrt(vectors[d].Sum(p => p.Weight * p.Weight));
            var vector = vectors[d]
                .Select(p => (Id: ids[p.Word], Weight: Quantize(norm == 0 ? 0 : p.Weight / norm)))
                .Where(p => p.Weight > 0).OrderBy(p => p.Id).ToArray();
            var content = document.Words.Where(w => titleVocabulary.Contains(w.Text)).Select(w => ids[w.Text]).Distinct().Order().ToArray();
            var title = titles[d].Select(w => ids[w]).Order().ToArray();
            entries[d] = new Entry(titleChars, vector, title, content);
        }

        return new NeighbourIndex(vocabulary, entries);
    }

    /// <summary>
    /// The <paramref name="k"/> training documents most similar to <paramref name="document"/> (cosine of TF-IDF vectors,
    /// ties to the earlier document), never <paramref name="exclude"/> (a training document's own index, leave-one-out).
    /// </summary>
    public NeighbourEvidence Lookup(AnalyzedDocument document, IdfTable idf, int k, int exclude = -1)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(idf);
        if (k <= 0 || _documents.Length == 0)
        {
            return NeighbourEvidence.None;
        }

        var query = WeightsOf(document, idf);
        var norm = Math.Sqrt(query.Sum(p => p.Weight * p.Weight));
        var scores = new double[_documents.Length];
        if (norm > 0)
        {
            foreach (var (word, weight) in query)
            {
                if (_ids.TryGetValue(word, out var id))
                {
                    foreach (var (d, w) in _postings[id])
                    {
                        scores[d] += weight / norm * w;
                    }
                }
            }
        }

        var order = Enumerable.Range(0, _documents.Length).Where(d => d != exclude && scores[d] > 0)
            .OrderByDescending(d => scores[d]).ThenBy(d => d).Take(k).ToArray();

        // A document's text is stored only as its words that some title holds; a word only the excluded document's
        // title holds would not be stored without it, so it is not counted (else its mere presence in a neighbour
        // would tell the classifier that the excluded document kept it).
        var ownTitleOnly = exclude >= 0 && exclude < _documents.Length
            ? _documents[exclude].Title.Where(id => _titleDocuments[id] == 1).ToHashSet()
            : [];
        var titleCounts = new Dictionary<string, (int Title, int Content, double TitleSimilarity, double ContentSimilarity)>(StringComparer.Ordinal);
        foreach (var d in order)
        {
            var entry = _documents[d];
            var similarity = scores[d];
            foreach (var id in entry.Content)
            {
                if (ownTitleOnly.Contains(id))
                {
                    continue;
                }

                var word = _vocabulary[id];
                var inTitle = Array.BinarySearch(entry.Title, id) >= 0;
                var c = titleCounts.GetValueOrDefault(word);
                titleCounts[word] = (c.Title + (inTitle ? 1 : 0), c.Content + 1, c.TitleSimilarity + (inTitle ? similarity : 0), c.ContentSimilarity + similarity);
            }
        }

        var weightSum = order.Sum(d => scores[d]);
        var meanTitle = weightSum <= 0 ? 0 : order.Sum(d => scores[d] * _documents[d].TitleChars) / weightSum;
        return new NeighbourEvidence(order.Length, order.Length == 0 ? 0 : scores[order[0]], meanTitle, titleCounts);
    }

    /// <summary>
    /// Writes the index as text: a header <c>vocabulary-size TAB documents</c>, the vocabulary one word a line (ordinal
    /// order), then one line per document: title characters, the vector as <c>id-delta:weight‰</c> pairs, the title's
    /// word ids and the content's word ids (ids ascending, each as the difference from the previous one).
    /// </summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{_vocabulary.Length}\t{_documents.Length}\n"));
        foreach (var word in _vocabulary)
        {
            writer.Write(word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal));
            writer.Write('\n');
        }

        foreach (var entry in _documents)
        {
            var sb = new StringBuilder();
            sb.Append(entry.TitleChars.ToString(CultureInfo.InvariantCulture)).Append('\t');
            var previous = 0;
            sb.AppendJoin(' ', entry.Vector.Select(p =>
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{p.Id - previous}:{(int)Math.Round(p.Weight * WeightScale)}");
                previous = p.Id;
                return text;
            }));
            sb.Append('\t').Append(Deltas(entry.Title)).Append('\t').Append(Deltas(entry.Content)).Append('\n');
            writer.Write(sb.ToString());
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; <paramref name="origin"/> names the source in errors.</summary>
    public static NeighbourIndex Read(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        try
        {
            var header = (reader.ReadLine() ?? throw new FormatException("empty")).Split('\t');
            var vocabulary = new string[int.Parse(header[0], CultureInfo.InvariantCulture)];
            var documents = new Entry[int.Parse(header[1], CultureInfo.InvariantCulture)];
            for (var i = 0; i < vocabulary.Length; i++)
            {
                vocabulary[i] = Unescape(reader.ReadLine() ?? throw new FormatException("vocabulary cut short"));
            }

            for (var d = 0; d < documents.Length; d++)
            {
                var parts = (reader.ReadLine() ?? throw new FormatException("documents cut short")).Split('\t');
                var id = 0;
                var vector = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p =>
                {
                    var pair = p.Split(':');
                    id += int.Parse(pair[0], CultureInfo.InvariantCulture);
                    return (id, (float)int.Parse(pair[1], CultureInfo.InvariantCulture) / WeightScale);
                }).ToArray();
                documents[d] = new Entry(int.Parse(parts[0], CultureInfo.InvariantCulture), vector, Undelta(parts[2]), Undelta(parts[3]));
            }

            return new NeighbourIndex(vocabulary, documents);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{origin}: not a neighbour index ({e.Message}).", e);
        }
    }

    /// <summary>TF-IDF weight of each distinct content word (letters or digits, not a stop word) of <paramref name="document"/>.</summary>
    private static List<(string Word, double Weight)> WeightsOf(AnalyzedDocument document, IdfTable idf)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in document.Words)
        {
            if (!w.IsPunctuation && !StopWords.Default.Contains(w.Text))
            {
                counts[w.Text] = counts.GetValueOrDefault(w.Text) + 1;
            }
        }

        return counts.Select(p => (p.Key, p.Value * idf.Of(p.Key))).ToList();
    }

    private static float Quantize(double weight) => (float)Math.Round(weight * WeightScale) / WeightScale;

    private static string Deltas(int[] ids)
    {
        var previous = 0;
        return string.Join(' ', ids.Select(id =>
        {
            var delta = id - previous;
            previous = id;
            return delta.ToString(CultureInfo.InvariantCulture);
        }));
    }

    private static int[] Undelta(string text)
    {
        var id = 0;
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => id += int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
    }

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                sb.Append(text[i] switch { 'n' => '\n', 'r' => '\r', var other => other });
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private sealed record Entry(int TitleChars, (int Id, float Weight)[] Vector, int[] Title, int[] Content);
}
