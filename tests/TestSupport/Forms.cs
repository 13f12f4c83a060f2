namespace SummEval.Testing;

/// <summary>Texts whose fields a form sets one to a line, a label and its value or a time and an item, before or after their prose: minutes, an encyclopaedia's infobox, a product's specifications, a résumé, an agenda, a programme, a schedule, a listed company's announcement, a medical record, a job posting, a lecture's notice, an e-mail's header.</summary>
public static class Forms
{
    /// <summary>Minutes: time, place, chair, attendance and agenda over the decisions.</summary>
    public const string Minutes = "会议时间：2021年3月5日\n会议地点：学院三楼会议室\n主持人：张三\n参会人员：李四、王五、赵六\n会议议题：讨论研究生培养方案修订工作。\n会议决定，成立培养方案修订工作小组，由李四负责，于4月底前完成修订初稿。各导师应于3月20日前提交修订意见。";

    /// <summary>An encyclopaedia's entry with its infobox after the prose.</summary>
    public const string InfoboxAfter = "大熊猫（学名：Ailuropoda melanoleuca），属于食肉目熊科的一种哺乳动物，体色为黑白两色。大熊猫是中国特有物种，现存的主要栖息地是中国四川、陕西和甘肃的山区。\n中文名：大熊猫\n拉丁学名：Ailuropoda melanoleuca\n界：动物界\n门：脊索动物门\n纲：哺乳纲";

    /// <summary>The infobox before the prose.</summary>
    public const string InfoboxBefore = "中文名：大熊猫\n拉丁学名：Ailuropoda melanoleuca\n界：动物界\n门：脊索动物门\n大熊猫属于食肉目熊科的一种哺乳动物，体色为黑白两色。大熊猫是中国特有物种，现存的主要栖息地是中国四川、陕西和甘肃的山区。";

    /// <summary>A product's specifications over its description.</summary>
    public const string Product = "产品名称：智能温控电热水壶\n额定功率：1800W\n容量：1.7L\n材质：304不锈钢\n本产品采用智能温控技术，可在40至100摄氏度之间精确保温，适合冲泡茶叶、咖啡和婴儿奶粉。双层防烫设计，外壳温度不超过50摄氏度。";

    /// <summary>A résumé's personal fields over its summary.</summary>
    public const string Resume = "姓名：张三\n性别：男\n出生年月：1990年5月\n学历：博士\n研究方向：农业经济管理\n主要从事数字普惠金融与农户收入方面的研究，主持国家自然科学基金青年项目1项，在《经济研究》等期刊发表论文10余篇。";

    /// <summary>An agenda: items before their times, over the report.</summary>
    public const string Agenda = "开幕式 9:00\n主旨报告 9:30\n茶歇 10:30\n分组讨论 10:45\n本次会议围绕数字普惠金融与乡村振兴展开讨论，来自全国20余所高校的专家学者参加了会议。";

    /// <summary>A programme under its heading: slots before their items, one item with a colon.</summary>
    public const string Programme = "会议议程\n9:00-9:30 开幕式\n9:30-10:30 主旨报告：数字普惠金融与乡村振兴\n10:30-10:45 茶歇\n10:45-12:00 分组讨论\n本次会议由某某大学经济学院主办。";

    /// <summary>A trip's schedule: times of day before their items.</summary>
    public const string Schedule = "上午 8:30 集合出发\n上午 10:00 参观科技馆\n下午 2:00 返回学校\n本次研学活动旨在激发学生的科学兴趣，培养学生的实践能力。";

    /// <summary>A listed company's announcement: its code, short name and number side by side in one row over its title.</summary>
    public const string Announcement = "证券代码：600519　　证券简称：某某股份　　公告编号：临2021-018\n某某股份有限公司关于董事会换届选举的公告\n公司第三届董事会任期已届满，根据《公司法》和《公司章程》的有关规定，公司董事会提名委员会对董事候选人进行了资格审查，同意提名李某等九人为第四届董事会董事候选人。上述议案尚需提交公司股东大会审议。\n特此公告。\n某某股份有限公司董事会\n2021年5月8日";

    /// <summary>A medical record's patient fields in one row, set apart by single spaces, over the course of the illness.</summary>
    public const string PatientRecord = "姓名：张某 性别：男 年龄：45岁 住院号：20210315\n患者因反复咳嗽、咳痰10年，加重伴气促3天入院。入院后予抗感染、化痰、平喘等对症治疗，症状明显好转。";

    /// <summary>
    /// A job posting: its fields, then two lists under labels alone on their lines; each list item is as wide as the
    /// text's other lines, and the second label follows an item its semicolon ends.
    /// </summary>
    public const string JobPosting = "岗位名称：高级数据分析师\n工作地点：北京市海淀区\n岗位职责：\n1. 负责公司业务数据的采集、清洗和分析；\n2. 搭建数据指标体系，输出分析报告；\n任职要求：\n1. 统计学、数学或计算机相关专业本科及以上学历；\n2. 熟练使用SQL和Python，三年以上相关工作经验。";

    /// <summary>A lecture's notice: the talk's title, speaker, time and place as a form's lines under the notice's kind.</summary>
    public const string LectureNotice = "学术讲座通知\n报告题目：大语言模型的推理能力与局限\n报告人：陈华 教授（清华大学计算机系）\n时间：2026年12月10日（周四）14:30\n地点：信息楼报告厅\n欢迎广大师生参加！";

    /// <summary>An e-mail with its header lines, the subject among them, over its message.</summary>
    public const string MailWithSubject = "发件人：张明\n收件人：项目组全体成员\n主题：关于下周项目评审会议的安排\n各位同事：\n下周三下午两点将在三楼大厅召开项目中期评审会，请各小组提前准备汇报材料，每组汇报时间不超过15分钟。\n谢谢！\n张明";

    /// <summary>A museum's page: its name, hours and prices, values of parts a comma sets apart, over its description.</summary>
    public const string Attraction = "故宫博物院\n开放时间：8:30-17:00（16:00停止入院），周一闭馆\n门票：旺季60元，淡季40元\n故宫博物院是在明朝、清朝两代皇宫及其收藏的基础上建立起来的中国综合性博物馆。";

    /// <summary>Every text above.</summary>
    public static readonly IReadOnlyList<string> All = [Minutes, InfoboxAfter, InfoboxBefore, Product, Resume, Agenda, Programme, Schedule, Announcement, PatientRecord, JobPosting, LectureNotice, MailWithSubject, Attraction];

    /// <summary>Whether <paramref name="summary"/> holds text that only a form's line holds.</summary>
    public static bool TakesFromAField(string summary) =>
        Array.Exists(FieldOnly, summary.Contains);

    private static readonly string[] FieldOnly =
    [
        "会议时间", "2021年3月5日", "会议地点", "会议室", "主持人", "张三", "参会", "赵六", "会议议题", "中文名", "拉丁学名", "动物界", "脊索", "哺乳纲",
        "产品名称", "额定功率", "1800", "1.7L", "材质", "304", "姓名", "性别", "出生年月", "1990", "学历", "博士", "研究方向", "农业经济管理",
        "开幕式", "主旨报告", "茶歇", "分组讨论", ":", "会议议程", "集合出发", "参观科技馆", "返回学校",
        "证券", "600519", "公告编号", "临2021", "2021-018", "张某", "年龄", "45岁", "住院号", "20210315",
        "岗位名称", "高级数据分析师", "工作地点", "海淀区", "岗位职责", "任职要求",
        "报告人", "陈华", "清华大学", "2026年12月10日", "信息楼", "发件人", "收件人", "项目组全体成员",
        "开放时间", "8:30", "闭馆", "门票", "旺季", "淡季",
    ];
}
