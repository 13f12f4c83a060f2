namespace SummEval.Extractive.TextRank;

/// <summary>The rhetorical role of a clause in an abstract, as far as its section label and framing tell.</summary>
public enum ClauseRole
{
    /// <summary>No cue (background, conclusion, or an unframed clause).</summary>
    Other,

    /// <summary>States the objective or the contribution (<c>目的：</c>, <c>为了</c>, <c>提出一种</c>, <c>观察</c>, <c>针对</c> ...): the title's topic.</summary>
    Objective,

    /// <summary>Describes the method or the material (<c>方法：</c>, <c>采用</c>, <c>利用</c>, <c>通过</c>, <c>将</c> ...).</summary>
    Method,

    /// <summary>Reports a finding (<c>结果：</c>, <c>结果表明</c>, <c>实验表明</c> ...): measurements a title rarely names.</summary>
    Result,
}
