using System.Text.Unicode;

namespace ReviewKit.Data;

/// <summary>
/// Reads a CSV file line by line as UTF-8 bytes, through one buffer, for the fast reading of clean files. It stops,
/// setting <see cref="Unusual"/>, at anything a clean file does not hold: a line longer than
/// <see cref="CsvTable.MaxLineLength"/>, a bare CR, bytes that are not UTF-8, more than <see cref="CsvTable.MaxFileBytes"/>.
/// </summary>
internal sealed class CsvLineReader : IDisposable
{
    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private long _read;
    private bool _endOfFile;
    private bool _first = true;

    public CsvLineReader(string path) =>
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>The reader stopped at something only the full reader can judge.</summary>
    public bool Unusual { get; private set; }

    /// <summary>The next line without its line end; false at the end of the file or when <see cref="Unusual"/>.</summary>
    public bool Next(out ReadOnlySpan<byte> line)
    {
        line = default;
        while (!Unusual)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0 && !_endOfFile)
            {
                Fill();
                continue;
            }

            if (newline < 0 && _start == _end)
            {
                return false;
            }

            var length = newline < 0 ? _end - _start : newline;
            var span = _buffer.AsSpan(_start, length);
            _start += newline < 0 ? length : length + 1;
            if (span.Length > 0 && span[^1] == (byte)'\r')
            {
                span = span[..^1];
            }

            if (_first)
            {
                _first = false;
                if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    span = span[3..];
                }
            }

            if (span.Length > CsvTable.MaxLineLength || span.Contains((byte)'\r') || !Utf8.IsValid(span))
            {
                Unusual = true;
                return false;
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
            _end -= _start;
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
        }
    }
}
