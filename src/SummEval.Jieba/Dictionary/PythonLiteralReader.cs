using System.Globalization;
using System.Text;

namespace SummEval.Jieba.Dictionary;

/// <summary>
/// Reads the Python literals jieba ships its HMM tables as (<c>P={...}</c> of dicts, tuples, strings and
/// floats). Dicts become ordered key/value lists, tuples <c>object[]</c>, numbers <see cref="double"/>.
/// </summary>
internal sealed class PythonLiteralReader
{
    private readonly string _text;
    private readonly string _sourceName;
    private int _pos;

    private PythonLiteralReader(string text, string sourceName)
    {
        _text = text;
        _sourceName = sourceName;
    }

    /// <summary>Reads the value assigned to <c>P</c> in a jieba table module.</summary>
    public static object ReadAssignment(string text, string sourceName, string variable = "P")
    {
        var marker = "\n" + variable + "=";
        var at = text.StartsWith(variable + "=", StringComparison.Ordinal) ? 0 : text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException($"{sourceName}: no '{variable}=' assignment found.");
        }

        var reader = new PythonLiteralReader(text, sourceName) { _pos = text.IndexOf('=', at) + 1 };
        return reader.ReadValue();
    }

    private object ReadValue()
    {
        SkipSpace();
        var c = Peek();
        switch (c)
        {
            case '{':
                return ReadDict();
            case '(':
                return ReadTuple();
            case '\'':
            case '"':
                return ReadString();
            default:
                return ReadNumber();
        }
    }

    private List<KeyValuePair<object, object>> ReadDict()
    {
        _pos++;
        var items = new List<KeyValuePair<object, object>>();
        while (true)
        {
            SkipSpace();
            if (Peek() == '}')
            {
                _pos++;
                return items;
            }

            var key = ReadValue();
            SkipSpace();
            Expect(':');
            var value = ReadValue();
            items.Add(new(key, value));
            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
            }
        }
    }

    private object[] ReadTuple()
    {
        _pos++;
        var items = new List<object>();
        while (true)
        {
            SkipSpace();
            if (Peek() == ')')
            {
                _pos++;
                return [.. items];
            }

            items.Add(ReadValue());
            SkipSpace();
            if (Peek() == ',')
            {
                _pos++;
            }
        }
    }

    private string ReadString()
    {
        var quote = _text[_pos++];
        var sb = new StringBuilder();
        while (true)
        {
            var c = Peek();
            _pos++;
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = Peek();
            _pos++;
            switch (e)
            {
                case 'u':
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                case 'U':
                    sb.Append(char.ConvertFromUtf32(int.Parse(_text.AsSpan(_pos, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    _pos += 8;
                    break;
                case 'x':
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 2;
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                default:
                    sb.Append(e);
                    break;
            }
        }
    }

    private double ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _pos++;
        }

        if (start == _pos || !double.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Error("expected a number");
        }

        return value;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : throw Error("unexpected end of file");

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private FormatException Error(string what)
    {
        var line = 1;
        for (var i = 0; i < _pos && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
            }
        }

        return new FormatException($"{_sourceName}, line {line}: {what}.");
    }
}
