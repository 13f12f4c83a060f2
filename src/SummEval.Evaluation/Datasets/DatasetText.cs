using System.Buffers;
using System.Text.Unicode;

namespace SummEval.Datasets;

/// <summary>
/// The checks every input file passes before parsing: strict UTF-8 (a BOM is dropped), no NUL characters, not
/// empty. Line endings are left to the readers, which all accept LF and CRLF.
/// </summary>
internal static class DatasetText
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or throws a <see cref="DatasetException"/> naming the line at fault.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // Valid input (the usual case) is decoded straight into a string of its exact length: a buffer sized by the
        // byte count would hold up to twice the file again (400 MB for a 200,000-document corpus).
        var text = Utf8.IsValid(bytes) ? System.Text.Encoding.UTF8.GetString(bytes) : Invalid(bytes, file);
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            throw new DatasetException(file, LineAt(text, nul), null, "contains a NUL character (U+0000); is this a binary or UTF-16 file?");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DatasetException(file, null, null, "the file is empty.");
        }

        return text;
    }

    // Finds where the invalid UTF-8 starts, for the error message.
    private static string Invalid(ReadOnlySpan<byte> bytes, string file)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = LineAt(bytes, bytesRead);
                var column = bytesRead - (bytes[..bytesRead].LastIndexOf((byte)'\n') + 1) + 1;
                throw new DatasetException(file, line, null, $"invalid UTF-8 at byte {column} of the line (byte offset {bytesRead}); save the file as UTF-8.");
            }

            throw new InvalidOperationException("the UTF-8 validator and decoder disagree.");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads and decodes a file; a missing file is a <see cref="DatasetException"/> too.</summary>
    public static string ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            // Reading a folder is an "access denied" error on Linux, which names the wrong problem.
            throw new DatasetException(path, null, null, "is a folder; give a file.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DatasetException(path, null, null, "file not found.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException(path, null, null, "cannot be read: " + ex.Message, ex);
        }

        return Decode(bytes, path);
    }

    /// <summary>
    /// The lines of a file as <see cref="Lines"/> splits them, read as they are enumerated: the file is never held
    /// whole, so loading a 200,000-document JSON Lines file needs its documents' memory, not twice the file's. The same
    /// checks as <see cref="ReadFile"/> (strict UTF-8, BOM dropped, no NUL, not empty) end the enumeration with the same
    /// <see cref="DatasetException"/>s.
    /// </summary>
    public static IEnumerable<(int Line, string Text)> ReadLines(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: false, new FileStreamOptions { BufferSize = 1 << 16 });
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DatasetException(path, null, null, "file not found.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException(path, null, null, "cannot be read: " + ex.Message, ex);
        }

        return ReadLines(reader, path);
    }

    private static IEnumerable<(int Line, string Text)> ReadLines(StreamReader reader, string path)
    {
        using (reader)
        {
            var buffer = new char[1 << 15];
            var pending = new System.Text.StringBuilder();
            var line = 1;
            var blank = true;
            var first = true;
            while (true)
            {
                int read;
                try
                {
                    read = reader.Read(buffer, 0, buffer.Length);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    ReadFile(path); // names the line and byte of the invalid UTF-8
                    throw;
                }

                var start = 0;
                if (first && read > 0)
                {
                    first = false;
                    start = buffer[0] == '\uFEFF' ? 1 : 0;
                }

                if (read == 0)
                {
                    if (pending.Length > 0 && pending[^1] == '\r')
                    {
                        pending.Length--;
                    }

                    var last = Checked(pending.ToString(), line, path);
                    if (blank && string.IsNullOrWhiteSpace(last))
                    {
                        throw new DatasetException(path, null, null, "the file is empty.");
                    }

                    yield return (line, last);
                    yield break;
                }

                int end;
                while ((end = Array.IndexOf(buffer, '\n', start, read - start)) >= 0)
                {
                    pending.Append(buffer, start, end - start);
                    if (pending.Length > 0 && pending[^1] == '\r')
                    {
                        pending.Length--;
                    }

                    var text = Checked(pending.ToString(), line, path);
                    blank &= string.IsNullOrWhiteSpace(text);
                    yield return (line++, text);
                    pending.Clear();
                    start = end + 1;
                }

                pending.Append(buffer, start, read - start);
            }
        }
    }

    private static string Checked(string text, int line, string path) => text.Contains('\0')
        ? throw new DatasetException(path, line, null, "contains a NUL character (U+0000); is this a binary or UTF-16 file?")
        : text;

    /// <summary>The 1-based line holding byte <paramref name="offset"/>.</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, long offset) => bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    /// <summary>The 1-based line holding char <paramref name="index"/>.</summary>
    public static int LineAt(string text, int index) => text.AsSpan(0, Math.Min(index, text.Length)).Count('\n') + 1;

    /// <summary>Splits on LF, dropping one trailing CR per line (CRLF files), keeping line numbers aligned.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string text)
    {
        var line = 0;
        var start = 0;
        while (start <= text.Length)
        {
            line++;
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var length = end - start;
            if (length > 0 && text[end - 1] == '\r')
            {
                length--;
            }

            yield return (line, text.Substring(start, length));
            start = end + 1;
        }
    }
}
