using SummEval.Jieba;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// jieba's HMM glues an aspect or adverb particle to a character it cannot place (<c>合成|了聚|对苯二甲</c>,
/// <c>研究|了在|不完备</c>, <c>…地将以人为本</c>), so a summary that opens on that token opens on the particle.
/// </summary>
internal static class GluedParticle
{
    /// <summary>
    /// The characters to drop from <paramref name="firstWord"/>, a summary's first word: 1 when it is a two-character token
    /// made of <c>了</c> or <c>地</c> and one more character that is no dictionary word (<c>了解</c>, <c>地震</c> stay), else 0.
    /// </summary>
    public static int Length(string firstWord) =>
        firstWord.Length == 2 && firstWord[0] is '了' or '地' && char.IsLetter(firstWord[1])
        && JiebaSegmenter.Default.Dictionary.FrequencyOf(firstWord) == 0 ? 1 : 0;
}
