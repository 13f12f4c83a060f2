namespace SummEval.Testing;

/// <summary>Letters and e-mails: a message between a greeting and a closing with its signature, on lines of their own or on one line, in Chinese and in English.</summary>
public static class LetterTexts
{
    /// <summary>An e-mail: its header fields, a salutation, a greeting opening the message, and 此致⏎敬礼 over the signature.</summary>
    public const string Email = "发件人：张三 <zhangsan@example.com>\n发送时间：2021年3月5日 10:32\n收件人：李四\n主题：关于研究生培养方案修订的通知\n\n李老师：\n\n您好！学院决定成立培养方案修订工作小组，请您于3月20日前提交修订意见。修订初稿将于4月底前完成。\n\n此致\n敬礼\n\n张三\n研究生院";

    /// <summary>A message on one line: greeting, message, thanks, closing and name.</summary>
    public const string OneLine = "各位老师好！学院决定成立培养方案修订工作小组，请各位于3月20日前提交修订意见。谢谢！祝好！张三";

    /// <summary>A school's letter to parents: salutation, greeting, message, thanks, the issuer and the date.</summary>
    public const string ToParents = "尊敬的各位家长：\n你们好！为做好学生暑期安全教育工作，学校决定于7月10日召开家长会，请各位家长准时参加。\n感谢您的支持与配合！\n某某小学\n2021年7月1日";

    /// <summary>An English e-mail.</summary>
    public const string English = "Hi all,\n\nThe revised training plan is attached. Please send your comments by March 20.\n\nBest regards,\nZhang San";

    /// <summary>A reply as a mail client quotes it: English header lines (a date with commas in it), a greeting, the message, thanks and the name.</summary>
    public const string Reply = "From: Zhang San <zhangsan@example.com>\nSent: Friday, March 5, 2021 10:32 AM\nTo: Li Si <lisi@example.com>\nSubject: Re: 培养方案修订意见\n\n李老师好，\n修订后的培养方案已经上传到学院网站，请您于3月20日前反馈修改意见。\n谢谢！\nZhang San";

    /// <summary>
    /// A reply pasted from its subject line down: the subject, a salutation on its line, the message, thanks and the name.
    /// Not in <see cref="All"/>: its summaries keep the subject's <c>Re:</c>, which <see cref="TakesFromACourtesy"/> counts.
    /// </summary>
    public const string Answered = "Re: 关于项目进度的讨论\n王经理：\n您好！关于上周提到的项目延期问题，我们已经和客户沟通，客户同意将交付时间推迟两周。后续我们会每周汇报一次进度。\n谢谢！\n李明";

    /// <summary>A pupil's note asking for leave: its kind (请假条) over the salutation, the request, then the signature and date.</summary>
    public const string LeaveNote = "请假条\n尊敬的王老师：\n我因发烧需要去医院就诊，特向您请假一天（12月3日），请批准。\n学生：李明\n2026年12月2日";

    /// <summary>A call to the pupils of a school: its kind (倡议书) over the salutation, the call, the issuer and the date.</summary>
    public const string Proposal = "倡议书\n亲爱的同学们：\n地球是我们共同的家园。为了保护环境，我们倡议：节约每一滴水、每一度电；减少使用一次性塑料制品；积极参与垃圾分类。让我们从现在做起，从身边小事做起！\n校学生会\n2026年12月1日";

    /// <summary>A supplier's reply on a price: salutation, greeting, the message, an offer to answer, the closing and the signature.</summary>
    public const string Quote = "张经理：\n您好！\n关于贵司上周提出的报价调整问题，我们内部已经讨论过。考虑到原材料价格上涨，我们同意将单价由每件12元调整为12.8元，自2027年1月1日起执行。\n附件是修改后的合同草案。如有问题，请随时与我联系。\n祝好！\n王芳\n采购部";

    /// <summary>A utility's notice of an outage: its kind, a salutation, the notice, an apology for the trouble, the issuer and the date.</summary>
    public const string Outage = "停电通知\n尊敬的用户：\n因线路检修需要，我公司定于12月8日对10千伏城北线进行停电检修。由此给您带来的不便，敬请谅解！\n国网某某供电公司\n2026年12月1日";

    /// <summary>
    /// A city's open letter: its heading with whom it is to (致全体市民的一封信) over the salutation, the message, the issuer and the
    /// date; its two short first lines look like a paragraph wrapped at nine characters.
    /// </summary>
    public const string OpenLetter = "致全体市民的一封信\n亲爱的市民朋友们：\n当前正值汛期，我市将迎来新一轮强降雨天气。为保障大家的生命财产安全，请广大市民减少不必要的外出，远离河道、低洼地带，关注气象预警信息。让我们携手共度汛期！\n某某市防汛抗旱指挥部\n2026年7月10日";

    /// <summary>A reply over the message it quotes, under the line the mail client sets over a quote (在 …，王老师 写道：).</summary>
    public const string QuotedReply = "好的，我下周一前把修改稿发给您。\n\n> 在 2026年11月30日 14:20，王老师 写道：\n> 论文第三章的实验部分还需要补充对比实验，请尽快修改。\n> 另外参考文献格式也要统一。";

    /// <summary>Every letter above but <see cref="Answered"/>.</summary>
    public static readonly IReadOnlyList<string> All = [Email, OneLine, ToParents, English, Reply, LeaveNote, Proposal, Quote, Outage, OpenLetter, QuotedReply];

    /// <summary>Whether <paramref name="summary"/> holds text that only a greeting, thanks, closing, signature or header line holds.</summary>
    public static bool TakesFromACourtesy(string summary) => Array.Exists(CourtesyOnly, summary.Contains);

    private static readonly string[] CourtesyOnly = ["尊敬的", "王老师", "亲爱的", "李明", "校学生会", "2026年", "请假条", "倡议书", "张经理", "王芳", "采购部", "随时", "谅解", "不便", "停电通知", "尊敬的用户", "供电公司", "您好", "老师好", "你们好", "谢谢", "祝好", "此致", "敬礼", "感谢", "配合", "Hi all", "regards", "Zhang San", "研究生院", "某某小学", "2021年7月1日", "From", "Sent", "Friday", "Li Si", "Subject", "Re:", "<", ">", "写道", "14:20"];
}
