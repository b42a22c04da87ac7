using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace ReviewKit.Data;

/// <summary>
/// Reads a CSV file line by line as UTF-8 bytes, through one buffer, for the fast reading of clean files. It stops,
/// setting <see cref="Unusual"/>, at anything a clean file does not hold: a line longer than
/// <see cref="CsvTable.MaxLineLength"/>, a bare CR, bytes that are not UTF-8, more than <see cref="CsvTable.MaxFileBytes"/>.
/// </summary>
/// <remarks>
/// The bytes are checked a buffer at a time, up to the last whole line read, rather than line by line: most lines are
/// a dozen bytes, and a check per line would cost more than the line's own parsing.
/// </remarks>
internal sealed class CsvLineReader : IDisposable
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _checkedEnd;
    private int _end;
    private int _nextQuote = -1;
    private long _read;
    private bool _endOfFile;
    private bool _first = true;

    public CsvLineReader(string path) =>
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The reader stopped at something only the full reader can judge.</summary>
    public bool Unusual { get; private set; }

    /// <summary>The next line without its line end, and whether it holds a double quote; false at the end of the file or when <see cref="Unusual"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next(out ReadOnlySpan<byte> line, out bool quoted)
    {
        line = default;
        quoted = false;
        while (!Unusual)
        {
            var length = _buffer.AsSpan(_start, _checkedEnd - _start).IndexOf((byte)'\n');
            if (length < 0 && !_endOfFile)
            {
                Fill();
                continue;
            }

            if (length < 0 && _start == _checkedEnd)
            {
                return false;
            }

            var lineStart = _start;
            var last = length < 0; // the file's last line, without a line end
            length = last ? _checkedEnd - _start : length;
            _start += last ? length : length + 1;
            var span = _buffer.AsSpan(lineStart, length);
            if (span.Length > 0 && span[^1] == (byte)'\r')
            {
                span = span[..^1];
            }

            if (_first)
            {
                _first = false;
                if (span.StartsWith(ByteOrderMark))
                {
                    span = span[ByteOrderMark.Length..];
                }
            }

            if (span.Length > CsvTable.MaxLineLength)
            {
                Unusual = true;
                return false;
            }

            if (_nextQuote >= 0 && _nextQuote < _start)
            {
                quoted = true;
                _nextQuote = FindQuote(_start);
            }

            line = span;
            return true;
        }

        return false;
    }

    public void Dispose() => _stream.Dispose();

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            (_end, _checkedEnd) = (_end - _start, _checkedEnd - _start);
            _nextQuote = _nextQuote >= 0 ? _nextQuote - _start : -1;
            _start = 0;
        }

        // A line that fills the buffer is longer than any line allowed (4 bytes per character at most).
        if (_end == _buffer.Length)
        {
            Unusual = true;
            return;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _read += read;
        _end += read;
        _endOfFile = read == 0;
        if (_read > CsvTable.MaxFileBytes)
        {
            Unusual = true;
            return;
        }

        // Check the new whole lines: at the end of the file every byte left, else up to the last line end.
        var checkFrom = _checkedEnd;
        _checkedEnd = _endOfFile ? _end : checkFrom + _buffer.AsSpan(checkFrom, _end - checkFrom).LastIndexOf((byte)'\n') + 1;
        var newLines = _buffer.AsSpan(checkFrom, _checkedEnd - checkFrom);
        if (!Utf8.IsValid(newLines) || HasBareCarriageReturn(newLines, _endOfFile))
        {
            Unusual = true;
            return;
        }

        if (_nextQuote < 0)
        {
            _nextQuote = FindQuote(checkFrom);
        }
    }

    /// <summary>The position of the first double quote from <paramref name="from"/> among the checked bytes, or -1.</summary>
    private int FindQuote(int from)
    {
        var quote = _buffer.AsSpan(from, _checkedEnd - from).IndexOf((byte)'"');
        return quote < 0 ? -1 : from + quote;
    }

    /// <summary>A CR not followed by LF; a CR that ends the file ends its last line.</summary>
    private static bool HasBareCarriageReturn(ReadOnlySpan<byte> bytes, bool endOfFile)
    {
        for (var cr = bytes.IndexOf((byte)'\r'); cr >= 0; cr = bytes.IndexOf((byte)'\r'))
        {
            var atEnd = cr == bytes.Length - 1;
            if (atEnd ? !endOfFile : bytes[cr + 1] != (byte)'\n')
            {
                return true;
            }

            bytes = bytes[(cr + 1)..];
        }

        return false;
    }
}
