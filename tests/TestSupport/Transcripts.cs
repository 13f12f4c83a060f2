namespace SummEval.Testing;

/// <summary>Transcripts users summarize: a question-and-answer text, an interview, a press conference and a panel, whose turns a speaker's label opens.</summary>
public static class Transcripts
{
    /// <summary>Questions and answers labelled 问 and 答, one turn a line.</summary>
    public const string QuestionsAndAnswers = "问：数字普惠金融对农户收入有什么影响？\n答：研究发现，数字普惠金融显著促进了农户收入增长，且这种促进作用在中西部地区更为明显。\n问：其作用机制是什么？\n答：缓解信贷约束是其主要作用机制，数字支付降低了交易成本。";

    /// <summary>The same turns run together on one line, as a web page copies them.</summary>
    public const string OneLine = "问：数字普惠金融对农户收入有什么影响？答：研究发现，数字普惠金融显著促进了农户收入增长，且这种促进作用在中西部地区更为明显。问：其作用机制是什么？答：缓解信贷约束是其主要作用机制，数字支付降低了交易成本。";

    /// <summary>An interview: the reporter asks, the one interviewed answers under the name.</summary>
    public const string Interview = "记者：您如何看待数字普惠金融的发展？\n张三：数字普惠金融在缓解农户信贷约束方面发挥了重要作用，但数字鸿沟问题仍然突出。\n记者：下一步应该如何推进？\n张三：应加强农村数字基础设施建设，提升农户数字素养。";

    /// <summary>A spokesman answers reporters (答记者问), under a title line.</summary>
    public const string PressConference = "国家统计局新闻发言人就2021年国民经济运行情况答记者问\n记者：2021年我国经济增长的主要特点是什么？\n发言人：2021年国内生产总值比上年增长8.1%，两年平均增长5.1%，经济发展和疫情防控保持全球领先地位。\n记者：如何看待当前的就业形势？\n发言人：全年城镇新增就业1269万人，城镇调查失业率平均值为5.1%，就业形势总体稳定。";

    /// <summary>A panel: the host introduces and asks, two guests answer under their names.</summary>
    public const string Panel = "主持人：今天我们请来了两位专家，谈谈乡村振兴中的人才问题。王教授，您认为当前最大的短板是什么？\n王五：最大的短板是青年人才外流，农村缺乏吸引人才的产业基础。\n赵六：我同意王教授的看法，此外基层待遇偏低也是重要原因。\n主持人：那么应该如何破解？\n王五：关键是发展县域特色产业，让人才有用武之地。";

    /// <summary>The questions and answers in Traditional Chinese.</summary>
    public const string Traditional = "問：數字普惠金融對農戶收入有什麼影響？\n答：研究發現，數字普惠金融顯著促進了農戶收入增長。\n問：其作用機制是什麼？\n答：緩解信貸約束是其主要作用機制。";

    /// <summary>The interview as a recording's transcription sets it: each turn after its time in brackets.</summary>
    public const string Timed = "[00:00:05] 记者：您如何看待数字普惠金融的发展？\n[00:00:12] 张三：数字普惠金融在缓解农户信贷约束方面发挥了重要作用，但数字鸿沟问题仍然突出。\n[00:01:03] 记者：下一步应该如何推进？\n[00:01:10] 张三：应加强农村数字基础设施建设，提升农户的数字素养。";

    /// <summary>A meeting's record: the speakers' names open its turns, and no one's label is an asker's.</summary>
    public const string Meeting = "张三：今天主要讨论第二季度的销售计划，先请各位汇报。\n李四：第一季度华东区销售额同比增长了15%，但华南区下降了8%。\n王五：华南区下降主要是因为两个大客户流失，我们正在跟进新的渠道。\n张三：第二季度要重点恢复华南区的销售，目标是同比增长10%。";

    /// <summary>A meeting's record as spoken: greetings, acknowledgements and thanks (大家好，好的，嗯，对，谢谢大家) around what is said.</summary>
    public const string Spoken = "张三：大家好，今天我们主要讨论第二季度的销售计划。\n李四：好的，我先汇报一下，第一季度华东区销售额同比增长了15%，但华南区下降了8%。\n王五：嗯，对，华南区下降主要是因为两个大客户流失，我们正在跟进新的渠道。\n张三：好的，第二季度要重点恢复华南区的销售，目标是同比增长10%。谢谢大家。";

    /// <summary>A medical consultation online: the patient's question and the doctor's answer, each greeting the other.</summary>
    public const string Consultation = "患者提问：医生您好，我最近经常头晕，血压150/95，需要吃药吗？\n医生回答：您好，根据描述，血压已经达到高血压诊断标准。建议先改善生活方式，低盐饮食、规律运动，监测血压两周，如仍偏高需在医生指导下服用降压药。";

    /// <summary>A product's questions and answers, which Q and A with their colons open.</summary>
    public const string Faq = "Q：手机无法开机怎么办？\nA：请先将手机连接充电器充电30分钟以上，然后长按电源键10秒强制重启。如仍无法开机，请携带购机凭证前往售后服务网点检测。\nQ：手机充电很慢是什么原因？\nA：请使用原装充电器和数据线，并避免在充电时运行大型游戏。";

    /// <summary>A club's questions and answers under a heading, numbered: Q1：, A1：, Q2：, A2：.</summary>
    public const string NumberedFaq = "常见问题\nQ1：会员卡可以转让吗？\nA1：会员卡仅限本人使用，不可转让。\nQ2：会员卡丢失怎么办？\nA2：请携带身份证到服务台办理挂失补办手续。";

    /// <summary>A job interview: the interviewer's request (no question mark) and question, the applicant's answers.</summary>
    public const string JobInterview = "面试官：请简单介绍一下你自己。\n应聘者：您好，我叫李明，毕业于某某大学计算机专业，有三年后端开发经验，主要使用Java和Go语言。\n面试官：你为什么想加入我们公司？\n应聘者：贵公司在云计算领域处于领先地位，我希望能在这里提升自己的技术能力。";

    /// <summary>
    /// A play's scene: a stage direction in brackets on a line of its own, as wide as the turns after it, then the turns,
    /// which roles open (母亲：, 女儿：), one of them short (母亲：但愿吧。).
    /// </summary>
    public const string Play = "（幕启。客厅里，母亲正在收拾桌子。）\n母亲：（叹气）你爸又加班，这个月都第几次了。\n女儿：（笑）妈，您就别担心了，爸爸说忙完这个项目就休假。\n母亲：但愿吧。";

    /// <summary>
    /// A talk's transcript: the host greets the audience (各位来宾，大家上午好！), the speaker, who speaks once, thanks the host,
    /// and the transcriber notes the applause ([掌声]).
    /// </summary>
    public const string Talk = "主持人：各位来宾，大家上午好！[掌声]\n王教授：谢谢主持人。今天我想和大家分享的是人工智能在教育领域的应用。[掌声]过去十年，人工智能技术取得了飞速发展，正在深刻改变教与学的方式。";

    /// <summary>Whether <paramref name="summary"/> holds <see cref="Talk"/>'s greeting, thanks, speaker or note of the audience.</summary>
    public static bool KeepsACourtesy(string summary) =>
        summary.Contains("来宾", StringComparison.Ordinal) || summary.Contains("上午好", StringComparison.Ordinal) || summary.Contains("谢谢", StringComparison.Ordinal)
        || summary.Contains("王教授", StringComparison.Ordinal) || summary.Contains("掌声", StringComparison.Ordinal) || summary.AsSpan().IndexOfAny("：:") >= 0;

    /// <summary>A podcast's episode: the host's greeting, welcome and name, the topic, and the sign-off.</summary>
    public const string Podcast = "大家好，欢迎收听本期《科技早知道》，我是主播小林。\n今天我们来聊一聊最近很火的固态电池。固态电池用固体电解质代替了传统锂电池中的液体电解液，理论上能量密度更高、也更安全。\n不过，目前固态电池还面临成本高、量产难等问题。业内普遍预计，2030年前后才能大规模装车。\n好了，本期节目就到这里，我们下期再见！";

    /// <summary>Whether <paramref name="summary"/> holds <see cref="Podcast"/>'s greeting, welcome, host or sign-off.</summary>
    public static bool KeepsAShowsCourtesy(string summary) =>
        summary.Contains("大家好", StringComparison.Ordinal) || summary.Contains("收听", StringComparison.Ordinal) || summary.Contains("主播", StringComparison.Ordinal)
        || summary.Contains("本期", StringComparison.Ordinal) || summary.Contains("再见", StringComparison.Ordinal);

    /// <summary>Every transcript above.</summary>
    public static readonly IReadOnlyList<string> All = [QuestionsAndAnswers, OneLine, Interview, PressConference, Panel, Traditional, Timed, Meeting, Spoken, Consultation, Faq, NumberedFaq, JobInterview];

    /// <summary>Whether <paramref name="summary"/> holds a spoken filler of <see cref="Spoken"/> (大家好, 好的, 嗯, 对, 谢谢).</summary>
    public static bool KeepsAFiller(string summary) =>
        summary.Contains("大家好", StringComparison.Ordinal) || summary.StartsWith("好的", StringComparison.Ordinal) || summary.Contains("好的，", StringComparison.Ordinal)
        || summary.Contains('嗯', StringComparison.Ordinal) || summary.Contains("对，", StringComparison.Ordinal) || summary.Contains("谢谢", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="summary"/> holds a question (its mark or words only the questions have) or a speaker's label
    /// or name (a colon, 张三, 李四, 王五); the press conference's title (…答记者问) is no question.
    /// </summary>
    public static bool TakesFromAQuestionOrASpeaker(string summary) =>
        summary.AsSpan().IndexOfAny("？?：:您") >= 0 || summary.Contains("什么", StringComparison.Ordinal) || summary.Contains("什麼", StringComparison.Ordinal)
        || summary.Contains("如何", StringComparison.Ordinal) || summary.Contains("提问", StringComparison.Ordinal) || summary.Contains("回答", StringComparison.Ordinal)
        || summary.Contains("头晕", StringComparison.Ordinal) || summary.Contains("怎么办", StringComparison.Ordinal) || summary.Contains("原因", StringComparison.Ordinal) || summary.Contains("转让吗", StringComparison.Ordinal) || summary.Contains("介绍一下", StringComparison.Ordinal) || summary.Contains("面试官", StringComparison.Ordinal) || summary.Contains("应聘者", StringComparison.Ordinal) || summary.Contains("Q1", StringComparison.Ordinal) || summary.Contains("A1", StringComparison.Ordinal) || summary.Contains("张三", StringComparison.Ordinal) || summary.Contains("李四", StringComparison.Ordinal) || summary.Contains("王五", StringComparison.Ordinal);
}
