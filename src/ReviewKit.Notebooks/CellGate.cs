namespace ReviewKit.Notebooks;

/// <summary>
/// Lets cells of notebooks running side by side share the process: ordinary cells run together, up to the number of
/// kernels; an exclusive cell (a notebook's setup, which changes process-wide displays) runs alone.
/// </summary>
internal sealed class CellGate(int kernels)
{
    private readonly SemaphoreSlim _slots = new(kernels, kernels);
    private readonly SemaphoreSlim _exclusive = new(1, 1);

    /// <summary>Waits for a turn; disposing the result ends it.</summary>
    public async Task<IDisposable> EnterAsync(bool exclusive, CancellationToken cancellationToken)
    {
        if (!exclusive)
        {
            await _slots.WaitAsync(cancellationToken);
            return new Turn(() => _slots.Release());
        }

        // One exclusive cell at a time takes every slot, waiting for the ordinary cells running to end.
        await _exclusive.WaitAsync(cancellationToken);
        var taken = 0;
        try
        {
            for (; taken < kernels; taken++)
            {
                await _slots.WaitAsync(cancellationToken);
            }
        }
        catch
        {
            if (taken > 0)
            {
                _slots.Release(taken);
            }

            _exclusive.Release();
            throw;
        }

        return new Turn(() =>
        {
            _slots.Release(kernels);
            _exclusive.Release();
        });
    }

    private sealed class Turn(Action end) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                end();
            }
        }
    }
}
