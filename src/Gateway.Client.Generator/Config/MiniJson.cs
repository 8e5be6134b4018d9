using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Gateway.Client.Generator.Config;

/// <summary>
/// A small JSON reader for <c>.graphqlrc.json</c>: the compiler host does not promise System.Text.Json to analyzers,
/// so the generator carries no JSON dependency. Objects become dictionaries, arrays lists.
/// </summary>
internal sealed class MiniJson
{
    private readonly string _text;
    private int _position;

    private MiniJson(string text) => _text = text;

    public static object? Parse(string text)
    {
        var reader = new MiniJson(text);
        var value = reader.Value();
        reader.Skip();
        if (reader._position != text.Length) throw reader.Fail("Unexpected text after the JSON value");
        return value;
    }

    private object? Value()
    {
        Skip();
        if (_position >= _text.Length) throw Fail("Unexpected end of JSON");
        var c = _text[_position];
        if (c == '{') return Object();
        if (c == '[') return Array();
        if (c == '"') return String();
        if (Literal("true")) return true;
        if (Literal("false")) return false;
        if (Literal("null")) return null;
        var start = _position;
        while (_position < _text.Length && "+-.0123456789eE".IndexOf(_text[_position]) >= 0) _position++;
        if (start == _position) throw Fail("Unexpected character '" + c + "'");
        return double.Parse(_text.Substring(start, _position - start), CultureInfo.InvariantCulture);
    }

    private Dictionary<string, object?> Object()
    {
        var result = new Dictionary<string, object?>();
        _position++;
        Skip();
        if (Take('}')) return result;
        do
        {
            Skip();
            var key = String();
            Skip();
            if (!Take(':')) throw Fail("Expected ':'");
            result[key] = Value();
            Skip();
        }
        while (Take(','));
        if (!Take('}')) throw Fail("Expected '}'");
        return result;
    }

    private List<object?> Array()
    {
        var result = new List<object?>();
        _position++;
        Skip();
        if (Take(']')) return result;
        do result.Add(Value());
        while (SkipThen(','));
        if (!Take(']')) throw Fail("Expected ']'");
        return result;
    }

    private string String()
    {
        if (!Take('"')) throw Fail("Expected a string");
        var builder = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position++];
            if (c != '\\') { builder.Append(c); continue; }
            var escaped = _text[_position++];
            builder.Append(escaped switch
            {
                'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f',
                'u' => (char)int.Parse(_text.Substring((_position += 4) - 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escaped,
            });
        }

        if (!Take('"')) throw Fail("Unterminated string");
        return builder.ToString();
    }

    private bool Literal(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0) return false;
        _position += word.Length;
        return true;
    }

    private bool SkipThen(char c)
    {
        Skip();
        return Take(c);
    }

    private bool Take(char c)
    {
        if (_position >= _text.Length || _text[_position] != c) return false;
        _position++;
        return true;
    }

    private void Skip()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
    }

    private System.FormatException Fail(string message) => new(message + " at offset " + _position + ".");
}
