using System.Buffers;
using SummEval.Jieba.Dictionary;

namespace SummEval.Jieba.Segmentation;

/// <summary>
/// jieba's <c>finalseg.cut</c>: a run of characters the dictionary route left as single characters is split
/// into Chinese runs (segmented by Viterbi over the BMES HMM) and the rest, which is split by finalseg's
/// <c>re_skip</c> (<c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>) into matches and the text between them.
/// </summary>
internal static class FinalSeg
{
    public static void Cut(string sentence, int offset, int length, HmmModel model, PrefixDictionary dictionary, List<string> output)
    {
        var text = sentence.AsSpan(offset, length);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (CharClasses.IsHan(text[i]))
            {
                while (i < text.Length && CharClasses.IsHan(text[i]))
                {
                    i++;
                }

                Viterbi(sentence, offset + start, i - start, model, dictionary, output);
            }
            else
            {
                while (i < text.Length && !CharClasses.IsHan(text[i]))
                {
                    i++;
                }

                CutSkip(sentence, offset + start, i - start, output);
            }
        }
    }

    /// <summary>Yields <c>re_skip.split(blk)</c>'s non-empty pieces: matches and the text between them.</summary>
    private static void CutSkip(string sentence, int offset, int length, List<string> output)
    {
        var text = sentence.AsSpan(offset, length);
        var pending = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!CharClasses.IsAsciiAlphanumeric(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && CharClasses.IsAsciiAlphanumeric(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < text.Length && text[i] == '%')
            {
                i++;
            }

            if (start > pending)
            {
                output.Add(TokenStrings.Of(sentence, offset + pending, start - pending));
            }

            output.Add(TokenStrings.Of(sentence, offset + start, i - start));
            pending = i;
        }

        if (pending < text.Length)
        {
            output.Add(TokenStrings.Of(sentence, offset + pending, text.Length - pending));
        }
    }

    private static void Viterbi(string sentence, int offset, int n, HmmModel model, PrefixDictionary dictionary, List<string> output)
    {
        var obs = sentence.AsSpan(offset, n);
        var back = ArrayPool<byte>.Shared.Rent(n * 4);
        try
        {
            Span<double> v = stackalloc double[4];
            Span<double> next = stackalloc double[4];
            var emitP = model.Emit;
            var trans = model.Trans;
            for (var y = 0; y < 4; y++)
            {
                v[y] = model.Start[y] + emitP[y][obs[0]];
            }

            for (var t = 1; t < n; t++)
            {
                var c = obs[t];
                // PrevStatus: B<-(E,S), M<-(M,B), S<-(S,E), E<-(B,M); candidates listed as Python lists them.
                Step(v, next, back, t, HmmModel.B, HmmModel.E, HmmModel.S, emitP[HmmModel.B][c], trans);
                Step(v, next, back, t, HmmModel.M, HmmModel.M, HmmModel.B, emitP[HmmModel.M][c], trans);
                Step(v, next, back, t, HmmModel.E, HmmModel.B, HmmModel.M, emitP[HmmModel.E][c], trans);
                Step(v, next, back, t, HmmModel.S, HmmModel.S, HmmModel.E, emitP[HmmModel.S][c], trans);
                next.CopyTo(v);
            }

            // max((V[E], 'E'), (V[S], 'S')): S wins ties.
            var state = v[HmmModel.S] >= v[HmmModel.E] ? HmmModel.S : HmmModel.E;
            Span<byte> states = n <= 512 ? stackalloc byte[n] : new byte[n];
            for (var t = n - 1; t >= 0; t--)
            {
                states[t] = (byte)state;
                state = back[(t * 4) + state];
            }

            var begin = 0;
            var nexti = 0;
            for (var i = 0; i < n; i++)
            {
                switch (states[i])
                {
                    case HmmModel.B:
                        begin = i;
                        break;
                    case HmmModel.E:
                        EmitWord(offset + begin, i + 1 - begin, sentence, dictionary, output);
                        nexti = i + 1;
                        break;
                    case HmmModel.S:
                        EmitWord(offset + i, 1, sentence, dictionary, output);
                        nexti = i + 1;
                        break;
                }
            }

            if (nexti < n)
            {
                EmitWord(offset + nexti, n - nexti, sentence, dictionary, output);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    private static void EmitWord(int start, int length, string sentence, PrefixDictionary dictionary, List<string> output)
    {
        if (dictionary.IsForceSplit(sentence.AsSpan(start, length)))
        {
            for (var i = 0; i < length; i++)
            {
                output.Add(TokenStrings.Of(sentence, start + i, 1));
            }

            return;
        }

        output.Add(TokenStrings.Of(sentence, start, length));
    }

    private static void Step(Span<double> v, Span<double> next, byte[] back, int t, int y, int first, int second, double em, double[,] trans)
    {
        // Same association as Python: (V[t-1][y0] + trans) + emit.
        var p1 = v[first] + trans[first, y] + em;
        var p2 = v[second] + trans[second, y] + em;
        // Python's max over (prob, state) tuples: the larger state letter wins a tie.
        bool takeSecond = p2 > p1 || (p2 == p1 && second > first);
        next[y] = takeSecond ? p2 : p1;
        back[(t * 4) + y] = (byte)(takeSecond ? second : first);
    }
}
