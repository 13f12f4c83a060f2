using SummEval.Summarizers;

namespace SummEval.OpenAI.RateLimits;

/// <summary>
/// Bounds the requests in flight to one endpoint. Adaptive (<c>concurrency=auto</c>): additive increase (about one more
/// per round of requests while the limit is in use), multiplicative decrease (halved) on 429/503, once per round.
/// Either way it honours the server: a <c>Retry-After</c> holds every new request back, and when
/// <c>x-ratelimit-remaining-requests</c> is down to what is already in flight, requests are spaced by the refill
/// interval that <c>x-ratelimit-reset-requests</c> implies; an exhausted token budget waits for its reset.
/// </summary>
public sealed class RequestLimiter
{
    /// <summary>The adaptive limit to start with.</summary>
    public const int AutoInitial = 4;

    /// <summary>The adaptive limit never grows past this.</summary>
    public const int AutoCeiling = 128;

    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestHold = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Queue<TaskCompletionSource<long>> _waiters = new();
    private readonly Queue<long> _completions = new();
    private readonly long _started;
    private double _limit;
    private int _inFlight;
    private long _round;
    private DateTimeOffset _nextSend;
    private TimeSpan _spacing;

    private RequestLimiter(bool adaptive, int initial, int ceiling, TimeProvider? time)
    {
        Adaptive = adaptive;
        Ceiling = ceiling;
        _limit = initial;
        _time = time ?? TimeProvider.System;
        _started = _time.GetTimestamp();
        _nextSend = _time.GetUtcNow();
    }

    /// <summary>True for <c>concurrency=auto</c>.</summary>
    public bool Adaptive { get; }

    /// <summary>The largest limit this limiter can reach.</summary>
    public int Ceiling { get; }

    /// <summary>The current limit on requests in flight.</summary>
    public int Limit
    {
        get
        {
            lock (_gate)
            {
                return CurrentLimit;
            }
        }
    }

    private int CurrentLimit => (int)Math.Floor(_limit);

    /// <summary>An adaptive limiter starting at <paramref name="initial"/> requests in flight.</summary>
    public static RequestLimiter Auto(int initial = AutoInitial, int ceiling = AutoCeiling, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initial, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ceiling, initial);
        return new RequestLimiter(adaptive: true, initial, ceiling, time);
    }

    /// <summary>A limiter that keeps exactly <paramref name="limit"/> requests in flight at most.</summary>
    public static RequestLimiter Fixed(int limit, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return new RequestLimiter(adaptive: false, limit, limit, time);
    }

    /// <summary>The limit, requests in flight and successful requests per second over the last five seconds.</summary>
    public Throughput Snapshot()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Trim(now);
            var window = Math.Min(RateWindow.TotalSeconds, _time.GetElapsedTime(_started, now).TotalSeconds);
            return new Throughput(CurrentLimit, _inFlight, window > 0 ? _completions.Count / window : 0, Adaptive);
        }
    }

    /// <summary>Waits for a free slot and for any hold the server asked for; the lease must be given back with <see cref="Complete"/>.</summary>
    public async ValueTask<RequestLease> AcquireAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<long>? waiter = null;
        long round;
        var saturated = true;
        lock (_gate)
        {
            if (_inFlight < CurrentLimit && _waiters.Count == 0)
            {
                _inFlight++;
                round = _round;
                saturated = _inFlight >= CurrentLimit;
            }
            else
            {
                waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Enqueue(waiter);
                round = 0;
            }
        }

        if (waiter is not null)
        {
            using (cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken)))
            {
                round = await waiter.Task.ConfigureAwait(false);
            }
        }

        // A waiter was handed its slot by a completing request: the limit was in full use.
        var lease = new RequestLease(round, saturated);
        try
        {
            var delay = ReserveSendTime();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            Complete(lease, status: null, headers: null);
            throw;
        }

        return lease;
    }

    /// <summary>Gives a slot back with what the response said (status null when there was none), and adapts.</summary>
    public void Complete(RequestLease lease, int? status, RateLimitHeaders? headers)
    {
        lock (_gate)
        {
            _inFlight--;
            var now = _time.GetUtcNow();
            if (status is 429 or 503)
            {
                // Only the first rejection of a round lowers the limit: the others were sent at the old limit.
                if (Adaptive && lease.Round == _round)
                {
                    _limit = Math.Max(1, _limit / 2);
                    _round++;
                }

                if (headers?.RetryAfter is { } wait)
                {
                    Hold(now + Min(wait, LongestHold));
                }
            }
            else if (status is >= 200 and < 300)
            {
                var stamp = _time.GetTimestamp();
                _completions.Enqueue(stamp);
                Trim(stamp);
                if (Adaptive && lease.Saturated && lease.Round == _round)
                {
                    _limit = Math.Min(Ceiling, _limit + (1 / _limit));
                }
            }

            if (headers is not null)
            {
                Pace(headers, now);
            }

            Wake();
        }
    }

    private void Pace(RateLimitHeaders headers, DateTimeOffset now)
    {
        // The requests in flight will spend what remains: send the next ones no faster than the budget refills.
        _spacing = headers.Requests is { } requests && requests.Remaining <= _inFlight && requests.RefillInterval is { } interval
            ? Min(interval, LongestHold)
            : TimeSpan.Zero;
        if (headers.Tokens is { Remaining: <= 0, Reset: { } reset })
        {
            Hold(now + Min(reset, LongestHold));
        }
    }

    private void Hold(DateTimeOffset until)
    {
        if (until > _nextSend)
        {
            _nextSend = until;
        }
    }

    private TimeSpan ReserveSendTime()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var at = _nextSend > now ? _nextSend : now;
            _nextSend = at + _spacing;
            return at - now;
        }
    }

    private void Wake()
    {
        while (_inFlight < CurrentLimit && _waiters.TryDequeue(out var waiter))
        {
            _inFlight++;
            if (!waiter.TrySetResult(_round))
            {
                _inFlight--; // cancelled while waiting
            }
        }
    }

    private void Trim(long now)
    {
        while (_completions.TryPeek(out var first) && _time.GetElapsedTime(first, now) > RateWindow)
        {
            _completions.Dequeue();
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
