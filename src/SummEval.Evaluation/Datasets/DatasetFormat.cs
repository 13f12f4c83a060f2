namespace SummEval.Datasets;

/// <summary>The file formats <see cref="DatasetLoader"/> reads.</summary>
public enum DatasetFormat
{
    /// <summary>Chosen from the file extension (.jsonl/.ndjson, .json, .tsv, .csv, .txt).</summary>
    Auto,

    /// <summary>One JSON object per line.</summary>
    JsonLines,

    /// <summary>One JSON array of objects (the tutorial's <c>csl_data.json</c>).</summary>
    JsonArray,

    /// <summary>Tab-separated, no header; columns named by <see cref="DatasetLoadOptions.Columns"/> (default <c>title, content</c> as in CLGE).</summary>
    Tsv,

    /// <summary>Comma-separated with RFC 4180 quoting and a header row naming the fields.</summary>
    Csv,

    /// <summary>
    /// A plain-text file holding one document: the whole file is its source (line breaks and all: the summarizers read
    /// wrapped lines as prose), its id the file name; with no reference it can be summarized, not scored.
    /// </summary>
    Text,
}
